namespace ProtoGuard.Rules.Tests;

public sealed class PG1048ReservedNumberAndNameTests
{
    private const string Id = "PG1048";

    [Fact]
    public void Fires_on_reserved_numbers_without_names_and_names_without_numbers()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            package acme.v1;
            message User {
              [|reserved 2, 5 to 7;|]
              string id = 1;
            }
            enum Kind {
              KIND_UNSPECIFIED = 0;
              [|reserved "KIND_OLD";|]
            }
            """,
            [["User", "numbers", "names"], ["Kind", "names", "numbers"]]);
    }

    [Fact]
    public void Silent_when_both_are_reserved_or_nothing_is()
    {
        Assert.Empty(RuleTestHarness.LintRule(Id, """
            syntax = "proto3";
            package acme.v1;
            message User {
              reserved 2;
              reserved "email";
              string id = 1;
            }
            message Plain { string id = 1; }
            """));
    }
}
