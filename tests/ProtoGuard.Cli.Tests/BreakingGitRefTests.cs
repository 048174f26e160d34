using System.Diagnostics;

namespace ProtoGuard.Cli.Tests;

/// <summary>
/// <c>protoguard breaking --against REF</c> in a temporary git repository: the accepted schema is the same paths and
/// import roots as they are at the ref, read with git (the working tree and the index untouched).
/// </summary>
public sealed class BreakingGitRefTests : IDisposable
{
    private const string Common = "syntax = \"proto3\";\npackage acme.v1;\nmessage Audit {\n  string actor = 1;\n}\n";
    private const string Before = "syntax = \"proto3\";\npackage acme.v1;\nimport \"acme/v1/common.proto\";\nmessage User {\n  string id = 1;\n  string email = 2;\n  Audit audit = 3;\n}\n";
    private const string After = "syntax = \"proto3\";\npackage acme.v1;\nimport \"acme/v1/common.proto\";\nmessage User {\n  string id = 1;\n  Audit audit = 3;\n}\n";
    private const string DeletedEmail =
        "protos/acme/v1/user.proto:4:9: error PG2032: Field 2 'email' was deleted from message 'User'; old clients still send and read it, and its generated accessors disappear; keep the field and deprecate it, or delete it and reserve it: 'reserved 2; reserved \"email\";'\n";

    private readonly string _root = Directory.CreateTempSubdirectory("protoguard-cli-git-").FullName;
    private readonly string _repository;
    private readonly string _previousDirectory = Directory.GetCurrentDirectory();

    public BreakingGitRefTests()
    {
        _repository = Path.Combine(_root, "repo");
        Directory.CreateDirectory(Path.Combine(_repository, "protos", "acme", "v1"));
        Git(_repository, "init", "-q", "-b", "main");
        Write("protos/acme/v1/common.proto", Common);
        Write("protos/acme/v1/user.proto", Before);
        Commit(_repository, "v1");
        Git(_repository, "tag", "v1");
        Write("protos/acme/v1/user.proto", After);
        Directory.SetCurrentDirectory(_repository);
    }

    public void Dispose()
    {
        Directory.SetCurrentDirectory(_previousDirectory);
        foreach (var file in Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(file, FileAttributes.Normal);
        }

        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public void A_field_deleted_since_the_ref_is_reported_at_the_message_with_imports_read_from_the_ref()
    {
        var (exitCode, output, error) = Run("breaking", "-I", "protos", "protos", "--against", "v1");

        Assert.Equal(string.Empty, error);
        Assert.Equal(1, exitCode);
        Assert.Equal(DeletedEmail + "1 breaking change (FILE).\n", output);
    }

    [Fact]
    public void The_git_prefix_names_a_ref_explicitly_and_the_working_tree_is_left_as_it_was()
    {
        var (exitCode, output, _) = Run("breaking", "-I", "protos", "protos", "--against", "git:HEAD");

        Assert.Equal(1, exitCode);
        Assert.Equal(DeletedEmail + "1 breaking change (FILE).\n", output);
        Assert.Equal(After, File.ReadAllText("protos/acme/v1/user.proto"));
        Assert.Equal(" M protos/acme/v1/user.proto\n", Git(_repository, "status", "--porcelain"));
    }

    [Fact]
    public void Once_the_change_is_committed_the_new_head_is_the_accepted_schema()
    {
        Commit(_repository, "v2");

        var (exitCode, output, _) = Run("breaking", "-I", "protos", "protos", "--against", "HEAD");

        Assert.Equal(0, exitCode);
        Assert.Equal("No breaking changes (FILE).\n", output);
    }

    [Fact]
    public void A_file_deleted_since_the_ref_is_reported()
    {
        File.Delete("protos/acme/v1/user.proto");

        var (exitCode, output, _) = Run("breaking", "-I", "protos", "protos", "--against", "v1", "--format", "json");

        Assert.Equal(1, exitCode);
        var finding = Assert.Single(System.Text.Json.JsonDocument.Parse(output).RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal("PG2001", finding.GetProperty("ruleId").GetString());
        Assert.Contains("'acme/v1/user.proto'", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_ref_exits_2_saying_how_to_fetch_it()
    {
        var (exitCode, _, error) = Run("breaking", "-I", "protos", "protos", "--against", "git:origin/main");

        Assert.Equal(2, exitCode);
        Assert.Equal("protoguard: error PG2067: Unknown git ref 'origin/main'; check the name, or fetch it first (for 'origin/main': 'git fetch origin main')\n", error);
    }

    [Fact]
    public void A_ref_missing_from_a_shallow_clone_exits_2_saying_to_unshallow()
    {
        var first = Git(_repository, "rev-parse", "HEAD").Trim();
        Commit(_repository, "v2");
        var clone = Path.Combine(_root, "clone");
        Git(_root, "clone", "-q", "--depth", "1", "--no-tags", "file://" + _repository, clone);
        Directory.SetCurrentDirectory(clone);

        var (exitCode, _, error) = Run("breaking", "-I", "protos", "protos", "--against", first);

        Assert.Equal(2, exitCode);
        Assert.Equal(
            $"protoguard: --against '{first}' is not a directory or a file, and not a readable git ref: error PG2067: The git ref '{first}' is not in this shallow clone; fetch the history first: 'git fetch --unshallow' (GitHub Actions: actions/checkout with 'fetch-depth: 0'; Azure Pipelines: 'fetchDepth: 0')\n",
            error);
    }

    [Fact]
    public void Outside_a_repository_a_ref_exits_2_saying_so()
    {
        var outside = Path.Combine(_root, "outside");
        Directory.CreateDirectory(Path.Combine(outside, "protos"));
        File.WriteAllText(Path.Combine(outside, "protos", "a.proto"), Common);
        Directory.SetCurrentDirectory(outside);

        var (exitCode, _, error) = Run("breaking", "-I", "protos", "protos", "--against", "git:main");

        Assert.Equal(2, exitCode);
        Assert.Equal($"protoguard: error PG2067: '{outside}' is not inside a git repository, so the ref 'main' cannot be read; run in a clone, or compare against a directory or a baseline file\n", error);
    }

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = Program.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    private void Write(string relativePath, string text) =>
        File.WriteAllText(Path.Combine(_repository, relativePath), text);

    private static void Commit(string directory, string message)
    {
        Git(directory, "add", "-A");
        Git(directory, "-c", "user.name=ProtoGuard Tests", "-c", "user.email=tests@protoguard.invalid", "commit", "-q", "-m", message);
    }

    private static string Git(string directory, params string[] arguments)
    {
        var info = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        info.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        info.Environment["GIT_CONFIG_GLOBAL"] = OperatingSystem.IsWindows() ? "NUL" : "/dev/null";
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)} failed: {error}");
        return output;
    }
}
