namespace ProtoGuard.Rules.Tests;

public sealed class PG1042CommentServiceTests
{
    private const string Id = "PG1042";

    [Fact]
    public void Fires_on_a_service_without_a_leading_comment_when_enabled()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            package acme.v1;
            [|service S {}|]
            """,
            [["S"]], new Dictionary<string, string> { ["dotnet_diagnostic.PG1042.severity"] = "warning" });
    }

    [Fact]
    public void Off_by_default()
    {
        Assert.Empty(RuleTestHarness.LintRule(Id, """
            syntax = "proto3";
            package acme.v1;
            service PingService {}
            """));
    }
}
