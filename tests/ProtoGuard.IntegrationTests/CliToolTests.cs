using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace ProtoGuard.IntegrationTests;

/// <summary>
/// Packs src/ProtoGuard.Cli (a dotnet tool, net8.0 + net10.0) with a version no earlier run used into a private feed,
/// installs it with <c>dotnet tool install --tool-path</c> as a user would, and runs the installed <c>protoguard</c>.
/// </summary>
public sealed class PackedTool : IDisposable
{
    public PackedTool()
    {
        Version = "0.0.0-tool." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        WorkDirectory = Path.Combine(Path.GetTempPath(), "protoguard-tool-it", Version);
        var feed = Path.Combine(WorkDirectory, "feed");
        ToolPath = Path.Combine(WorkDirectory, "tools");
        Directory.CreateDirectory(feed);

        var pack = ProcessRunner.Run(
            "dotnet",
            ["pack", Path.Combine(RepositoryPaths.Root, "src", "ProtoGuard.Cli", "ProtoGuard.Cli.csproj"), "-c", "Release", "-o", feed, "-p:Version=" + Version],
            RepositoryPaths.Root,
            PackedPackage.CommandTimeout);
        PackagePath = Path.Combine(feed, $"ProtoGuard.Cli.{Version}.nupkg");
        if (pack.ExitCode != 0 || !File.Exists(PackagePath))
        {
            throw new InvalidOperationException("dotnet pack of the tool failed: " + pack);
        }

        // The user's command, against the private feed only (the version exists nowhere else).
        var install = ProcessRunner.Run(
            "dotnet",
            ["tool", "install", "ProtoGuard.Cli", "--version", Version, "--tool-path", ToolPath, "--add-source", feed],
            WorkDirectory,
            PackedPackage.CommandTimeout);
        if (install.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet tool install failed: " + install);
        }

        Executable = Path.Combine(ToolPath, OperatingSystem.IsWindows() ? "protoguard.exe" : "protoguard");
    }

    public string Version { get; }

    public string WorkDirectory { get; }

    public string ToolPath { get; }

    public string PackagePath { get; }

    /// <summary>The shim <c>dotnet tool install</c> put on the tool path.</summary>
    public string Executable { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(WorkDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; the version in its name is never reused.
        }
    }
}

// In the package's collection: its tests run one after the other, and the two packs must not build the shared
// projects (ProtoGuard.Schema, ProtoGuard.Rules) in Release at the same time.
[Collection(PackedPackageCollection.Name)]
public sealed class CliToolTests(PackedTool tool) : IClassFixture<PackedTool>, IDisposable
{
    private const string BadEnum = "syntax = \"proto3\";\npackage demo.v1;\nenum UserRole {\n  USER_ROLE_ADMIN = 0;\n}\n";

    private readonly string _directory = Directory.CreateTempSubdirectory("protoguard-tool-run-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void The_package_is_a_dotnet_tool_for_net8_and_net10_that_rolls_forward()
    {
        using var archive = ZipFile.OpenRead(tool.PackagePath);
        var entries = archive.Entries.Select(entry => entry.FullName).ToArray();
        foreach (var framework in new[] { "net8.0", "net10.0" })
        {
            var settings = Read(archive, $"tools/{framework}/any/DotnetToolSettings.xml");
            Assert.Contains("<Command Name=\"protoguard\" EntryPoint=\"protoguard.dll\" Runner=\"dotnet\" />", settings, StringComparison.Ordinal);
            using var runtimeConfig = JsonDocument.Parse(Read(archive, $"tools/{framework}/any/protoguard.runtimeconfig.json"));
            var options = runtimeConfig.RootElement.GetProperty("runtimeOptions");
            Assert.Equal("Major", options.GetProperty("rollForward").GetString());
            Assert.False(options.GetProperty("configProperties").GetProperty("System.Runtime.TieredCompilation").GetBoolean());
            Assert.Contains($"tools/{framework}/any/Spectre.Console.dll", entries);
        }

        Assert.DoesNotContain(entries, entry => entry.EndsWith(".resources.dll", StringComparison.Ordinal));
    }

    [Fact]
    public void Installed_tool_prints_its_package_version()
    {
        var (exitCode, output, error) = Run(_directory, [], tool.Executable, "--version");

        Assert.True(exitCode == 0, error);
        Assert.StartsWith(tool.Version, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Installed_tool_lints_with_exit_codes_and_writes_nothing_to_stderr_when_redirected()
    {
        WriteProtos();

        var (exitCode, output, error) = Run(_directory, [], tool.Executable, "lint", "-I", "protos", "protos");
        Assert.Equal(0, exitCode);
        Assert.Equal(
            "protos/demo/v1/user.proto:4:3: warning PG1001: Enum value 'USER_ROLE_ADMIN' is 0; name the zero value 'USER_ROLE_UNSPECIFIED'\n" +
            "1 file(s) checked: 0 error(s), 1 warning(s), 0 other\n",
            output);
        Assert.Equal(string.Empty, error);

        Assert.Equal(1, Run(_directory, [], tool.Executable, "lint", "-I", "protos", "protos", "--warnaserror").ExitCode);

        (exitCode, output, error) = Run(_directory, [], tool.Executable, "lint", "--format", "yaml");
        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void The_net8_build_runs_on_the_installed_runtime_through_roll_forward()
    {
        WriteProtos();
        var extracted = Path.Combine(_directory, "package");
        ZipFile.ExtractToDirectory(tool.PackagePath, extracted);

        var (exitCode, output, error) = Run(_directory, [], "dotnet", Path.Combine(extracted, "tools", "net8.0", "any", "protoguard.dll"), "lint", "-I", "protos", "protos", "--format", "msbuild");

        Assert.True(exitCode == 0, error);
        Assert.Equal("protos/demo/v1/user.proto(4,3,4,18): warning PG1001: Enum value 'USER_ROLE_ADMIN' is 0; name the zero value 'USER_ROLE_UNSPECIFIED'\n", output);
    }

    [Fact]
    public void On_a_terminal_the_text_report_is_colored_unless_NO_COLOR_is_set()
    {
        // util-linux `script` gives the tool a pseudo-terminal, as an interactive shell would; stderr goes to a file so
        // that only the report is on the terminal.
        Assert.True(File.Exists("/usr/bin/script"), "this test needs util-linux's script (Debian package bsdutils)");
        WriteProtos();
        var command = $"'{tool.Executable}' lint -I protos protos 2> stderr.txt";

        var (_, colored, _) = Run(_directory, [("NO_COLOR", null)], "/usr/bin/script", "-qec", command, "/dev/null");
        Assert.Contains("\u001b[1mprotos/demo/v1/user.proto:4:3:\u001b[0m \u001b[1;33mwarning\u001b[0m \u001b[2mPG1001:\u001b[0m Enum value", colored, StringComparison.Ordinal);

        var (_, plain, _) = Run(_directory, [("NO_COLOR", "1")], "/usr/bin/script", "-qec", command, "/dev/null");
        Assert.Contains("protos/demo/v1/user.proto:4:3: warning PG1001: Enum value", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[0m", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[1;33m", plain, StringComparison.Ordinal);
    }

    [Fact]
    public void On_a_terminal_stderr_shows_the_progress_and_clears_it_and_redirected_it_stays_silent()
    {
        Assert.True(File.Exists("/usr/bin/script"), "this test needs util-linux's script (Debian package bsdutils)");
        WriteProtos();
        (string, string?)[] environment = [("PROTOGUARD_PROGRESS_DELAY_MS", "0"), ("TERM", "xterm")];

        // Only stderr on the terminal: the report goes to a file.
        var (exitCode, terminal, _) = Run(_directory, environment, "/usr/bin/script", "-qec", $"'{tool.Executable}' lint -I protos protos --format json -o report.json", "/dev/null");
        Assert.Equal(0, exitCode);
        Assert.Contains("parse  1/1 files", terminal, StringComparison.Ordinal);
        Assert.Contains("lint   1/1 files", terminal, StringComparison.Ordinal);
        Assert.Contains("\u001b[?25h", terminal, StringComparison.Ordinal);

        var (_, output, error) = Run(_directory, environment, tool.Executable, "lint", "-I", "protos", "protos", "--format", "json", "-o", "report.json");
        Assert.Equal(string.Empty, output + error);
    }

    private void WriteProtos()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "protos", "demo", "v1"));
        File.WriteAllText(Path.Combine(_directory, "protos", "demo", "v1", "user.proto"), BadEnum);
    }

    private static string Read(ZipArchive archive, string entryName)
    {
        var entry = archive.GetEntry(entryName) ?? throw new InvalidOperationException($"{entryName} is not in the package");
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>Runs a process with stdout and stderr captured apart (so neither is a terminal).</summary>
    private static (int ExitCode, string Output, string Error) Run(string workingDirectory, (string Name, string? Value)[] environment, string fileName, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        startInfo.Environment.Remove("CI");
        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                startInfo.Environment.Remove(name);
            }
            else
            {
                startInfo.Environment[name] = value;
            }
        }

        using var process = Process.Start(startInfo)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit((int)PackedPackage.CommandTimeout.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{fileName} {string.Join(' ', arguments)}' did not finish in time");
        }

        return (process.ExitCode, output, error.Result);
    }
}
