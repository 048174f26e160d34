namespace ProtoGuard.Cli.Tests;

/// <summary>Which files a command reads: directories walked, default excluded directories, --exclude globs, for every command.</summary>
public sealed class InputSelectionTests : CliWorkspace
{
    private const string BadEnum = "syntax = \"proto3\";\npackage demo.v1;\nenum UserRole {\n  USER_ROLE_ADMIN = 0;\n}\n";

    public InputSelectionTests()
    {
        Write("protos/demo/v1/user.proto", BadEnum);
        foreach (var skipped in new[] { "node_modules/pkg", "bin/Debug", "obj", ".git/x", "vendor/google", "demo/v1/testdata" })
        {
            Write($"protos/{skipped}/user.proto", BadEnum);
        }

        Write("protos/demo/v1/user_test.proto", BadEnum);
    }

    [Fact]
    public void Directories_skip_node_modules_bin_obj_and_git_by_default()
    {
        Assert.Equal(
            ["protos/demo/v1/testdata/user.proto", "protos/demo/v1/user.proto", "protos/demo/v1/user_test.proto", "protos/vendor/google/user.proto"],
            LintedFiles("lint", "protos"));
    }

    [Fact]
    public void No_default_excludes_walks_them_too()
    {
        Assert.Equal(
            [
                "protos/.git/x/user.proto", "protos/bin/Debug/user.proto", "protos/demo/v1/testdata/user.proto", "protos/demo/v1/user.proto",
                "protos/demo/v1/user_test.proto", "protos/node_modules/pkg/user.proto", "protos/obj/user.proto", "protos/vendor/google/user.proto",
            ],
            LintedFiles("lint", "protos", "--no-default-excludes"));
    }

    [Fact]
    public void A_directory_named_on_the_command_line_is_walked_even_when_excluded_by_default()
    {
        Assert.Equal(["protos/node_modules/pkg/user.proto"], LintedFiles("lint", "protos/node_modules"));
    }

    [Theory]
    [InlineData("vendor")]
    [InlineData("protos/vendor")]
    [InlineData("vendor/**")]
    [InlineData("./protos/vendor/")]
    [InlineData("**/vendor")]
    public void Exclude_a_directory_by_name_or_path(string pattern)
    {
        Assert.DoesNotContain("protos/vendor/google/user.proto", LintedFiles("lint", "protos", "--exclude", pattern));
        Assert.Equal(3, LintedFiles("lint", "protos", "--exclude", pattern).Length);
    }

    [Fact]
    public void Exclude_files_by_name_glob_and_several_patterns()
    {
        Assert.Equal(
            ["protos/demo/v1/user.proto", "protos/vendor/google/user.proto"],
            LintedFiles("lint", "protos", "--exclude", "*_test.proto", "--exclude", "test?ata"));
        Assert.Equal(
            ["protos/demo/v1/testdata/user.proto", "protos/demo/v1/user.proto", "protos/vendor/google/user.proto"],
            LintedFiles("lint", "protos", "--exclude", "protos/**/*_[t]est.proto"));
    }

    [Fact]
    public void Exclude_applies_to_a_file_named_on_the_command_line()
    {
        Assert.Empty(LintedFiles("lint", "protos/demo/v1/user_test.proto", "--exclude", "*_test.proto"));
    }

    [Fact]
    public void Fix_honors_exclude()
    {
        var (exitCode, output, _) = Run("fix", "protos", "--dry-run", "--exclude", "vendor", "--exclude", "testdata", "--exclude", "*_test.proto");

        Assert.Equal(1, exitCode);
        Assert.Equal(["--- a/protos/demo/v1/user.proto"], output.Split('\n').Where(line => line.StartsWith("--- ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Baseline_write_honors_exclude()
    {
        Write("api/acme/v1/a.proto", "syntax = \"proto3\";\npackage acme.v1;\nmessage A {}\n");
        Write("api/acme/v1/internal/b.proto", "syntax = \"proto3\";\npackage acme.v1.internal;\nmessage B {}\n");

        var (exitCode, output, _) = Run("baseline", "write", "-I", "api", "api", "--exclude", "internal", "--baseline", "baseline.txt");

        Assert.Equal(0, exitCode);
        Assert.Equal("protoguard: wrote baseline.txt (1 files)\n", output);
        Assert.DoesNotContain("acme.v1.internal", File.ReadAllText("baseline.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public void Breaking_excludes_on_both_sides()
    {
        Write("old/acme/v1/a.proto", "syntax = \"proto3\";\npackage acme.v1;\nmessage A {}\n");
        Write("old/acme/v1/internal/b.proto", "syntax = \"proto3\";\npackage acme.v1.internal;\nmessage B {}\n");
        Write("new/acme/v1/a.proto", "syntax = \"proto3\";\npackage acme.v1;\nmessage A {}\n");

        Assert.Equal(1, Run("breaking", "-I", "new", "new", "--against", "old").ExitCode);
        var (exitCode, output, _) = Run("breaking", "-I", "new", "new", "--against", "old", "--exclude", "internal");

        Assert.Equal(0, exitCode);
        Assert.Equal("No breaking changes (FILE).\n", output);
    }

    [Fact]
    public void Build_takes_directories_and_honors_exclude()
    {
        Write("api/acme/v1/a.proto", "syntax = \"proto3\";\npackage acme.v1;\nmessage A {}\n");
        Write("api/acme/v1/broken_test.proto", "syntax = \"proto3\";\nmessage {\n");

        var (exitCode, _, error) = Run("build", "-I", "api", "api", "--exclude", "*_test.proto", "-o", "out.binpb");
        Assert.True(exitCode == 0, error);
        var withDirectory = File.ReadAllBytes("out.binpb");

        Assert.Equal(0, Run("build", "-I", "api", "acme/v1/a.proto", "-o", "single.binpb").ExitCode);
        Assert.Equal(File.ReadAllBytes("single.binpb"), withDirectory);
    }

    [Fact]
    public void Build_rejects_a_directory_file_under_no_import_root()
    {
        Write("elsewhere/x.proto", "syntax = \"proto3\";\n");

        var (exitCode, _, error) = Run("build", "-I", "protos", "elsewhere", "-o", "out.binpb");

        Assert.Equal(2, exitCode);
        Assert.Equal("protoguard: 'elsewhere/x.proto' is not under any import root (-I); add its root with -I\n", error);
    }

    private static string[] LintedFiles(params string[] args)
    {
        var (_, output, error) = Run([.. args, "--format", "msbuild", "--option", "dotnet_diagnostic.PG1001.severity=warning", "--preset", "none"]);
        Assert.Equal(string.Empty, error);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(line => line.Contains("PG1001", StringComparison.Ordinal)).Select(line => line[..line.IndexOf('(', StringComparison.Ordinal)]).ToArray();
    }
}
