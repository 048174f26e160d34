using System.Globalization;

namespace ProtoGuard.IntegrationTests;

/// <summary>
/// Packs src/ProtoGuard once per test run with a version no earlier run used, into a private feed folder:
/// NuGet caches packages by id + version, so re-packing one version would never reach the consumer.
/// </summary>
public sealed class PackedPackage
{
    public static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(8);

    public PackedPackage()
    {
        Version = "0.0.0-it." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        WorkDirectory = Path.Combine(Path.GetTempPath(), "protoguard-it", Version);
        FeedDirectory = Path.Combine(WorkDirectory, "feed");
        Directory.CreateDirectory(FeedDirectory);

        var pack = ProcessRunner.Run(
            "dotnet",
            ["pack", Path.Combine(RepositoryPaths.Root, "src", "ProtoGuard", "ProtoGuard.csproj"), "-c", "Release", "-o", FeedDirectory, "-p:Version=" + Version],
            RepositoryPaths.Root,
            CommandTimeout);
        if (pack.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet pack failed: " + pack);
        }

        PackagePath = Path.Combine(FeedDirectory, $"ProtoGuard.{Version}.nupkg");
        if (!File.Exists(PackagePath))
        {
            throw new InvalidOperationException($"dotnet pack did not produce {PackagePath}: {pack}");
        }
    }

    public string Version { get; }

    public string WorkDirectory { get; }

    public string FeedDirectory { get; }

    public string PackagePath { get; }
}

[CollectionDefinition(Name)]
public sealed class PackedPackageCollection : ICollectionFixture<PackedPackage>
{
    public const string Name = "Packed ProtoGuard package";
}
