namespace ProtoGuard.Rules.Tests;

public sealed class PG1051FieldNumberGapTests
{
    private const string Id = "PG1051";

    [Fact]
    public void Fires_at_the_message_naming_each_unreserved_gap_below_the_highest_number()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            package acme.v1;
            message [|User|] {
              string id = 1;
              string email = 3;
              string phone = 7;
              reserved 5;
              reserved "fax";
            }
            """,
            [["User", "2, 4, 6", "reserved 2, 4, 6;"]]);
    }

    [Fact]
    public void Reports_ranges_and_nested_messages_on_their_own()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            package acme.v1;
            message Outer {
              string id = 1;
              message [|Inner|] {
                string a = 1;
                string b = 10;
              }
              Inner inner = 2;
            }
            """,
            [["Inner", "2-9", "reserved 2 to 9;"]]);
    }

    [Fact]
    public void Silent_when_numbers_are_contiguous_reserved_or_in_extension_ranges()
    {
        Assert.Empty(RuleTestHarness.LintRule(Id, """
            syntax = "proto3";
            package acme.v1;
            message User {
              string id = 1;
              reserved 2 to 4;
              reserved "email", "phone", "fax";
              string name = 5;
              oneof contact {
                string slack_id = 6;
                string team_id = 7;
              }
              map<string, string> labels = 8;
            }
            message Empty {}
            """));
        Assert.Empty(RuleTestHarness.LintRule(Id, """
            syntax = "proto2";
            package acme.v1;
            message Extensible {
              optional string id = 1;
              extensions 2 to 99;
              optional string late = 100;
            }
            """));
    }

    [Fact]
    public void The_implementation_range_19000_to_19999_is_never_a_gap()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            package acme.v1;
            message [|Wide|] {
              string id = 1;
              reserved 2 to 18999;
              reserved "old";
              string far = 20001;
            }
            """,
            [["Wide", "20000", "reserved 20000;"]]);
    }

    [Fact]
    public void Is_Info_by_default()
    {
        var finding = Assert.Single(RuleTestHarness.LintRule(Id, "syntax = \"proto3\";\nmessage M { string a = 1; string c = 3; }\n"));
        Assert.Equal(Catalog.RuleSeverity.Info, finding.Severity);
    }

    private const string Gap = """
        syntax = "proto3";
        package acme.v1;
        message User {
          string id = 1;
          string email = 3;
        }
        """;

    [Fact]
    public void Fix_adds_the_reserved_statement_as_the_first_line_and_keeps_comments_and_blank_lines()
    {
        var fixedText = RuleTestHarness.ApplyFix(Id, """
            syntax = "proto3";
            package acme.v1;

            // A user.
            message User { // fields 2 and 4-5 were deleted
                // The id.
                string id = 1;

                string email = 3;
                string phone = 6;
            }
            """);

        Assert.Equal("""
            syntax = "proto3";
            package acme.v1;

            // A user.
            message User { // fields 2 and 4-5 were deleted
                reserved 2, 4 to 5;
                // The id.
                string id = 1;

                string email = 3;
                string phone = 6;
            }
            """, fixedText);
        Assert.Empty(RuleTestHarness.LintRule(Id, fixedText));
        // The deleted fields' names are not in the file: PG1048 asks for them next.
        var names = Assert.Single(RuleTestHarness.LintRule("PG1048", fixedText));
        Assert.Equal(new object?[] { "User", "numbers", "names" }, names.MessageArguments);
        var finding = Assert.Single(RuleTestHarness.LintRule(Id, fixedText.Replace("    reserved 2, 4 to 5;\n", string.Empty, StringComparison.Ordinal)));
        Assert.Equal("Add 'reserved 2, 4 to 5;' to 'User' (then reserve the deleted fields' names too)", finding.Fix!.Title);
    }

    [Fact]
    public void Fix_in_a_one_line_message_goes_right_after_the_brace_and_in_a_nested_message_at_its_members_indent()
    {
        Assert.Equal(
            "syntax = \"proto3\";\nmessage M { reserved 2; string a = 1; string c = 3; }\n",
            RuleTestHarness.ApplyFix(Id, "syntax = \"proto3\";\nmessage M { string a = 1; string c = 3; }\n"));
        Assert.Equal(
            "syntax = \"proto3\";\nmessage Outer {\n  message Inner {\n    reserved 2;\n    string a = 1;\n    string c = 3;\n  }\n  Inner inner = 1;\n}\n",
            RuleTestHarness.ApplyFix(Id, "syntax = \"proto3\";\nmessage Outer {\n  message Inner {\n    string a = 1;\n    string c = 3;\n  }\n  Inner inner = 1;\n}\n"));
    }

    [Fact]
    public void An_ignore_comment_on_the_message_suppresses_it()
    {
        Assert.DoesNotContain(RuleTestHarness.Lint("""
            syntax = "proto3";
            package acme.v1;
            // protoguard:ignore PG1051 numbers 2-9 are kept for the contact fields
            message User {
              string id = 1;
              string email = 10;
            }
            """, path: RuleTestHarness.ConfiguredPath), finding => finding.Rule.Id is Id or "PG1047");
    }

    [Fact]
    public void A_buf_yaml_leaves_it_on_as_buf_has_no_equivalent()
    {
        var options = RuleTestHarness.BufYaml("version: v2\nlint:\n  use: [MINIMAL]\n  except: [PACKAGE_DEFINED]\n");

        Assert.Single(RuleTestHarness.LintRule(Id, Gap, options, RuleTestHarness.ConfiguredPath));
    }

    [Fact]
    public void A_proto_section_severity_raises_it_or_turns_it_off()
    {
        var finding = Assert.Single(RuleTestHarness.LintRule(Id, Gap, RuleTestHarness.ProtoSection("dotnet_diagnostic.PG1051.severity = error\n"), RuleTestHarness.ConfiguredPath));
        Assert.Equal(Catalog.RuleSeverity.Error, finding.Severity);
        Assert.Empty(RuleTestHarness.LintRule(Id, Gap, RuleTestHarness.ProtoSection("dotnet_diagnostic.PG1051.severity = none\n"), RuleTestHarness.ConfiguredPath));
    }
}
