namespace ProtoGuard.Rules.Tests;

public sealed class PG1014ImportNoPublicTests
{
    private const string Id = "PG1014";

    [Fact]
    public void Fires_on_a_public_import()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            package acme.v1;
            [|import public "google/protobuf/empty.proto";|]
            """,
            [["google/protobuf/empty.proto"]]);
    }

    [Fact]
    public void Silent_on_a_plain_import()
    {
        Assert.Empty(RuleTestHarness.LintRule(Id, """
            syntax = "proto3";
            package acme.v1;
            import "google/protobuf/empty.proto";
            message M { google.protobuf.Empty e = 1; }
            """, null));
    }
}
