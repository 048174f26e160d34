namespace ProtoGuard.Rules.Tests;

public sealed class PG1034RpcResponseStandardNameTests
{
    private const string Id = "PG1034";

    private static readonly Dictionary<string, string> On = new() { ["dotnet_diagnostic.PG1034.severity"] = "warning" };

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
            [["User", "GetUserResponse", "UserServiceGetUserResponse"]], On);
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
            """, new Dictionary<string, string> { ["dotnet_diagnostic.PG1034.severity"] = "warning", ["dotnet_diagnostic.PG1034.rpc_allow_google_protobuf_empty_responses"] = "true" }));
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
