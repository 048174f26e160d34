namespace ProtoGuard.Cli.Tests;

/// <summary>Exit codes 0/1/2, bad arguments and unreadable input: one line naming the problem, exit 2, nothing written.</summary>
public sealed class ArgumentAndExitCodeTests : CliWorkspace
{
    private const string BadEnum = "syntax = \"proto3\";\npackage demo.v1;\nenum UserRole {\n  USER_ROLE_ADMIN = 0;\n}\n";
    private const string Clean = "syntax = \"proto3\";\npackage demo.v1;\nenum Kind {\n  KIND_UNSPECIFIED = 0;\n}\n";

    public ArgumentAndExitCodeTests()
    {
        Write("protos/demo/v1/user.proto", BadEnum);
        Write("clean/demo/v1/kind.proto", Clean);
        Write("old/demo/v1/kind.proto", Clean);
    }

    [Theory]
    [InlineData(0, "lint", "-I", "clean", "clean")]
    [InlineData(0, "lint", "-I", "clean", "clean", "--warnaserror")]
    [InlineData(0, "lint", "-I", "protos", "protos")]
    [InlineData(1, "lint", "-I", "protos", "protos", "--warnaserror")]
    [InlineData(1, "lint", "-I", "protos", "protos", "--option", "dotnet_diagnostic.PG1001.severity=error")]
    [InlineData(0, "breaking", "-I", "clean", "clean", "--against", "old")]
    [InlineData(1, "breaking", "-I", "protos", "protos", "--against", "old")]
    [InlineData(0, "build", "-I", "clean", "demo/v1/kind.proto", "-o", "out.binpb")]
    [InlineData(0, "fix", "-I", "clean", "clean", "--dry-run")]
    [InlineData(1, "fix", "-I", "protos", "protos", "--dry-run")]
    [InlineData(0, "rules", "--format", "json")]
    public void Exit_code_is_0_when_clean_and_1_for_errors_or_warnings_as_errors(int expected, params string[] args)
    {
        var (exitCode, _, error) = Run(args);

        Assert.True(expected == exitCode, $"exit {exitCode}: {error}");
    }

    [Theory]
    [InlineData("protoguard: Unrecognized command or argument '--bogus'. (see 'protoguard --help')", "--bogus")]
    [InlineData("protoguard: Required command was not provided. (see 'protoguard --help')")]
    [InlineData("protoguard: Unrecognized option '--bogus' (see 'protoguard lint --help')", "lint", "protos", "--bogus", "--output", "report.txt")]
    [InlineData("protoguard: Argument 'yaml' not recognized. Must be one of: 'text' 'json' 'sarif' 'github' 'msbuild' (see 'protoguard lint --help')", "lint", "protos", "--format", "yaml", "--output", "report.txt")]
    [InlineData("protoguard: Argument 'sometimes' not recognized. Must be one of: 'auto' 'always' 'never' (see 'protoguard breaking --help')", "breaking", "protos", "--against", "old", "--color", "sometimes", "-o", "report.txt")]
    [InlineData("protoguard: Option '--against' is required. (see 'protoguard breaking --help')", "breaking", "protos", "--output", "report.txt")]
    [InlineData("protoguard: Option '--output' is required. (see 'protoguard build --help')", "build", "-I", "clean", "demo/v1/kind.proto")]
    [InlineData("protoguard: 'missing' is neither a file nor a directory", "lint", "missing", "--output", "report.txt")]
    [InlineData("protoguard: import root 'nowhere' is not a directory", "lint", "-I", "nowhere", "protos", "--output", "report.txt")]
    [InlineData("protoguard: import root 'nowhere' is not a directory", "build", "-I", "nowhere", "demo/v1/kind.proto", "-o", "report.txt")]
    [InlineData("protoguard: --exclude '[ab': '[' is not closed", "fix", "protos", "--exclude", "[ab")]
    [InlineData("protoguard: --option 'PG1001' is not KEY=VALUE", "lint", "protos", "--option", "PG1001", "--output", "report.txt")]
    [InlineData("protoguard: unknown category 'STRICT'; use FILE, PACKAGE, WIRE_JSON or WIRE", "breaking", "protos", "--against", "old", "--category", "STRICT", "-o", "report.txt")]
    [InlineData("protoguard: --against 'gone' is not a directory or a file, and not a readable git ref: error PG2067: '{root}' is not inside a git repository, so the ref 'gone' cannot be read; run in a clone, or compare against a directory or a baseline file", "breaking", "protos", "--against", "gone", "-o", "report.txt")]
    [InlineData("protoguard: 'missing' is neither a file nor a directory", "baseline", "write", "missing", "--baseline", "report.txt")]
    public void Bad_arguments_are_one_line_naming_the_problem_exit_2_and_nothing_written(string message, params string[] args)
    {
        var before = Snapshot();

        var (exitCode, output, error) = Run(args);

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Equal(message.Replace("{root}", Root, StringComparison.Ordinal) + "\n", error);
        Assert.Equal(before, Snapshot());
    }

    [Theory]
    [InlineData("protos/demo/v1/dangling.proto", "lint", "protos", "--output", "report.txt")]
    [InlineData("protos/demo/v1/dangling.proto", "fix", "protos")]
    [InlineData("protos/demo/v1/dangling.proto", "breaking", "protos", "--against", "old", "-o", "report.txt")]
    [InlineData("protos/demo/v1/dangling.proto", "baseline", "write", "protos", "--baseline", "report.txt")]
    [InlineData("demo/v1/dangling.proto", "build", "-I", "protos", "protos", "-o", "report.txt")]
    public void An_unreadable_file_is_exit_2_naming_it_and_nothing_is_written(string named, params string[] args)
    {
        // A dangling symbolic link cannot be read even by root (as the tests may run).
        File.CreateSymbolicLink(Path.Combine(Root, "protos", "demo", "v1", "dangling.proto"), Path.Combine(Root, "nowhere.proto"));
        var before = Snapshot();

        var (exitCode, output, error) = Run(args);

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith($"protoguard: cannot read '{named}': ", error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void An_output_file_that_cannot_be_written_is_exit_2()
    {
        var (exitCode, output, error) = Run("lint", "protos", "--output", "no/such/dir/report.sarif", "--format", "sarif");

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("protoguard: cannot write 'no/such/dir/report.sarif': ", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists("no"));
    }

    [Fact]
    public void A_report_to_a_file_leaves_stdout_empty_and_writes_the_file_whole()
    {
        var (exitCode, output, error) = Run("lint", "-I", "protos", "protos", "--output", "report.txt", "--format", "msbuild");

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, output + error);
        Assert.Equal(
            "protos/demo/v1/user.proto(4,3,4,18): warning PG1001: Enum value 'USER_ROLE_ADMIN' is 0; name the zero value 'USER_ROLE_UNSPECIFIED'\n",
            File.ReadAllText("report.txt"));
    }

    [Fact]
    public void Version_prints_the_informational_version()
    {
        var (exitCode, output, _) = Run("--version");

        Assert.Equal(0, exitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", output);
    }

    private string Snapshot() =>
        string.Join('\n', Directory.EnumerateFileSystemEntries(Root, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => Path.GetRelativePath(Root, path) + (new FileInfo(path) is { LinkTarget: { } target } ? " -> " + target
                : File.Exists(path) ? ":" + File.ReadAllText(path).GetHashCode(StringComparison.Ordinal)
                : string.Empty)));
}
