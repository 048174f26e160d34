namespace ProtoGuard.Rules.Tests;

public sealed class PG1033RpcRequestStandardNameTests
{
    private const string Id = "PG1033";

    private static readonly Dictionary<string, string> On = new() { ["dotnet_diagnostic.PG1033.severity"] = "warning" };

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
            [["UserQuery", "GetUserRequest", "UserServiceGetUserRequest"]], On);
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
            """, new Dictionary<string, string> { ["dotnet_diagnostic.PG1033.severity"] = "warning", ["dotnet_diagnostic.PG1034.severity"] = "none" }));
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
            """, new Dictionary<string, string> { ["dotnet_diagnostic.PG1033.severity"] = "warning", ["dotnet_diagnostic.PG1033.rpc_allow_google_protobuf_empty_requests"] = "true" }));
    }

    [Fact]
    public void Off_by_default_in_the_recommended_preset_and_on_in_strict()
    {
        // Off by default: it contradicts the .NET layout or the guide's AIP-style services (see the rule's page).
        Assert.False(Catalog.RuleCatalog.Find(Id)!.IsEnabledByDefault);
        Assert.Null(Engine.RuleOptions.Empty.GetSeverity(Catalog.RuleCatalog.Find(Id)!));
        Assert.Equal(Catalog.RuleSeverity.Warning, new Engine.RuleOptions(new Dictionary<string, string> { ["protoguard.preset"] = "strict" }).GetSeverity(Catalog.RuleCatalog.Find(Id)!));
    }
}
