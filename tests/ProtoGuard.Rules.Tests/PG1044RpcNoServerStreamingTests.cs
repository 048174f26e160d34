namespace ProtoGuard.Rules.Tests;

public sealed class PG1044RpcNoServerStreamingTests
{
    private const string Id = "PG1044";

    [Fact]
    public void Fires_on_a_server_streaming_rpc_when_enabled()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            package acme.v1;
            message WatchRequest {}
            message WatchResponse {}
            service S {
              [|rpc Watch(WatchRequest) returns (stream WatchResponse);|]
            }
            """,
            [["Watch"]], new Dictionary<string, string> { ["dotnet_diagnostic.PG1044.severity"] = "warning" });
    }

    [Fact]
    public void Off_by_default()
    {
        Assert.Empty(RuleTestHarness.LintRule(Id, """
            syntax = "proto3";
            package acme.v1;
            message WatchRequest {}
            message WatchResponse {}
            service WatchService { rpc Watch(WatchRequest) returns (stream WatchResponse); }
            """));
    }
}
