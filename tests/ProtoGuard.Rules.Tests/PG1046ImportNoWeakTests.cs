namespace ProtoGuard.Rules.Tests;

public sealed class PG1046ImportNoWeakTests
{
    private const string Id = "PG1046";

    [Fact]
    public void Fires_on_a_weak_import_when_enabled()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            package acme.v1;
            [|import weak "google/protobuf/empty.proto";|]
            """,
            [["google/protobuf/empty.proto"]], new Dictionary<string, string> { ["dotnet_diagnostic.PG1046.severity"] = "warning" });
    }

    [Fact]
    public void Off_by_default()
    {
        Assert.Empty(RuleTestHarness.LintRule(Id, """
            syntax = "proto3";
            package acme.v1;
            import weak "google/protobuf/empty.proto";
            """));
    }
}
