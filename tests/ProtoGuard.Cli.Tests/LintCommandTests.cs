using System.Text.Json;

namespace ProtoGuard.Cli.Tests;

/// <summary>Runs <c>protoguard lint</c> in-process against files in a fresh temporary directory.</summary>
public sealed class LintCommandTests : IDisposable
{
    private const string BadEnum = "syntax = \"proto3\";\npackage demo.v1;\nenum UserRole {\n  USER_ROLE_ADMIN = 0;\n}\n";
    private const string GoodEnum = "syntax = \"proto3\";\npackage demo.v1;\nenum Kind {\n  KIND_UNSPECIFIED = 0;\n}\n";

    private readonly string _directory = Directory.CreateTempSubdirectory("protoguard-cli-").FullName;
    private readonly string _previousDirectory = Directory.GetCurrentDirectory();

    public LintCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "protos", "demo", "v1"));
        File.WriteAllText(Path.Combine(_directory, "protos", "demo", "v1", "user.proto"), BadEnum);
        File.WriteAllText(Path.Combine(_directory, "protos", "demo", "v1", "kind.proto"), GoodEnum);
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
    public void Text_report_lists_findings_compiler_style_and_warnings_exit_zero()
    {
        var (exitCode, output, _) = Run("lint", "-I", "protos", "protos");

        Assert.Equal(0, exitCode);
        Assert.Equal(
            "protos/demo/v1/user.proto:4:3: warning PG1001: Enum value 'USER_ROLE_ADMIN' is 0; name the zero value 'USER_ROLE_UNSPECIFIED'\n" +
            "2 file(s) checked: 0 error(s), 1 warning(s), 0 other\n",
            output);
    }

    [Fact]
    public void Warnaserror_makes_a_warning_fail_with_exit_code_1()
    {
        Assert.Equal(1, Run("lint", "-I", "protos", "protos", "--warnaserror").ExitCode);
    }

    [Fact]
    public void Severity_option_raises_a_rule_to_error_and_fails()
    {
        var (exitCode, output, _) = Run("lint", "protos/demo/v1/user.proto", "--option", "dotnet_diagnostic.PG1001.severity=error");

        Assert.Equal(1, exitCode);
        Assert.Contains("error PG1001", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Severity_none_silences_a_rule()
    {
        var (exitCode, output, _) = Run("lint", "-I", "protos", "protos", "--option", "dotnet_diagnostic.PG1001.severity=none");

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain("PG1001", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Editorconfig_above_a_file_sets_its_severities_and_command_line_options_win()
    {
        File.WriteAllText(Path.Combine(_directory, "protos", "demo", "v1", ".editorconfig"), "[*.proto]\ndotnet_diagnostic.PG1001.severity = error\n");

        var (exitCode, output, _) = Run("lint", "-I", "protos", "protos");
        Assert.Equal(1, exitCode);
        Assert.Contains("protos/demo/v1/user.proto:4:3: error PG1001", output, StringComparison.Ordinal);

        (exitCode, output, _) = Run("lint", "-I", "protos", "protos", "--option", "dotnet_diagnostic.PG1001.severity=warning");
        Assert.Equal(0, exitCode);
        Assert.Contains("protos/demo/v1/user.proto:4:3: warning PG1001", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unused_import_is_PG1015_in_lint_PG0013_when_PG1015_is_off_and_protocs_warning_in_build()
    {
        File.WriteAllText(Path.Combine(_directory, "protos", "demo", "v1", "user.proto"), "syntax = \"proto3\";\npackage demo.v1;\nimport \"google/protobuf/empty.proto\";\nmessage User {}\n");

        var (_, lint, _) = Run("lint", "-I", "protos", "protos/demo/v1/user.proto");
        Assert.Contains("protos/demo/v1/user.proto:3:1: warning PG1015: ", lint, StringComparison.Ordinal);
        Assert.DoesNotContain("PG0013", lint, StringComparison.Ordinal);

        (_, lint, _) = Run("lint", "-I", "protos", "protos/demo/v1/user.proto", "--option", "dotnet_diagnostic.PG1015.severity=none");
        Assert.Contains("protos/demo/v1/user.proto:3:1: info PG0013: Import \"google/protobuf/empty.proto\" is unused; remove it", lint, StringComparison.Ordinal);
        Assert.DoesNotContain("PG1015", lint, StringComparison.Ordinal);

        // build has no lint rules: it prints protoc's warning, as protoc does.
        var (exitCode, _, error) = Run("build", "-I", "protos", "demo/v1/user.proto", "-o", Path.Combine(_directory, "user.binpb"));
        Assert.Equal(0, exitCode);
        Assert.Equal("demo/v1/user.proto:3:1: warning: Import \"google/protobuf/empty.proto\" is unused; remove it\n", error.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Json_report_has_one_based_positions()
    {
        var (_, output, _) = Run("lint", "-I", "protos", "protos", "--format", "json");

        using var document = JsonDocument.Parse(output);
        var finding = Assert.Single(document.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal("protos/demo/v1/user.proto", finding.GetProperty("path").GetString());
        Assert.Equal((4, 3, 4, 18), (finding.GetProperty("line").GetInt32(), finding.GetProperty("column").GetInt32(), finding.GetProperty("endLine").GetInt32(), finding.GetProperty("endColumn").GetInt32()));
        Assert.Equal("PG1001", finding.GetProperty("ruleId").GetString());
        Assert.Equal("warning", finding.GetProperty("severity").GetString());
    }

    [Fact]
    public void Sarif_report_carries_rule_metadata_location_and_fix()
    {
        var sarifPath = Path.Combine(_directory, "out.sarif");

        var (exitCode, output, _) = Run("lint", "-I", "protos", "protos", "--format", "sarif", "--output", sarifPath);

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, output);
        using var document = JsonDocument.Parse(File.ReadAllText(sarifPath));
        Assert.Equal("2.1.0", document.RootElement.GetProperty("version").GetString());
        var run = Assert.Single(document.RootElement.GetProperty("runs").EnumerateArray());
        var rule = Assert.Single(run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray());
        Assert.Equal("PG1001", rule.GetProperty("id").GetString());
        Assert.EndsWith("/docs/rules/PG1001.md", rule.GetProperty("helpUri").GetString(), StringComparison.Ordinal);

        var result = Assert.Single(run.GetProperty("results").EnumerateArray());
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal((4, 3), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32()));
        var replacement = result.GetProperty("fixes")[0].GetProperty("artifactChanges")[0].GetProperty("replacements")[0];
        Assert.Equal("USER_ROLE_UNSPECIFIED", replacement.GetProperty("insertedContent").GetProperty("text").GetString());
    }

    [Fact]
    public void Syntax_errors_are_reported_as_PG0001_errors_and_fail()
    {
        File.WriteAllText(Path.Combine(_directory, "broken.proto"), "syntax = \"proto3\";\nmessage M {\n  string id = 1\n}\n");

        var (exitCode, output, _) = Run("lint", "broken.proto");

        Assert.Equal(1, exitCode);
        Assert.StartsWith("broken.proto:", output, StringComparison.Ordinal);
        Assert.Contains("error PG0001", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Files_are_linked_with_their_imports_and_link_problems_reported()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "api", "common"));
        File.WriteAllText(Path.Combine(_directory, "api", "common", "money.proto"), "syntax = \"proto3\";\npackage common;\nmessage Money { int64 units = 1; }\n");
        File.WriteAllText(Path.Combine(_directory, "api", "order.proto"), string.Join('\n',
            "syntax = \"proto3\";",
            "import \"common/money.proto\";",
            "import \"common/missing.proto\";",
            "message Order {",
            "  reserved 2;",
            "  common.Money total = 1;",
            "  string note = 2;",
            "}",
            ""));

        var (exitCode, output, _) = Run("lint", "api/order.proto", "-I", "api");

        Assert.Equal(1, exitCode);
        Assert.Equal(
            [
                "api/order.proto:3:8: error PG0002: Import \"common/missing.proto\" was not found; check the import path and the import roots (-I)",
                "api/order.proto:7:17: error PG0007: Field \"note\" uses number 2, which is reserved in \"Order\"; pick an unused number",
            ],
            output.Split('\n').Where(line => line.Contains(": error ", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_buf_yaml_above_the_files_configures_the_buf_rules_unless_opted_out()
    {
        File.WriteAllText(Path.Combine(_directory, "protos", "buf.yaml"), "version: v2\nlint:\n  use:\n    - STANDARD\n  enum_zero_value_suffix: _NONE\n");

        var (_, output, _) = Run("lint", "-I", "protos", "protos");
        Assert.Contains("protos/demo/v1/user.proto:4:3: warning PG1002: Enum zero value 'USER_ROLE_ADMIN' does not end with '_NONE'", output, StringComparison.Ordinal);
        Assert.DoesNotContain("PG1001", output, StringComparison.Ordinal);

        (_, output, _) = Run("lint", "-I", "protos", "protos", "--no-buf-config");
        Assert.DoesNotContain("PG1002", output, StringComparison.Ordinal);
        Assert.Contains("PG1001", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Preset_flag_chooses_the_default_rule_set()
    {
        Assert.Contains("0 warning(s)", Run("lint", "-I", "protos", "protos", "--preset", "none").Output, StringComparison.Ordinal);
        Assert.Contains("warning PG1036", Run("lint", "-I", "protos", "protos", "--preset", "strict").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_path_is_a_usage_error_with_exit_code_2()
    {
        var (exitCode, _, error) = Run("lint", "does-not-exist.proto");

        Assert.Equal(2, exitCode);
        Assert.Contains("'does-not-exist.proto' is neither a file nor a directory", error, StringComparison.Ordinal);
    }
}
