namespace ProtoGuard.Rules.Tests;

public sealed class PG1026RpcPascalCaseTests
{
    private const string Id = "PG1026";

    [Fact]
    public void Fires_on_an_rpc_that_is_not_PascalCase()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            package acme.v1;
            message GetUserRequest {}
            message GetUserResponse {}
            service UserService { rpc [|get_user|](GetUserRequest) returns (GetUserResponse); }
            """,
            [["get_user", "GetUser"]]);
    }

    [Fact]
    public void Silent_on_PascalCase_rpcs()
    {
        Assert.Empty(RuleTestHarness.LintRule(Id, """
            syntax = "proto3";
            package acme.v1;
            message GetUserRequest {}
            message GetUserResponse {}
            service UserService { rpc GetUser(GetUserRequest) returns (GetUserResponse); }
            """, null));
    }

    [Fact]
    public void Fix_renames_the_rpc_and_says_the_method_path_changes()
    {
        const string Text = "syntax = \"proto3\";\nmessage M {}\nservice S { rpc get_user(M) returns (M); }\n";

        Assert.Equal("syntax = \"proto3\";\nmessage M {}\nservice S { rpc GetUser(M) returns (M); }\n", RuleTestHarness.ApplyFix(Id, Text));
        Assert.EndsWith("(changes the gRPC method path: a breaking change for existing clients)", RuleTestHarness.LintRule(Id, Text).Single().Fix!.Title, StringComparison.Ordinal);
    }
}
