namespace ProtoGuard.Rules.Tests;

public sealed class PG1009EnumNoAllowAliasTests
{
    private const string Id = "PG1009";

    [Fact]
    public void Fires_on_the_allow_alias_option()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            package acme.v1;
            enum State {
              [|option allow_alias = true;|]
              STATE_UNSPECIFIED = 0;
              STATE_ON = 1;
              STATE_ENABLED = 1;
            }
            """,
            [["State"]]);
    }

    [Fact]
    public void Silent_when_allow_alias_is_false_or_absent()
    {
        Assert.Empty(RuleTestHarness.LintRule(Id, """
            syntax = "proto3";
            package acme.v1;
            enum State {
              option allow_alias = false;
              STATE_UNSPECIFIED = 0;
            }
            """, null));
    }
}
