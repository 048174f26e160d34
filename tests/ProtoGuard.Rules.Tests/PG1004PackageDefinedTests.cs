namespace ProtoGuard.Rules.Tests;

public sealed class PG1004PackageDefinedTests
{
    private const string Id = "PG1004";

    [Fact]
    public void Fires_at_the_start_of_a_file_without_a_package()
    {
        RuleTestHarness.Verify(Id, """
            [||]syntax = "proto3";
            message User {}
            """,
            [[]]);
    }

    [Fact]
    public void Silent_when_the_package_is_declared()
    {
        Assert.Empty(RuleTestHarness.LintRule(Id, """
            syntax = "proto3";
            package acme.v1;
            message User {}
            """, null));
    }
}
