namespace ProtoGuard.Rules.Tests;

public sealed class PG1010EnumPascalCaseTests
{
    private const string Id = "PG1010";

    [Fact]
    public void Fires_on_an_enum_name_that_is_not_PascalCase()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            package acme.v1;
            enum [|user_role|] { USER_ROLE_UNSPECIFIED = 0; }
            """,
            [["user_role", "UserRole"]]);
    }

    [Fact]
    public void Silent_on_PascalCase_names_acronyms_included()
    {
        Assert.Empty(RuleTestHarness.LintRule(Id, """
            syntax = "proto3";
            package acme.v1;
            enum HTTPStatus { HTTP_STATUS_UNSPECIFIED = 0; }
            """, null));
    }

    [Fact]
    public void Fix_renames_the_enum_and_its_uses_in_the_file()
    {
        var fixedText = RuleTestHarness.ApplyFix(Id, """
            syntax = "proto3";
            package acme.v1;
            message Holder {
              enum user_role { USER_ROLE_UNSPECIFIED = 0; }
              user_role role = 1;
            }
            message Other { Holder.user_role role = 1; }
            """);

        Assert.Equal("""
            syntax = "proto3";
            package acme.v1;
            message Holder {
              enum UserRole { USER_ROLE_UNSPECIFIED = 0; }
              UserRole role = 1;
            }
            message Other { Holder.UserRole role = 1; }
            """, fixedText);
        Assert.DoesNotContain(RuleTestHarness.Lint(fixedText), f => f.Rule.Id == Id || f.Rule.Id.StartsWith("PG0", StringComparison.Ordinal));
    }
}
