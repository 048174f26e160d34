namespace ProtoGuard.Rules.Tests;

public sealed class PG1008EnumFirstValueZeroTests
{
    private const string Id = "PG1008";

    [Fact]
    public void Fires_on_the_number_of_a_first_value_that_is_not_zero()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto2";
            package acme.v1;
            enum Color { COLOR_RED = [|1|]; COLOR_UNSPECIFIED = 0; }
            """,
            [["COLOR_RED"]]);
    }

    [Fact]
    public void Silent_when_zero_comes_first()
    {
        Assert.Empty(RuleTestHarness.LintRule(Id, """
            syntax = "proto3";
            package acme.v1;
            enum Color { COLOR_UNSPECIFIED = 0; COLOR_RED = 1; }
            """, null));
    }
}
