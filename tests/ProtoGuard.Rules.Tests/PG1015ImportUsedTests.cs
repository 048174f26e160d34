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

    private const string UnusedImport = "PG0013";

    /// <summary>PG0013 (protoc's warning) and PG1015 findings, as "id@start-end".</summary>
    private static string[] UnusedImportFindings(string text, IReadOnlyDictionary<string, string>? options = null) =>
        RuleTestHarness.Lint(text, options, "acme/v1/test.proto")
            .Where(finding => finding.Rule.Id is Id or UnusedImport)
            .Select(finding => $"{finding.Rule.Id}@{finding.Span.Start}-{finding.Span.End}")
            .ToArray();

    [Fact]
    public void Protocs_unused_import_warning_PG0013_defers_to_it_on_the_same_import()
    {
        var (text, spans) = ProtoMarkup.Parse("""
            syntax = "proto3";
            package acme.v1;
            [|import "google/protobuf/timestamp.proto";|]
            message M {}
            """);

        Assert.Equal([$"{Id}@{spans[0].Start}-{spans[0].End}"], UnusedImportFindings(text));
    }

    [Fact]
    public void With_it_off_PG0013_reports_the_unused_import_at_Info()
    {
        var (text, spans) = ProtoMarkup.Parse("""
            syntax = "proto3";
            package acme.v1;
            [|import "google/protobuf/timestamp.proto";|]
            message M {}
            """);
        var off = new Dictionary<string, string> { ["dotnet_diagnostic.PG1015.severity"] = "none" };

        Assert.Equal([$"{UnusedImport}@{spans[0].Start}-{spans[0].End}"], UnusedImportFindings(text, off));
        var finding = Assert.Single(RuleTestHarness.LintRule(UnusedImport, text, off, "acme/v1/test.proto"));
        Assert.Equal(Catalog.RuleSeverity.Info, finding.Severity);
        Assert.Equal("Import \"google/protobuf/timestamp.proto\" is unused; remove it", finding.Message);
    }

    [Fact]
    public void PG0013_still_reports_the_weak_import_it_does_not_check()
    {
        var (text, spans) = ProtoMarkup.Parse("""
            syntax = "proto3";
            package acme.v1;
            [|import weak "google/protobuf/timestamp.proto";|]
            [|import "google/protobuf/empty.proto";|]
            message M {}
            """);

        Assert.Equal([$"{UnusedImport}@{spans[0].Start}-{spans[0].End}", $"{Id}@{spans[1].Start}-{spans[1].End}"], UnusedImportFindings(text));
    }

    [Fact]
    public void A_buf_ignore_of_IMPORT_USED_silences_the_import_without_bringing_PG0013_back()
    {
        Assert.Empty(UnusedImportFindings("""
            syntax = "proto3";
            package acme.v1;
            // buf:lint:ignore IMPORT_USED
            import "google/protobuf/timestamp.proto";
            message M {}
            """));
    }

    [Fact]
    public void An_ignore_of_PG0013_on_an_import_it_reports_still_counts_as_used()
    {
        var findings = RuleTestHarness.Lint("""
            syntax = "proto3";
            package acme.v1;
            // protoguard:ignore PG0013 kept for the generated descriptor's consumers
            import "google/protobuf/timestamp.proto";
            message M {}
            """, path: "acme/v1/test.proto");

        Assert.Equal([Id], findings.Select(finding => finding.Rule.Id));
    }
}
