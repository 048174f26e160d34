using System.Text.Json;

namespace ProtoGuard.Cli.Tests;

/// <summary>Runs <c>protoguard breaking</c> and <c>protoguard baseline</c> in-process in a fresh temporary directory.</summary>
public sealed class BreakingCommandTests : IDisposable
{
    private const string Before = "syntax = \"proto3\";\npackage acme.v1;\nmessage User {\n  string id = 1;\n  string email = 2;\n}\n";
    private const string After = "syntax = \"proto3\";\npackage acme.v1;\nmessage User {\n  string id = 1;\n}\n";

    private readonly string _directory = Directory.CreateTempSubdirectory("protoguard-cli-breaking-").FullName;
    private readonly string _previousDirectory = Directory.GetCurrentDirectory();

    public BreakingCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "old", "acme", "v1"));
        Directory.CreateDirectory(Path.Combine(_directory, "protos", "acme", "v1"));
        File.WriteAllText(Path.Combine(_directory, "old", "acme", "v1", "user.proto"), Before);
        File.WriteAllText(Path.Combine(_directory, "protos", "acme", "v1", "user.proto"), After);
        Directory.SetCurrentDirectory(_directory);
    }

    public void Dispose()
    {
        Directory.SetCurrentDirectory(_previousDirectory);
        Directory.Delete(_directory, recursive: true);
    }

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = Program.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public void A_deleted_field_against_a_directory_exits_1_with_the_finding_at_the_message()
    {
        var (exitCode, output, _) = Run("breaking", "-I", "protos", "protos", "--against", "old");

        Assert.Equal(1, exitCode);
        Assert.Equal(
            "protos/acme/v1/user.proto:3:9: error PG2032: Field 2 'email' was deleted from message 'User'; old clients still send and read it, and its generated accessors disappear; keep the field and deprecate it, or delete it and reserve it: 'reserved 2; reserved \"email\";'\n" +
            "1 breaking change (FILE).\n",
            output);
    }

    [Fact]
    public void An_ignore_comment_on_the_message_accepts_the_deletion_and_an_unused_one_is_a_warning()
    {
        File.WriteAllText(Path.Combine("protos", "acme", "v1", "user.proto"), After.Replace("message User {", "// protoguard:ignore PG2032 email was never released (ADR-7)\nmessage User {", StringComparison.Ordinal));

        var (exitCode, output, _) = Run("breaking", "-I", "protos", "protos", "--against", "old");

        Assert.Equal(0, exitCode);
        Assert.Equal("No breaking changes (FILE).\n", output);

        File.WriteAllText(Path.Combine("protos", "acme", "v1", "user.proto"), Before.Replace("message User {", "// protoguard:ignore PG2032 email was never released (ADR-7)\nmessage User {", StringComparison.Ordinal));
        (exitCode, output, _) = Run("breaking", "-I", "protos", "protos", "--against", "old");

        Assert.Equal(0, exitCode);
        Assert.Equal(
            "protos/acme/v1/user.proto:3:4: warning PG1047: 'protoguard:ignore PG2032' suppresses no breaking change; remove it\n" +
            "No breaking changes (FILE).\n",
            output);
    }

    [Fact]
    public void A_buf_yaml_breaking_ignore_path_drops_the_changes_of_the_files_under_it()
    {
        File.WriteAllText(Path.Combine("protos", "buf.yaml"), "version: v2\nbreaking:\n  use:\n    - FILE\n  ignore:\n    - acme/v1\n");

        var (exitCode, output, _) = Run("breaking", "-I", "protos", "protos", "--against", "old");

        Assert.Equal(0, exitCode);
        Assert.Equal("No breaking changes (FILE).\n", output);

        File.WriteAllText(Path.Combine("protos", "buf.yaml"), "version: v2\nbreaking:\n  ignore:\n    - acme/v2\n");
        Assert.Equal(1, Run("breaking", "-I", "protos", "protos", "--against", "old").ExitCode);
    }

    [Fact]
    public void A_buf_yaml_can_ignore_unstable_packages_only()
    {
        foreach (var side in new[] { "old", "protos" })
        {
            foreach (var file in Directory.GetFiles(side, "*.proto", SearchOption.AllDirectories))
            {
                File.WriteAllText(file, File.ReadAllText(file).Replace("package acme.v1;", "package acme.v1beta1;", StringComparison.Ordinal));
            }
        }

        File.WriteAllText(Path.Combine("protos", "buf.yaml"), "version: v2\nbreaking:\n  ignore_unstable_packages: true\n");
        Assert.Equal(0, Run("breaking", "-I", "protos", "protos", "--against", "old").ExitCode);

        File.WriteAllText(Path.Combine("protos", "buf.yaml"), "version: v2\nbreaking:\n  ignore_unstable_packages: false\n");
        Assert.Equal(1, Run("breaking", "-I", "protos", "protos", "--against", "old").ExitCode);
    }

    [Fact]
    public void A_buf_yaml_breaking_use_and_except_select_the_rules_instead_of_the_category()
    {
        File.WriteAllText(Path.Combine("protos", "buf.yaml"), "version: v2\nbreaking:\n  use:\n    - WIRE\n");

        var (exitCode, output, _) = Run("breaking", "-I", "protos", "protos", "--against", "old");

        Assert.Equal(1, exitCode);
        Assert.Equal(
            "protos/acme/v1/user.proto:3:9: error PG2034: Field 2 'email' was deleted from message 'User' without reserving the number 2; a new field reusing 2 would misread the data old clients still send; add 'reserved 2;'\n" +
            "1 breaking change (FILE).\n",
            output);

        File.WriteAllText(Path.Combine("protos", "buf.yaml"), "version: v1\nbreaking:\n  except:\n    - FIELD_NO_DELETE\n");
        (exitCode, output, _) = Run("breaking", "-I", "protos", "protos", "--against", "old");
        Assert.Equal(0, exitCode);
        Assert.Equal("No breaking changes (FILE).\n", output);
    }

    [Fact]
    public void A_deleted_file_follows_the_buf_yaml_selection_too()
    {
        File.WriteAllText(Path.Combine("old", "acme", "v1", "gone.proto"), "syntax = \"proto3\";\npackage acme.v1;\nmessage Gone {\n  string id = 1;\n}\n");
        File.WriteAllText(Path.Combine("protos", "acme", "v1", "user.proto"), Before);

        var (exitCode, output, _) = Run("breaking", "-I", "protos", "protos", "--against", "old");

        Assert.Equal(1, exitCode);
        Assert.Equal(
            "acme/v1/gone.proto: error PG2001: The file 'acme/v1/gone.proto' was deleted; code generated from it and imports of it break, and its types disappear for old clients; keep the file and deprecate its contents\n" +
            "1 breaking change (FILE).\n",
            output);

        File.WriteAllText(Path.Combine("protos", "buf.yaml"), "version: v2\nbreaking:\n  use: [WIRE_JSON]\n");
        (exitCode, output, _) = Run("breaking", "-I", "protos", "protos", "--against", "old");
        Assert.Equal(0, exitCode);
        Assert.Equal("No breaking changes (FILE).\n", output);
    }

    [Fact]
    public void The_category_selects_buf_rules_and_json_is_machine_readable()
    {
        var (exitCode, output, _) = Run("breaking", "-I", "protos", "protos", "--against", "old", "--category", "wire", "--format", "json");

        Assert.Equal(1, exitCode);
        var finding = Assert.Single(JsonDocument.Parse(output).RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal("PG2034", finding.GetProperty("ruleId").GetString());
    }

    [Fact]
    public void Baseline_check_json_names_the_lines_to_remove_and_to_add()
    {
        Assert.Equal(0, Run("baseline", "write", "-I", "old", "old", "--baseline", "protoguard.baseline.txt").ExitCode);
        var expected = File.ReadAllLines("protoguard.baseline.txt");
        Assert.Equal(0, Run("baseline", "write", "-I", "protos", "protos", "--baseline", "current.txt").ExitCode);
        var current = File.ReadAllLines("current.txt");

        var (exitCode, output, _) = Run("baseline", "check", "-I", "protos", "protos", "--baseline", "protoguard.baseline.txt", "--format", "json");
        var (upToDateExitCode, upToDate, _) = Run("baseline", "check", "-I", "old", "old", "--baseline", "protoguard.baseline.txt", "--format", "json");

        Assert.Equal(1, exitCode);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal("protoguard.baseline.txt", root.GetProperty("baseline").GetString());
        Assert.False(root.GetProperty("upToDate").GetBoolean());
        Assert.Equal(expected.Except(current).Where(line => line.Length > 0), root.GetProperty("remove").EnumerateArray().Select(line => line.GetString()));
        Assert.Equal(current.Except(expected).Where(line => line.Length > 0), root.GetProperty("add").EnumerateArray().Select(line => line.GetString()));
        Assert.NotEmpty(root.GetProperty("remove").EnumerateArray());
        Assert.Equal(0, upToDateExitCode);
        Assert.Equal("{\n  \"baseline\": \"protoguard.baseline.txt\",\n  \"upToDate\": true,\n  \"remove\": [],\n  \"add\": []\n}\n", upToDate.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_written_baseline_is_the_accepted_schema_until_the_next_write()
    {
        Assert.Equal(0, Run("baseline", "write", "-I", "old", "old", "--baseline", "protoguard.baseline.txt").ExitCode);
        Assert.Equal(1, Run("breaking", "-I", "protos", "protos", "--against", "protoguard.baseline.txt").ExitCode);
        Assert.Equal(1, Run("baseline", "check", "-I", "protos", "protos", "--baseline", "protoguard.baseline.txt").ExitCode);

        Assert.Equal(0, Run("baseline", "write", "-I", "protos", "protos", "--baseline", "protoguard.baseline.txt").ExitCode);

        Assert.Equal(0, Run("baseline", "check", "-I", "protos", "protos", "--baseline", "protoguard.baseline.txt").ExitCode);
        var (exitCode, output, _) = Run("breaking", "-I", "protos", "protos", "--against", "protoguard.baseline.txt");
        Assert.Equal(0, exitCode);
        Assert.Equal("No breaking changes (FILE).\n", output);
        Assert.Empty(Directory.GetFiles(_directory, "*.tmp"));
    }

    [Theory]
    [InlineData("--against", "missing")]
    [InlineData("--against", "old", "--category", "STRICT")]
    public void Bad_input_exits_2(params string[] options)
    {
        Assert.Equal(2, Run(["breaking", "-I", "protos", "protos", .. options]).ExitCode);
    }

    [Fact]
    public void A_malformed_baseline_exits_2_naming_the_line()
    {
        File.WriteAllText("protoguard.baseline.txt", "# baseline\nacme.v1.User message\n");

        var (exitCode, _, error) = Run("breaking", "-I", "protos", "protos", "--against", "protoguard.baseline.txt");

        Assert.Equal(2, exitCode);
        Assert.Contains("protoguard.baseline.txt(2,1): error PG2066: a message needs file=<path>", error, StringComparison.Ordinal);
    }
}
