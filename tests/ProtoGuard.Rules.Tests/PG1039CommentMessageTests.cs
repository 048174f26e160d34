namespace ProtoGuard.Rules.Tests;

public sealed class PG1039CommentMessageTests
{
    private const string Id = "PG1039";

    [Fact]
    public void Fires_on_a_message_without_a_leading_comment_when_enabled()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            package acme.v1;
            [|message M {}|]
            """,
            [["M"]], new Dictionary<string, string> { ["dotnet_diagnostic.PG1039.severity"] = "warning" });
    }

    [Fact]
    public void Off_by_default()
    {
        Assert.Empty(RuleTestHarness.LintRule(Id, """
            syntax = "proto3";
            package acme.v1;
            message M {}
            """));
    }
}
