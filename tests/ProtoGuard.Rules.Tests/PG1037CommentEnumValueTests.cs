namespace ProtoGuard.Rules.Tests;

public sealed class PG1037CommentEnumValueTests
{
    private const string Id = "PG1037";

    [Fact]
    public void Fires_on_a_value_without_a_leading_comment_when_enabled()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            package acme.v1;
            // Kind.
            enum Kind {
              // Unset.
              KIND_UNSPECIFIED = 0;
              [|KIND_A = 1;|]
            }
            """,
            [["KIND_A"]], new Dictionary<string, string> { ["dotnet_diagnostic.PG1037.severity"] = "warning" });
    }

    [Fact]
    public void Off_by_default()
    {
        Assert.Empty(RuleTestHarness.LintRule(Id, """
            syntax = "proto3";
            package acme.v1;
            enum Kind { KIND_UNSPECIFIED = 0; }
            """));
    }
}
