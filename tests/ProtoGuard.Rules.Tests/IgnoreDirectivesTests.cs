namespace ProtoGuard.Rules.Tests;

/// <summary>Suppression comments work the same for every rule, and PG1047 reports those that suppress nothing.</summary>
public sealed class IgnoreDirectivesTests
{
    private const string Unused = "PG1047";

    private static string[] Ids(string text, IReadOnlyDictionary<string, string>? options = null) =>
        RuleTestHarness.Lint(text, options, "acme/v1/test.proto").Select(f => f.Rule.Id + "@" + f.Span.Start).ToArray();

    [Fact]
    public void A_leading_protoguard_ignore_suppresses_the_rule_on_that_declaration_only()
    {
        var findings = RuleTestHarness.Lint("""
            syntax = "proto3";
            package acme.v1;
            message User {
              // protoguard:ignore PG1012 legacy JSON clients depend on this name
              string displayName = 1;
              string lastName_ = 2;
            }
            """, path: "acme/v1/test.proto");

        var finding = Assert.Single(findings);
        Assert.Equal("PG1012", finding.Rule.Id);
        Assert.Equal("lastName_", finding.MessageArguments[0]);
    }

    [Fact]
    public void An_ignore_on_a_message_covers_its_nested_declarations_and_several_ids_can_be_named()
    {
        Assert.Empty(RuleTestHarness.Lint("""
            syntax = "proto3";
            package acme.v1;
            // protoguard:ignore PG1012,PG1029 generated from a legacy schema
            message User {
              string displayName = 1;
              enum Kind { KIND_UNSPECIFIED = 0; ADMIN = 1; }
            }
            """, path: "acme/v1/test.proto"));
    }

    [Fact]
    public void Ignores_work_for_parse_and_link_rules_too()
    {
        Assert.Empty(RuleTestHarness.Lint("""
            syntax = "proto3";
            package acme.v1;
            message User {
              reserved 2;
              reserved "old_email";
              string id = 1;
              // protoguard:ignore PG0007 the old field is really gone, see ADR-12
              string email = 2;
            }
            """, path: "acme/v1/test.proto"));
    }

    [Fact]
    public void The_file_form_suppresses_the_rule_in_the_whole_file()
    {
        Assert.Empty(RuleTestHarness.Lint("""
            // protoguard:ignore-file PG1012 this file mirrors a third-party JSON API
            syntax = "proto3";
            package acme.v1;
            message A { string firstName = 1; }
            message B { string lastName = 1; }
            """, path: "acme/v1/test.proto"));
    }

    [Fact]
    public void Buf_lint_ignore_suppresses_the_equivalent_rule_unless_switched_off()
    {
        const string Text = """
            syntax = "proto3";
            package acme.v1;
            message User {
              // buf:lint:ignore FIELD_LOWER_SNAKE_CASE
              string displayName = 1;
            }
            """;

        Assert.Empty(Ids(Text));
        Assert.Equal(["PG1012"], RuleTestHarness.Lint(Text, new Dictionary<string, string> { ["protoguard.buf_comment_ignores"] = "false" }, "acme/v1/test.proto").Select(f => f.Rule.Id));
    }

    [Fact]
    public void An_ignore_that_suppresses_nothing_is_reported()
    {
        RuleTestHarness.Verify(Unused, """
            syntax = "proto3";
            package acme.v1;
            message User {
              // [|protoguard:ignore PG1012 legacy JSON clients|]
              string display_name = 1;
            }
            """,
            [["'protoguard:ignore PG1012' suppresses nothing; remove it"]],
            path: "acme/v1/test.proto");
    }

    [Fact]
    public void An_ignore_without_a_reason_or_outside_a_leading_comment_is_reported_and_suppresses_nothing()
    {
        var findings = RuleTestHarness.Lint("""
            syntax = "proto3";
            package acme.v1;
            message User {
              // protoguard:ignore PG1012
              string displayName = 1; // protoguard:ignore PG1012 trailing comments lead nothing
            }
            """, path: "acme/v1/test.proto");

        Assert.Equal(["PG1012", Unused, Unused], findings.Select(f => f.Rule.Id).Order(StringComparer.Ordinal));
        Assert.Contains(findings, f => f.Message == "'protoguard:ignore PG1012' gives no reason, so it suppresses nothing; say why after the rule id");
        Assert.Contains(findings, f => f.Message.StartsWith("'protoguard:ignore' is not in the leading comment of a declaration", StringComparison.Ordinal));
    }

    [Fact]
    public void An_ignore_of_a_rule_turned_off_for_the_file_is_not_reported()
    {
        Assert.Empty(RuleTestHarness.Lint("""
            syntax = "proto3";
            package acme.v1;
            message User {
              // protoguard:ignore PG1012 legacy JSON clients
              string displayName = 1;
            }
            """, new Dictionary<string, string> { ["dotnet_diagnostic.PG1012.severity"] = "none" }, "acme/v1/test.proto"));
    }

    [Fact]
    public void Severity_none_turns_the_report_of_unused_ignores_off()
    {
        Assert.Empty(RuleTestHarness.Lint("""
            syntax = "proto3";
            package acme.v1;
            // protoguard:ignore PG1016 nothing to suppress
            message User {}
            """, new Dictionary<string, string> { ["dotnet_diagnostic.PG1047.severity"] = "none" }, "acme/v1/test.proto"));
    }
}
