namespace ProtoGuard.Rules.Tests;

public sealed class PG1029EnumValuePrefixTests
{
    private const string Id = "PG1029";

    [Fact]
    public void Fires_on_values_without_the_enum_prefix()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            package acme.v1;
            enum Color { COLOR_UNSPECIFIED = 0; [|RED|] = 1; }
            """,
            [["RED", "COLOR_"]]);
    }

    [Fact]
    public void Silent_when_every_value_has_the_prefix()
    {
        Assert.Empty(RuleTestHarness.LintRule(Id, """
            syntax = "proto3";
            package acme.v1;
            enum HTTPStatus { HTTP_STATUS_UNSPECIFIED = 0; HTTP_STATUS_OK = 1; }
            """, null));
    }

    [Fact]
    public void Fix_prefixes_the_value()
    {
        var fixedText = RuleTestHarness.ApplyFix(Id, """
            syntax = "proto3";
            package acme.v1;
            enum Color {
              COLOR_UNSPECIFIED = 0;
              RED = 1; // warm
            }
            """);

        Assert.Equal("""
            syntax = "proto3";
            package acme.v1;
            enum Color {
              COLOR_UNSPECIFIED = 0;
              COLOR_RED = 1; // warm
            }
            """, fixedText);
        Assert.Empty(RuleTestHarness.LintRule(Id, fixedText));
    }
}
