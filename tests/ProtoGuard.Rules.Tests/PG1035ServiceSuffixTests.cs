namespace ProtoGuard.Rules.Tests;

public sealed class PG1035ServiceSuffixTests
{
    private const string Id = "PG1035";

    [Fact]
    public void Fires_on_a_service_without_the_suffix()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            package acme.v1;
            service [|Users|] {}
            """,
            [["Users", "Service"]]);
    }

    [Fact]
    public void Silent_with_the_suffix()
    {
        Assert.Empty(RuleTestHarness.LintRule(Id, """
            syntax = "proto3";
            package acme.v1;
            service UsersService {}
            """, null));
    }

    [Fact]
    public void The_suffix_option_changes_the_expected_suffix()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            package acme.v1;
            service [|UsersService|] {}
            service UsersApi {}
            """,
            [["UsersService", "Api"]], new Dictionary<string, string> { ["dotnet_diagnostic.PG1035.service_suffix"] = "Api" });
    }
}
