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
}
