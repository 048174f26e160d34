namespace ProtoGuard.Rules.Tests;

public sealed class PG1030FileLowerSnakeCaseTests
{
    private const string Id = "PG1030";

    [Fact]
    public void Fires_at_the_start_of_a_file_whose_name_is_not_lower_snake_case()
    {
        RuleTestHarness.Verify(Id, """
            [||]syntax = "proto3";
            package acme.v1;
            """,
            [["UserService.proto", "user_service.proto"]], null, "acme/v1/UserService.proto");
    }

    [Fact]
    public void Silent_on_lower_snake_case_file_names()
    {
        Assert.Empty(RuleTestHarness.LintRule(Id, """
            syntax = "proto3";
            package acme.v1;
            """, null, "acme/v1/user_service.proto"));
    }
}
