namespace ProtoGuard.Rules.Tests;

public sealed class PG1011EnumValueUpperSnakeCaseTests
{
    private const string Id = "PG1011";

    [Fact]
    public void Fires_on_a_value_that_is_not_UPPER_SNAKE_CASE()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            package acme.v1;
            enum Color { COLOR_UNSPECIFIED = 0; [|colorRed|] = 1; }
            """,
            [["colorRed", "COLOR_RED"]]);
    }

    [Fact]
    public void Silent_on_UPPER_SNAKE_CASE_values()
    {
        Assert.Empty(RuleTestHarness.LintRule(Id, """
            syntax = "proto3";
            package acme.v1;
            enum Color { COLOR_UNSPECIFIED = 0; COLOR_RED2 = 1; }
            """, null));
    }

    [Fact]
    public void Fix_renames_the_value()
    {
        var fixedText = RuleTestHarness.ApplyFix(Id, """
            syntax = "proto3";
            package acme.v1;
            enum Color {
              COLOR_UNSPECIFIED = 0;
              // Red.
              colorRed = 1;
            }
            """);

        Assert.Equal("""
            syntax = "proto3";
            package acme.v1;
            enum Color {
              COLOR_UNSPECIFIED = 0;
              // Red.
              COLOR_RED = 1;
            }
            """, fixedText);
        Assert.Empty(RuleTestHarness.LintRule(Id, fixedText));
    }
}
