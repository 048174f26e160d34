namespace ProtoGuard.Rules.Tests;

public sealed class PG1027ServicePascalCaseTests
{
    private const string Id = "PG1027";

    [Fact]
    public void Fires_on_a_service_that_is_not_PascalCase()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            package acme.v1;
            service [|user_service|] {}
            """,
            [["user_service", "UserService"]]);
    }

    [Fact]
    public void Silent_on_PascalCase_services()
    {
        Assert.Empty(RuleTestHarness.LintRule(Id, """
            syntax = "proto3";
            package acme.v1;
            service UserService {}
            """, null));
    }
}
