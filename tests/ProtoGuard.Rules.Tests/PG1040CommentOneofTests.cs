namespace ProtoGuard.Rules.Tests;

public sealed class PG1040CommentOneofTests
{
    private const string Id = "PG1040";

    [Fact]
    public void Fires_on_a_oneof_without_a_leading_comment_when_enabled()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            package acme.v1;
            // M.
            message M {
              [|oneof choice { string a = 1; }|]
              // Synthetic oneofs of optional fields are not checked.
              optional string b = 2;
            }
            """,
            [["choice"]], new Dictionary<string, string> { ["dotnet_diagnostic.PG1040.severity"] = "warning" });
    }

    [Fact]
    public void Off_by_default()
    {
        Assert.Empty(RuleTestHarness.LintRule(Id, """
            syntax = "proto3";
            package acme.v1;
            message M { oneof choice { string a = 1; } }
            """));
    }
}
