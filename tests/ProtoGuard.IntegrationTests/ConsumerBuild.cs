using System.Text.Json;

namespace ProtoGuard.IntegrationTests;

/// <summary>One diagnostic as the compiler wrote it into the build's SARIF error log.</summary>
public sealed record SarifResult(string RuleId, string Level, string FileName, int Line, int Column, string Message);

/// <summary>
/// Copies the Consumer template outside the repository (so none of the repo's Directory.*.props apply),
/// points it at the private feed, and builds it once with a SARIF error log.
/// </summary>
public sealed class ConsumerBuild
{
    public ConsumerBuild(PackedPackage package)
    {
        Package = package;
        Directory = CopyTemplate(package, "consumer");
        SarifPath = Path.Combine(Directory, "build.sarif");
        Build = Run(package, Directory, "-p:ErrorLog=" + SarifPath + "%2Cversion%3D2.1");
        Results = ReadSarif(SarifPath);
    }

    public PackedPackage Package { get; }

    public string Directory { get; }

    public string SarifPath { get; }

    public ProcessRunner.Result Build { get; }

    public IReadOnlyList<SarifResult> Results { get; }

    public static string CopyTemplate(PackedPackage package, string name, string template = "Consumer")
    {
        var source = Path.Combine(AppContext.BaseDirectory, template);
        var target = Path.Combine(package.WorkDirectory, name);
        foreach (var file in System.IO.Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }

        File.WriteAllText(Path.Combine(target, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="protoguard-under-test" value="{package.FeedDirectory}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        return target;
    }

    public static ProcessRunner.Result Run(PackedPackage package, string directory, params string[] extraArguments) =>
        RunProject(package, Path.Combine(directory, "Consumer.csproj"), extraArguments);

    public static ProcessRunner.Result RunProject(PackedPackage package, string projectPath, params string[] extraArguments) =>
        ProcessRunner.Run(
            "dotnet",
            ["build", projectPath, "--no-incremental", "-p:ProtoGuardVersion=" + package.Version, .. extraArguments],
            Path.GetDirectoryName(projectPath)!,
            PackedPackage.CommandTimeout);

    public static IReadOnlyList<SarifResult> ReadSarif(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var results = new List<SarifResult>();
        foreach (var run in document.RootElement.GetProperty("runs").EnumerateArray())
        {
            if (!run.TryGetProperty("results", out var runResults))
            {
                continue;
            }

            foreach (var result in runResults.EnumerateArray())
            {
                // Diagnostics silenced by #pragma or [SuppressMessage] are logged too, with a 'suppressions' entry.
                if (result.TryGetProperty("suppressions", out var suppressions) && suppressions.GetArrayLength() > 0)
                {
                    continue;
                }

                var ruleId = result.GetProperty("ruleId").GetString()!;
                var levelText = result.TryGetProperty("level", out var level) ? level.GetString()! : "warning";
                var message = result.GetProperty("message").GetProperty("text").GetString()!;

                // A project-level diagnostic (e.g. PG2065, no breaking-change baseline) has no location: file "", line 0.
                if (!result.TryGetProperty("locations", out var locations) || locations.GetArrayLength() == 0)
                {
                    results.Add(new SarifResult(ruleId, levelText, string.Empty, 0, 0, message));
                    continue;
                }

                var location = locations[0].GetProperty("physicalLocation");
                var uri = new Uri(location.GetProperty("artifactLocation").GetProperty("uri").GetString()!);
                var region = location.GetProperty("region");
                results.Add(new SarifResult(
                    ruleId,
                    levelText,
                    Path.GetFileName(uri.LocalPath),
                    region.GetProperty("startLine").GetInt32(),
                    region.GetProperty("startColumn").GetInt32(),
                    message));
            }
        }

        return results;
    }
}
