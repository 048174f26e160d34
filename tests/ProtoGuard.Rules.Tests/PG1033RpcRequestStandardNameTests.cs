namespace ProtoGuard.Rules.Tests;

public sealed class PG1033RpcRequestStandardNameTests
{
    private const string Id = "PG1033";

    [Fact]
    public void Fires_on_a_request_not_named_after_its_rpc()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            package acme.v1;
            message UserQuery {}
            message GetUserResponse {}
            service UserService { rpc GetUser([|UserQuery|]) returns (GetUserResponse); }
            """,
            [["UserQuery", "GetUserRequest", "UserServiceGetUserRequest"]]);
    }

    [Fact]
    public void Silent_on_both_standard_names()
    {
        Assert.Empty(RuleTestHarness.LintRule(Id, """
            syntax = "proto3";
            package acme.v1;
            message GetUserRequest {}
            message UserServiceListUsersRequest {}
            message R {}
            service UserService { rpc GetUser(GetUserRequest) returns (R); rpc ListUsers(UserServiceListUsersRequest) returns (R); }
            """, new Dictionary<string, string> { ["dotnet_diagnostic.PG1034.severity"] = "none" }));
    }

    [Fact]
    public void Allow_empty_requests_option()
    {
        Assert.Empty(RuleTestHarness.LintRule(Id, """
            syntax = "proto3";
            package acme.v1;
            import "google/protobuf/empty.proto";
            message PingResponse {}
            service S { rpc Ping(google.protobuf.Empty) returns (PingResponse); }
            """, new Dictionary<string, string> { ["dotnet_diagnostic.PG1033.rpc_allow_google_protobuf_empty_requests"] = "true" }));
    }
}
