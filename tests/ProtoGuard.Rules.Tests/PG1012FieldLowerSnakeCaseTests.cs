namespace ProtoGuard.Rules.Tests;

public sealed class PG1012FieldLowerSnakeCaseTests
{
    private const string Id = "PG1012";

    [Fact]
    public void Fires_on_a_field_that_is_not_lower_snake_case()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            package acme.v1;
            message User { string [|displayName|] = 1; string [|UserID|] = 2; }
            """,
            [["displayName", "display_name"], ["UserID", "user_id"]]);
    }

    [Fact]
    public void Silent_on_lower_snake_case_fields_and_map_fields()
    {
        Assert.Empty(RuleTestHarness.LintRule(Id, """
            syntax = "proto3";
            package acme.v1;
            message User { string display_name = 1; map<string, string> labels_2 = 2; }
            """, null));
    }

    [Fact]
    public void Fix_renames_the_field_and_keeps_comments()
    {
        var fixedText = RuleTestHarness.ApplyFix(Id, """
            syntax = "proto3";
            package acme.v1;
            message User {
              // The name shown.
              string displayName = 1; // trailing

              string id = 2;
            }
            """);

        Assert.Equal("""
            syntax = "proto3";
            package acme.v1;
            message User {
              // The name shown.
              string display_name = 1; // trailing

              string id = 2;
            }
            """, fixedText);
        Assert.Empty(RuleTestHarness.LintRule(Id, fixedText));
    }
}
