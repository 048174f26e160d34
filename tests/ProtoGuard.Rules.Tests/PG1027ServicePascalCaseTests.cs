namespace ProtoGuard.Rules.Tests;

public sealed class PG1027ServicePascalCaseTests
{
    private const string Id = "PG1027";

    [Fact]
    public void Fires_on_a_service_that_is_not_PascalCase()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            package acme.v1;
            service [|user_service|] {}
            """,
            [["user_service", "UserService"]]);
    }

    [Fact]
    public void Silent_on_PascalCase_services()
    {
        Assert.Empty(RuleTestHarness.LintRule(Id, """
            syntax = "proto3";
            package acme.v1;
            service UserService {}
            """, null));
    }

    [Fact]
    public void Fix_renames_the_service_and_says_the_method_path_changes()
    {
        const string Text = "syntax = \"proto3\";\nmessage M {}\nservice user_service { rpc Get(M) returns (M); }\n";

        Assert.Equal("syntax = \"proto3\";\nmessage M {}\nservice UserService { rpc Get(M) returns (M); }\n", RuleTestHarness.ApplyFix(Id, Text));
        Assert.EndsWith("(changes the gRPC method path: a breaking change for existing clients)", RuleTestHarness.LintRule(Id, Text).Single().Fix!.Title, StringComparison.Ordinal);
    }
}
