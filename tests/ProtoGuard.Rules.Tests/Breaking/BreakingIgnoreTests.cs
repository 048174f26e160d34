using ProtoGuard.Rules.Breaking;
using ProtoGuard.Rules.Breaking.Model;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;

namespace ProtoGuard.Rules.Tests.Breaking;

/// <summary>
/// <c>// protoguard:ignore PG2xxx reason</c> on the element where a breaking change shows suppresses it (buf cannot
/// ignore one change); one that suppresses nothing is reported by PG1047, and the lint pass leaves it alone.
/// </summary>
public sealed class BreakingIgnoreTests
{
    private const string Before = """
        syntax = "proto3";
        package acme.v1;
        message User {
          string id = 1;
          string email = 2;
        }
        message Team {
          string id = 1;
          string name = 2;
        }
        """;

    private static (List<BreakingFinding> Kept, IReadOnlyList<Finding> Unused) Check(string after)
    {
        var newSchema = BreakingTestSupport.ShapeOf(after);
        var findings = BreakingChecker.Check(BreakingTestSupport.ShapeOf(Before), newSchema).ToList();
        var file = Assert.Single(newSchema.Files);
        var unused = IgnoreDirectives.ApplyToBreaking(file.Text!, file.Node!, RuleOptions.Empty, findings);
        return (findings, unused);
    }

    [Fact]
    public void An_ignore_on_the_enclosing_message_suppresses_only_that_messages_change()
    {
        var (kept, unused) = Check("""
            syntax = "proto3";
            package acme.v1;
            // protoguard:ignore PG2032 email was never released to clients (ADR-7)
            message User {
              string id = 1;
            }
            message Team {
              string id = 1;
            }
            """);

        var finding = Assert.Single(kept);
        Assert.Equal(RuleIdentifiers.FieldNoDelete, finding.Rule.Id);
        Assert.Equal("Team", finding.MessageArguments[2]);
        Assert.Empty(unused);
    }

    [Fact]
    public void An_ignore_that_suppresses_no_breaking_change_is_reported()
    {
        var (kept, unused) = Check("""
            syntax = "proto3";
            package acme.v1;
            message User {
              string id = 1;
              string email = 2;
            }
            // protoguard:ignore PG2035 renames are planned here
            message Team {
              string id = 1;
              string name = 2;
            }
            """);

        Assert.Empty(kept);
        var finding = Assert.Single(unused);
        Assert.Equal(RuleIdentifiers.UnusedIgnore, finding.Rule.Id);
        Assert.Equal("'protoguard:ignore PG2035' suppresses no breaking change; remove it", finding.MessageArguments[0]);
        Assert.Equal("protoguard:ignore PG2035 renames are planned here", finding.Text.Text.Substring(finding.Span.Start, finding.Span.Length));
    }

    [Fact]
    public void The_file_form_suppresses_a_change_anywhere_in_the_file()
    {
        var (kept, unused) = Check("""
            syntax = "proto3";
            // protoguard:ignore-file PG2032 the v1 beta is being reshaped
            package acme.v1;
            message User {
              string id = 1;
            }
            message Team {
              string id = 1;
            }
            """);

        Assert.Empty(kept);
        Assert.Empty(unused);
    }

    [Fact]
    public void The_lint_pass_does_not_report_breaking_change_ignores_as_unused()
    {
        Assert.Empty(RuleTestHarness.LintRule(RuleIdentifiers.UnusedIgnore, """
            syntax = "proto3";
            package acme.v1;
            // protoguard:ignore PG2032 email was never released to clients (ADR-7)
            message User {
              string id = 1;
            }
            """));
    }
}
