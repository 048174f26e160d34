using System.Text.Json;

namespace ProtoGuard.Cli.Tests;

/// <summary>Every reporting command (lint, breaking, build) in every output format, with exact contents.</summary>
public sealed class OutputFormatTests : CliWorkspace
{
    private const string BadEnum = "syntax = \"proto3\";\npackage demo.v1;\nenum UserRole {\n  USER_ROLE_ADMIN = 0;\n}\n";
    private const string Pg1001Message = "Enum value 'USER_ROLE_ADMIN' is 0; name the zero value 'USER_ROLE_UNSPECIFIED'";
    private const string Pg2032Message = "Field 2 'email' was deleted from message 'User'; old clients still send and read it, and its generated accessors disappear; keep the field and deprecate it, or delete it and reserve it: 'reserved 2; reserved \"email\";'";
    private const string Pg2001Message = "The file 'acme/v1/gone.proto' was deleted; code generated from it and imports of it break, and its types disappear for old clients; keep the file and deprecate its contents";
    private const string HelpBase = "https://github.com/protoguard/protoguard/blob/main/docs/rules/";

    public OutputFormatTests()
    {
        Write("protos/demo/v1/user.proto", BadEnum);
        Write("old/acme/v1/user.proto", "syntax = \"proto3\";\npackage acme.v1;\nmessage User {\n  string id = 1;\n  string email = 2;\n}\n");
        Write("old/acme/v1/gone.proto", "syntax = \"proto3\";\npackage acme.v1;\nmessage Gone {}\n");
        Write("new/acme/v1/user.proto", "syntax = \"proto3\";\npackage acme.v1;\nmessage User {\n  string id = 1;\n}\n");
        Write("bad/bad.proto", "syntax = \"proto3\";\nmessage M {\n\tMissing m = 1;\n}\n");
    }

    [Fact]
    public void Lint_text_is_path_line_col_severity_id_message_then_a_summary()
    {
        var (exitCode, output, error) = Run("lint", "-I", "protos", "protos", "--format", "text");

        Assert.Equal(0, exitCode);
        Assert.Equal($"protos/demo/v1/user.proto:4:3: warning PG1001: {Pg1001Message}\n1 file(s) checked: 0 error(s), 1 warning(s), 0 other\n", output);
        Assert.Equal(string.Empty, error);
    }

    [Fact]
    public void Lint_msbuild_is_the_canonical_error_format_with_the_full_span()
    {
        var (exitCode, output, _) = Run("lint", "-I", "protos", "protos", "--format", "msbuild");

        Assert.Equal(0, exitCode);
        Assert.Equal($"protos/demo/v1/user.proto(4,3,4,18): warning PG1001: {Pg1001Message}\n", output);
    }

    [Fact]
    public void Lint_github_is_one_workflow_command_per_finding()
    {
        var (exitCode, output, _) = Run("lint", "-I", "protos", "protos", "--format", "github");

        Assert.Equal(0, exitCode);
        Assert.Equal(
            "::warning file=protos/demo/v1/user.proto,line=4,col=3,endLine=4,endColumn=18,title=PG1001%3A The zero value of an enum must be named <ENUM>_UNSPECIFIED" +
            $"::{Pg1001Message} ({HelpBase}PG1001.md)\n",
            output);
    }

    [Fact]
    public void Lint_json_has_positions_help_and_the_fix()
    {
        var (exitCode, output, _) = Run("lint", "-I", "protos", "protos", "--format", "json");

        Assert.Equal(0, exitCode);
        Assert.Contains("'USER_ROLE_ADMIN'", output, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(output);
        var finding = Assert.Single(document.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal(
            ("protos/demo/v1/user.proto", 4, 3, 4, 18, "PG1001", "warning", Pg1001Message, HelpBase + "PG1001.md"),
            (finding.GetProperty("path").GetString(), finding.GetProperty("line").GetInt32(), finding.GetProperty("column").GetInt32(),
             finding.GetProperty("endLine").GetInt32(), finding.GetProperty("endColumn").GetInt32(), finding.GetProperty("ruleId").GetString(),
             finding.GetProperty("severity").GetString(), finding.GetProperty("message").GetString(), finding.GetProperty("helpUri").GetString()));
        var edit = Assert.Single(finding.GetProperty("fix").GetProperty("edits").EnumerateArray());
        Assert.Equal((4, 3, 4, 18, "USER_ROLE_UNSPECIFIED"), (edit.GetProperty("line").GetInt32(), edit.GetProperty("column").GetInt32(), edit.GetProperty("endLine").GetInt32(), edit.GetProperty("endColumn").GetInt32(), edit.GetProperty("newText").GetString()));
    }

    [Fact]
    public void Lint_sarif_is_valid_2_1_0_with_rules_regions_and_fixes()
    {
        var (exitCode, output, _) = Run("lint", "-I", "protos", "protos", "--format", "sarif");

        Assert.Equal(0, exitCode);
        using var document = JsonDocument.Parse(output);
        Assert.Empty(SarifValidator.Validate(document.RootElement));
        var run = Assert.Single(document.RootElement.GetProperty("runs").EnumerateArray());
        Assert.Equal(new Uri(Root + "/").AbsoluteUri, run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString());
        var rule = Assert.Single(run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray());
        Assert.Equal(("PG1001", HelpBase + "PG1001.md", "warning"), (rule.GetProperty("id").GetString(), rule.GetProperty("helpUri").GetString(), rule.GetProperty("defaultConfiguration").GetProperty("level").GetString()));
        var result = Assert.Single(run.GetProperty("results").EnumerateArray());
        Assert.Equal(("PG1001", 0, "warning", Pg1001Message), (result.GetProperty("ruleId").GetString(), result.GetProperty("ruleIndex").GetInt32(), result.GetProperty("level").GetString(), result.GetProperty("message").GetProperty("text").GetString()));
        var physical = Assert.Single(result.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
        Assert.Equal(("protos/demo/v1/user.proto", "%SRCROOT%"), (physical.GetProperty("artifactLocation").GetProperty("uri").GetString(), physical.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString()));
        Assert.Equal((4, 3, 4, 18, 54, 15), Region(physical.GetProperty("region")));
        var replacement = Assert.Single(Assert.Single(Assert.Single(result.GetProperty("fixes").EnumerateArray()).GetProperty("artifactChanges").EnumerateArray()).GetProperty("replacements").EnumerateArray());
        Assert.Equal((4, 3, 4, 18, 54, 15), Region(replacement.GetProperty("deletedRegion")));
        Assert.Equal("USER_ROLE_UNSPECIFIED", replacement.GetProperty("insertedContent").GetProperty("text").GetString());
    }

    [Fact]
    public void Sarif_uris_are_percent_encoded_relative_references()
    {
        Write("my protos/a#b.proto", BadEnum.Replace("package demo.v1;", "package demo.v1.x;", StringComparison.Ordinal));

        var (_, output, _) = Run("lint", "my protos", "--format", "sarif");

        using var document = JsonDocument.Parse(output);
        Assert.Empty(SarifValidator.Validate(document.RootElement));
        var uris = document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(result => result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString())
            .Distinct();
        Assert.Equal(["my%20protos/a%23b.proto"], uris);
    }

    [Fact]
    public void Breaking_text_locates_what_it_can_and_names_the_file_otherwise()
    {
        var (exitCode, output, _) = Run("breaking", "-I", "new", "new", "--against", "old", "--format", "text");

        Assert.Equal(1, exitCode);
        Assert.Equal(
            $"acme/v1/gone.proto: error PG2001: {Pg2001Message}\n" +
            $"new/acme/v1/user.proto:3:9: error PG2032: {Pg2032Message}\n" +
            "2 breaking changes (FILE).\n",
            output);
    }

    [Fact]
    public void Breaking_msbuild_and_github()
    {
        var (exitCode, msbuild, _) = Run("breaking", "-I", "new", "new", "--against", "old", "--format", "msbuild");
        Assert.Equal(1, exitCode);
        Assert.Equal(
            $"acme/v1/gone.proto: error PG2001: {Pg2001Message}\n" +
            $"new/acme/v1/user.proto(3,9,3,13): error PG2032: {Pg2032Message}\n",
            msbuild);

        var (_, github, _) = Run("breaking", "-I", "new", "new", "--against", "old", "--format", "github");
        Assert.Equal(
            $"::error file=acme/v1/gone.proto,title=PG2001%3A A .proto file was deleted::{Pg2001Message} ({HelpBase}PG2001.md)\n" +
            $"::error file=new/acme/v1/user.proto,line=3,col=9,endLine=3,endColumn=13,title=PG2032%3A A field was deleted::{Pg2032Message} ({HelpBase}PG2032.md)\n",
            github);
    }

    [Fact]
    public void Breaking_json_and_sarif_leave_out_the_region_of_a_deleted_file()
    {
        var (_, json, _) = Run("breaking", "-I", "new", "new", "--against", "old", "--format", "json");
        var findings = JsonDocument.Parse(json).RootElement.GetProperty("findings").EnumerateArray().ToArray();
        Assert.Equal(["PG2001", "PG2032"], findings.Select(f => f.GetProperty("ruleId").GetString()));
        Assert.False(findings[0].TryGetProperty("line", out _));
        Assert.Equal((3, 9), (findings[1].GetProperty("line").GetInt32(), findings[1].GetProperty("column").GetInt32()));
        Assert.Equal("Reserve deleted field 2 'email'", findings[1].GetProperty("fix").GetProperty("title").GetString());

        var (exitCode, sarif, _) = Run("breaking", "-I", "new", "new", "--against", "old", "--format", "sarif");
        Assert.Equal(1, exitCode);
        using var document = JsonDocument.Parse(sarif);
        Assert.Empty(SarifValidator.Validate(document.RootElement));
        var results = document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToArray();
        Assert.False(results[0].GetProperty("locations")[0].GetProperty("physicalLocation").TryGetProperty("region", out _));
        Assert.Equal("acme/v1/gone.proto", results[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal((3, 9, 3, 13, 44, 4), Region(results[1].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region")));
        Assert.Equal("\n  reserved 2;\n  reserved \"email\";", results[1].GetProperty("fixes")[0].GetProperty("artifactChanges")[0].GetProperty("replacements")[0].GetProperty("insertedContent").GetProperty("text").GetString());
    }

    [Fact]
    public void Build_errors_default_to_protoc_lines_on_stderr()
    {
        var (exitCode, output, error) = Run("build", "-I", "bad", "bad.proto", "-o", "out.binpb");

        Assert.Equal(1, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Equal("bad.proto:3:9: Type \"Missing\" is not defined; check the spelling and the imports\n", error);
        Assert.False(File.Exists("out.binpb"));
    }

    [Theory]
    [InlineData("text", "bad.proto:3:2: error PG0003: Type \"Missing\" is not defined; check the spelling and the imports\n1 error(s)\n")]
    [InlineData("msbuild", "bad.proto(3,2,3,9): error PG0003: Type \"Missing\" is not defined; check the spelling and the imports\n")]
    [InlineData("github", "::error file=bad.proto,line=3,col=2,endLine=3,endColumn=9,title=PG0003%3A A type name does not resolve::Type \"Missing\" is not defined; check the spelling and the imports (" + HelpBase + "PG0003.md)\n")]
    public void Build_errors_in_a_report_format_go_to_stdout(string format, string expected)
    {
        var (exitCode, output, error) = Run("build", "-I", "bad", "bad.proto", "-o", "out.binpb", "--format", format);

        Assert.Equal(1, exitCode);
        Assert.Equal(expected, output);
        Assert.Equal(string.Empty, error);
        Assert.False(File.Exists("out.binpb"));
    }

    [Fact]
    public void Build_errors_in_json_and_sarif()
    {
        var (_, json, _) = Run("build", "-I", "bad", "bad.proto", "-o", "out.binpb", "--format", "json");
        var finding = Assert.Single(JsonDocument.Parse(json).RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal(("bad.proto", 3, 2, "PG0003", "error"), (finding.GetProperty("path").GetString(), finding.GetProperty("line").GetInt32(), finding.GetProperty("column").GetInt32(), finding.GetProperty("ruleId").GetString(), finding.GetProperty("severity").GetString()));

        var (exitCode, sarif, _) = Run("build", "-I", "bad", "bad.proto", "-o", "out.binpb", "--format", "sarif");
        Assert.Equal(1, exitCode);
        using var document = JsonDocument.Parse(sarif);
        Assert.Empty(SarifValidator.Validate(document.RootElement));
        Assert.Equal("PG0003", document.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("ruleId").GetString());
    }

    [Fact]
    public void Build_reports_a_missing_file_in_every_format()
    {
        var (exitCode, output, _) = Run("build", "-I", "bad", "nope.proto", "-o", "out.binpb", "--format", "msbuild");

        Assert.Equal(1, exitCode);
        Assert.Equal("nope.proto: error PG0002: File \"nope.proto\" was not found in any import root (-I)\n", output);
    }

    [Fact]
    public void Rules_lists_the_catalog_as_text_with_category_equivalents_and_doc_link()
    {
        var (exitCode, output, _) = Run("rules");

        Assert.Equal(0, exitCode);
        var line = output.Split('\n').Single(l => l.StartsWith("PG1012 ", StringComparison.Ordinal));
        Assert.Matches(@"^PG1012  warning  on   ProtoGuard\.Naming +  Field names must be lower_snake_case  \[buf FIELD_LOWER_SNAKE_CASE\]  \[api-linter core::0140::lower-snake\]  https://github\.com/protoguard/protoguard/blob/main/docs/rules/PG1012\.md$", line);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    public void A_report_larger_than_a_chunk_is_whole_and_the_same_on_stdout_and_in_a_file(string format)
    {
        for (var i = 0; i < 300; i++)
        {
            Write($"many/demo/v1/user{i:D3}.proto", BadEnum.Replace("UserRole", $"UserRole{i}", StringComparison.Ordinal).Replace("USER_ROLE_", $"USER_ROLE{i}_", StringComparison.Ordinal));
        }

        var (_, output, _) = Run("lint", "-I", "many", "many", "--format", format, "--preset", "none", "--option", "dotnet_diagnostic.PG1001.severity=warning");
        Run("lint", "-I", "many", "many", "--format", format, "--preset", "none", "--option", "dotnet_diagnostic.PG1001.severity=warning", "-o", "report");

        Assert.True(output.Length > 3 * 64 * 1024, $"the report is {output.Length} characters");
        Assert.Equal(output, File.ReadAllText("report"));
        using var document = JsonDocument.Parse(output);
        var findings = format == "json"
            ? document.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("path").GetString()).ToArray()
            : document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()).ToArray();
        Assert.Equal(Enumerable.Range(0, 300).Select(i => $"many/demo/v1/user{i:D3}.proto"), findings);
        if (format == "sarif")
        {
            Assert.Empty(SarifValidator.Validate(document.RootElement));
        }
    }

    [Fact]
    public void Sarif_validator_reports_what_the_schema_forbids()
    {
        using var document = JsonDocument.Parse("""
            {"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x","rules":[{"id":"PG1"}]}},
              "results":[{"ruleId":"PG2","ruleIndex":0,"level":"fatal","colour":"red",
                "locations":[{"physicalLocation":{"artifactLocation":{"uri":"a.proto","uriBaseId":"%NOPE%"},"region":{"startLine":0}}}],
                "fixes":[{"artifactChanges":[]}]}]}]}
            """);

        Assert.Equal(
            [
                "$.runs[0].results[0].colour: not a property of result",
                "$.runs[0].results[0]: result requires 'message'",
                "$.runs[0].results[0].level: 'fatal' is not none, note, warning or error",
                "$.runs[0].results[0].ruleIndex: does not point at rule 'PG2' in tool.driver.rules",
                "$.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uriBaseId: '%NOPE%' is not in run.originalUriBaseIds",
                "$.runs[0].results[0].locations[0].physicalLocation.region.startLine: must be an integer >= 1",
                "$.runs[0].results[0].fixes[0].artifactChanges: needs at least 1 item(s)",
            ],
            SarifValidator.Validate(document.RootElement));
    }

    private static (int, int, int, int, int, int) Region(JsonElement region) =>
        (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endLine").GetInt32(),
         region.GetProperty("endColumn").GetInt32(), region.GetProperty("charOffset").GetInt32(), region.GetProperty("charLength").GetInt32());
}
