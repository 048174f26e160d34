namespace ProtoGuard.Rules.Tests;

public sealed class PG1034RpcResponseStandardNameTests
{
    private const string Id = "PG1034";

    [Fact]
    public void Fires_on_a_response_not_named_after_its_rpc()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            package acme.v1;
            message GetUserRequest {}
            message User {}
            service UserService { rpc GetUser(GetUserRequest) returns ([|User|]); }
            """,
            [["User", "GetUserResponse", "UserServiceGetUserResponse"]]);
    }

    [Fact]
    public void Silent_on_the_standard_name()
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
    public void Allow_empty_responses_option()
    {
        Assert.Empty(RuleTestHarness.LintRule(Id, """
            syntax = "proto3";
            package acme.v1;
            import "google/protobuf/empty.proto";
            message PingRequest {}
            service S { rpc Ping(PingRequest) returns (google.protobuf.Empty); }
            """, new Dictionary<string, string> { ["dotnet_diagnostic.PG1034.rpc_allow_google_protobuf_empty_responses"] = "true" }));
    }
}
