namespace ProtoGuard.Rules.Tests;

public sealed class PG1038CommentFieldTests
{
    private const string Id = "PG1038";

    [Fact]
    public void Fires_on_a_field_without_a_leading_comment_when_enabled()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            package acme.v1;
            message M {
              // Documented.
              string a = 1;
              [|string b = 2;|] // a trailing comment does not count
            }
            """,
            [["b"]], new Dictionary<string, string> { ["dotnet_diagnostic.PG1038.severity"] = "warning" });
    }

    [Fact]
    public void Off_by_default()
    {
        Assert.Empty(RuleTestHarness.LintRule(Id, """
            syntax = "proto3";
            package acme.v1;
            message M { string a = 1; }
            """));
    }
}
