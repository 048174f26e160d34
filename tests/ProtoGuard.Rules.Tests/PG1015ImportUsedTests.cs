namespace ProtoGuard.Rules.Tests;

public sealed class PG1015ImportUsedTests
{
    private const string Id = "PG1015";

    [Fact]
    public void Fires_on_an_import_nothing_uses()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            package acme.v1;
            [|import "google/protobuf/timestamp.proto";|]
            message M {}
            """,
            [["google/protobuf/timestamp.proto"]]);
    }

    [Fact]
    public void Silent_when_a_field_an_rpc_or_an_option_uses_the_import()
    {
        Assert.Empty(RuleTestHarness.LintRule(Id, """
            syntax = "proto3";
            package acme.v1;
            import "google/protobuf/timestamp.proto";
            import "google/protobuf/empty.proto";
            import "google/protobuf/descriptor.proto";
            extend google.protobuf.FieldOptions { string note = 50000; }
            message M { google.protobuf.Timestamp at = 1; }
            service S { rpc Ping(google.protobuf.Empty) returns (google.protobuf.Empty); }
            """, null));
    }

    [Fact]
    public void Fix_removes_the_import_line_and_keeps_the_rest()
    {
        var fixedText = RuleTestHarness.ApplyFix(Id, """
            syntax = "proto3";
            package acme.v1;

            import "google/protobuf/timestamp.proto";
            import "google/protobuf/empty.proto";

            // M.
            message M { google.protobuf.Empty e = 1; }
            """);

        Assert.Equal("""
            syntax = "proto3";
            package acme.v1;

            import "google/protobuf/empty.proto";

            // M.
            message M { google.protobuf.Empty e = 1; }
            """, fixedText);
        Assert.Empty(RuleTestHarness.LintRule(Id, fixedText));
    }
}
