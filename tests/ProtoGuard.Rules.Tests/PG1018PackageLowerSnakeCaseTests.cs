namespace ProtoGuard.Rules.Tests;

public sealed class PG1018PackageLowerSnakeCaseTests
{
    private const string Id = "PG1018";

    [Fact]
    public void Fires_on_a_package_that_is_not_lower_snake_case()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            [|package Acme.UserService.v1;|]
            """,
            [["Acme.UserService.v1", "acme.user_service.v1"]]);
    }

    [Fact]
    public void Silent_on_lower_snake_case_packages()
    {
        Assert.Empty(RuleTestHarness.LintRule(Id, """
            syntax = "proto3";
            package acme.user_service.v1;
            """, null));
    }
}
