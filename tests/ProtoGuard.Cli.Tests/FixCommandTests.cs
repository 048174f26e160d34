using System.Text.Json;

namespace ProtoGuard.Cli.Tests;

/// <summary><c>protoguard fix</c> and <c>protoguard rules</c>, in-process, in a fresh temporary directory.</summary>
public sealed class FixCommandTests : IDisposable
{
    private const string Original = """
        syntax = "proto3";

        package demo.v1;

        import "google/protobuf/timestamp.proto";

        // A user.
        message User {
          // Shown in the UI.
          string displayName = 1; // trailing comment

          string id = 2;
        }

        """;

    private const string Fixed = """
        syntax = "proto3";

        package demo.v1;


        // A user.
        message User {
          // Shown in the UI.
          string display_name = 1; // trailing comment

          string id = 2;
        }

        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("protoguard-fix-").FullName;
    private readonly string _previousDirectory = Directory.GetCurrentDirectory();

    public FixCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "demo", "v1"));
        File.WriteAllText(Path.Combine(_directory, "demo", "v1", "user.proto"), Original);
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
    public void Dry_run_prints_a_unified_diff_and_writes_nothing()
    {
        var (exitCode, output, error) = Run("fix", "demo", "--dry-run");

        Assert.Equal(1, exitCode);
        Assert.Equal(
            """
            --- a/demo/v1/user.proto
            +++ b/demo/v1/user.proto
            @@ -2,12 +2,11 @@
             
             package demo.v1;
             
            -import "google/protobuf/timestamp.proto";
             
             // A user.
             message User {
               // Shown in the UI.
            -  string displayName = 1; // trailing comment
            +  string display_name = 1; // trailing comment
             
               string id = 2;
             }

            """.ReplaceLineEndings("\n"),
            output);
        Assert.Contains("2 fix(es) in 1 file(s) (dry run, nothing written)", error, StringComparison.Ordinal);
        Assert.Equal(Original, File.ReadAllText(Path.Combine(_directory, "demo", "v1", "user.proto")));
    }

    [Fact]
    public void Fix_writes_the_fixed_file_which_then_lints_clean_of_those_findings()
    {
        var (exitCode, _, _) = Run("fix", "demo");

        Assert.Equal(0, exitCode);
        Assert.Equal(Fixed, File.ReadAllText(Path.Combine(_directory, "demo", "v1", "user.proto")));
        var (_, lint, _) = Run("lint", "demo");
        Assert.DoesNotContain("PG1012", lint, StringComparison.Ordinal);
        Assert.DoesNotContain("PG1015", lint, StringComparison.Ordinal);
        Assert.Equal(0, Run("fix", "demo", "--dry-run").ExitCode);
    }

    [Fact]
    public void Fix_with_a_format_reports_the_fixes_it_applied_and_still_writes_them()
    {
        var (exitCode, output, error) = Run("fix", "demo", "--format", "sarif");

        Assert.Equal(0, exitCode);
        Assert.Equal(Fixed, File.ReadAllText(Path.Combine(_directory, "demo", "v1", "user.proto")));
        var results = JsonDocument.Parse(output).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToArray();
        Assert.Equal(["PG1015", "PG1012"], results.Select(result => result.GetProperty("ruleId").GetString()));
        Assert.All(results, result => Assert.Equal(1, result.GetProperty("fixes").GetArrayLength()));
        Assert.Contains("2 fix(es) in 1 file(s)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Dry_run_with_json_lists_the_fixes_without_a_diff_and_writes_nothing()
    {
        var (exitCode, output, _) = Run("fix", "demo", "--dry-run", "--format", "json");

        Assert.Equal(1, exitCode);
        var findings = JsonDocument.Parse(output).RootElement.GetProperty("findings").EnumerateArray().ToArray();
        Assert.Equal(["PG1015", "PG1012"], findings.Select(finding => finding.GetProperty("ruleId").GetString()));
        Assert.DoesNotContain("+++", output, StringComparison.Ordinal);
        Assert.Equal(Original, File.ReadAllText(Path.Combine(_directory, "demo", "v1", "user.proto")));
    }

    [Fact]
    public void Fix_reserves_skipped_field_numbers_and_PG1048_then_asks_for_their_names()
    {
        var path = Path.Combine(_directory, "demo", "v1", "user.proto");
        File.WriteAllText(path, "syntax = \"proto3\";\n\npackage demo.v1;\n\n// A user.\nmessage User {\n  string id = 1;\n\n  string email = 4;\n}\n");

        Assert.Equal(0, Run("fix", "demo").ExitCode);

        Assert.Equal("syntax = \"proto3\";\n\npackage demo.v1;\n\n// A user.\nmessage User {\n  reserved 2 to 3;\n  string id = 1;\n\n  string email = 4;\n}\n", File.ReadAllText(path));
        var (_, lint, _) = Run("lint", "demo");
        Assert.DoesNotContain("PG1051", lint, StringComparison.Ordinal);
        Assert.Contains("warning PG1048: 'User' reserves numbers but no names", lint, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_json_lists_every_rule_with_its_equivalents()
    {
        var (exitCode, output, _) = Run("rules", "--format", "json");

        Assert.Equal(0, exitCode);
        using var document = JsonDocument.Parse(output);
        var rules = document.RootElement.GetProperty("rules").EnumerateArray().ToArray();
        Assert.Equal(Rules.Catalog.RuleCatalog.All.Count, rules.Length);
        var fieldCase = Assert.Single(rules, r => r.GetProperty("id").GetString() == "PG1012");
        Assert.Equal("FIELD_LOWER_SNAKE_CASE", fieldCase.GetProperty("equivalents").GetProperty("buf").GetString());
        Assert.Equal("warning", fieldCase.GetProperty("defaultSeverity").GetString());
        Assert.True(fieldCase.GetProperty("hasFix").GetBoolean());
        Assert.Empty(fieldCase.GetProperty("options").EnumerateArray());

        var deadline = Assert.Single(rules, r => r.GetProperty("id").GetString() == "PG3001");
        var seconds = Assert.Single(deadline.GetProperty("options").EnumerateArray(), o => o.GetProperty("key").GetString() == "dotnet_diagnostic.PG3001.default_deadline_seconds");
        Assert.Equal("integer", seconds.GetProperty("type").GetString());
        Assert.Equal("30", seconds.GetProperty("default").GetString());
        Assert.Equal(["protoguard.default_deadline_seconds"], seconds.GetProperty("aliases").EnumerateArray().Select(alias => alias.GetString()));
    }
}
