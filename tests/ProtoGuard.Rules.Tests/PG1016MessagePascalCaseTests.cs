namespace ProtoGuard.Rules.Tests;

public sealed class PG1016MessagePascalCaseTests
{
    private const string Id = "PG1016";

    [Fact]
    public void Fires_on_a_message_that_is_not_PascalCase()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            package acme.v1;
            message [|user_profile|] {}
            """,
            [["user_profile", "UserProfile"]]);
    }

    [Fact]
    public void Silent_on_PascalCase_messages()
    {
        Assert.Empty(RuleTestHarness.LintRule(Id, """
            syntax = "proto3";
            package acme.v1;
            message UserProfile { message Inner {} }
            """, null));
    }
}
