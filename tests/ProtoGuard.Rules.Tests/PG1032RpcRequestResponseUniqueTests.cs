namespace ProtoGuard.Rules.Tests;

public sealed class PG1032RpcRequestResponseUniqueTests
{
    private const string Id = "PG1032";

    private static readonly Dictionary<string, string> On = new() { ["dotnet_diagnostic.PG1032.severity"] = "warning" };

    [Fact]
    public void Fires_on_every_rpc_sharing_a_message()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            package acme.v1;
            message User {}
            message GetUserRequest {}
            message UpdateUserRequest {}
            service UserService {
              [|rpc GetUser(GetUserRequest) returns (User);|]
              [|rpc UpdateUser(UpdateUserRequest) returns (User);|]
            }
            """,
            [["acme.v1.User"], ["acme.v1.User"]], On);
    }

    [Fact]
    public void Fires_on_the_same_request_and_response_unless_allowed()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            package acme.v1;
            message Ping {}
            service PingService {
              [|rpc Echo(Ping) returns (Ping);|]
            }
            """,
            [["acme.v1.Ping"]], On);
    }

    [Fact]
    public void Allow_same_request_response_option()
    {
        Assert.Empty(RuleTestHarness.LintRule(Id, """
            syntax = "proto3";
            package acme.v1;
            message Ping {}
            service PingService {
              rpc Echo(Ping) returns (Ping);
            }
            """, new Dictionary<string, string> { ["dotnet_diagnostic.PG1032.severity"] = "warning", ["dotnet_diagnostic.PG1032.rpc_allow_same_request_response"] = "true" }));
    }

    [Fact]
    public void Allow_empty_requests_option_allows_only_requests()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            package acme.v1;
            import "google/protobuf/empty.proto";
            message AResponse {}
            message BResponse {}
            message CRequest {}
            message DRequest {}
            service S {
              rpc A(google.protobuf.Empty) returns (AResponse);
              rpc B(google.protobuf.Empty) returns (BResponse);
              [|rpc C(CRequest) returns (google.protobuf.Empty);|]
              [|rpc D(DRequest) returns (google.protobuf.Empty);|]
            }
            """,
            [["google.protobuf.Empty"], ["google.protobuf.Empty"]], new Dictionary<string, string> { ["dotnet_diagnostic.PG1032.severity"] = "warning", ["dotnet_diagnostic.PG1032.rpc_allow_google_protobuf_empty_requests"] = "true" });
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
