namespace ProtoGuard.Rules.Tests;

public sealed class PG1043RpcNoClientStreamingTests
{
    private const string Id = "PG1043";

    [Fact]
    public void Fires_on_a_client_streaming_rpc_when_enabled()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            package acme.v1;
            message UploadRequest {}
            message UploadResponse {}
            service S {
              [|rpc Upload(stream UploadRequest) returns (UploadResponse);|]
            }
            """,
            [["Upload"]], new Dictionary<string, string> { ["dotnet_diagnostic.PG1043.severity"] = "warning" });
    }

    [Fact]
    public void Off_by_default()
    {
        Assert.Empty(RuleTestHarness.LintRule(Id, """
            syntax = "proto3";
            package acme.v1;
            message UploadRequest {}
            message UploadResponse {}
            service UploadService { rpc Upload(stream UploadRequest) returns (UploadResponse); }
            """));
    }
}
