namespace ProtoGuard.Cli.Tests;

/// <summary>
/// lint, build and baseline resolve imports through one resolver: the <c>-I</c> roots in order, the first root that has
/// the file wins, and the same roots give the same verdict in every command.
/// </summary>
public sealed class ImportResolutionTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("protoguard-imports-").FullName;

    public ImportResolutionTests()
    {
        Write("api/demo/v1/main.proto", "syntax = \"proto3\";\npackage demo.v1;\nimport \"demo/v1/common.proto\";\nmessage Main {\n  Shared shared = 1;\n}\n");
        Write("first/demo/v1/common.proto", "syntax = \"proto3\";\npackage demo.v1;\nmessage Shared {\n  string id = 1;\n}\n");
        Write("second/demo/v1/common.proto", "syntax = \"proto3\";\npackage demo.v1;\nmessage Other {\n  string id = 1;\n}\n");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Api => Path.Combine(_directory, "api");

    private string First => Path.Combine(_directory, "first");

    private string Second => Path.Combine(_directory, "second");

    [Fact]
    public void Lint_takes_an_import_from_the_first_root_that_has_it()
    {
        var (_, found, _) = Run("lint", "-I", Api, "-I", First, "-I", Second, Api);
        var (exitCode, shadowed, _) = Run("lint", "-I", Api, "-I", Second, "-I", First, Api);

        Assert.DoesNotContain("PG0003", found, StringComparison.Ordinal);
        Assert.Equal(1, exitCode);
        Assert.Contains("error PG0003", shadowed, StringComparison.Ordinal);
        Assert.Contains("Shared", shadowed, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_takes_an_import_from_the_first_root_that_has_it()
    {
        var output = Path.Combine(_directory, "out.binpb");

        Assert.Equal(0, Run("build", "-I", Api, "-I", First, "-I", Second, "demo/v1/main.proto", "-o", output).ExitCode);
        var (exitCode, _, error) = Run("build", "-I", Api, "-I", Second, "-I", First, "demo/v1/main.proto", "-o", output);
        Assert.Equal(1, exitCode);
        Assert.Contains("Shared", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Baseline_write_takes_an_import_from_the_first_root_that_has_it()
    {
        var baseline = Path.Combine(_directory, "protoguard.baseline.txt");

        Assert.Equal(0, Run("baseline", "write", "-I", Api, "-I", First, "-I", Second, Api, "--baseline", baseline).ExitCode);
        Assert.Contains("demo.v1.Main", File.ReadAllText(baseline), StringComparison.Ordinal);
        var (exitCode, _, error) = Run("baseline", "write", "-I", Api, "-I", Second, "-I", First, Api, "--baseline", baseline);
        Assert.NotEqual(0, exitCode);
        Assert.Contains("PG0003", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_import_that_is_a_directory_is_not_found_by_lint_or_build()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "dir", "demo", "v1", "common.proto"));
        var (_, lint, _) = Run("lint", "-I", Api, "-I", Path.Combine(_directory, "dir"), Api);
        var (exitCode, _, build) = Run("build", "-I", Api, "-I", Path.Combine(_directory, "dir"), "demo/v1/main.proto", "-o", Path.Combine(_directory, "x.binpb"));

        Assert.Contains("error PG0002", lint, StringComparison.Ordinal);
        Assert.Equal(1, exitCode);
        Assert.Contains("demo/v1/common.proto", build, StringComparison.Ordinal);
    }

    private void Write(string relativePath, string text)
    {
        var path = Path.Combine(_directory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = Program.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
