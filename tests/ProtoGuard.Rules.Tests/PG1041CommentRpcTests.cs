namespace ProtoGuard.Rules.Tests;

public sealed class PG1041CommentRpcTests
{
    private const string Id = "PG1041";

    [Fact]
    public void Fires_on_an_rpc_without_a_leading_comment_when_enabled()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            package acme.v1;
            message PingRequest {}
            message PingResponse {}
            // S.
            service S {
              [|rpc Ping(PingRequest) returns (PingResponse);|]
            }
            """,
            [["Ping"]], new Dictionary<string, string> { ["dotnet_diagnostic.PG1041.severity"] = "warning" });
    }

    [Fact]
    public void Off_by_default()
    {
        Assert.Empty(RuleTestHarness.LintRule(Id, """
            syntax = "proto3";
            package acme.v1;
            message PingRequest {}
            message PingResponse {}
            service PingService { rpc Ping(PingRequest) returns (PingResponse); }
            """));
    }
}
