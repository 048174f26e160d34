namespace ProtoGuard.Rules.Tests;

public sealed class PG1054StandardMethodShapeTests
{
    private const string Id = "PG1054";
    private static readonly Dictionary<string, string> Enabled = new() { ["dotnet_diagnostic.PG1054.severity"] = "warning" };

    private const string Resource = """
        syntax = "proto3";
        package acme.v1;
        import "google/protobuf/empty.proto";
        message Book { string name = 1; string title = 2; }

        """;

    [Fact]
    public void Fires_on_get_create_and_delete_rpcs_that_miss_their_AIP_shapes()
    {
        RuleTestHarness.Verify(Id, Resource + """
            message GetBookRequest { string id = 1; }
            message GetBookResponse { Book book = 1; }
            message CreateBookRequest { string title = 1; }
            message CreateBookResponse { Book book = 1; }
            message DeleteBookRequest { string name = 1; }
            message DeleteBookResponse {}
            service Library {
              rpc [|GetBook|](GetBookRequest) returns (GetBookResponse);
              rpc [|CreateBook|](CreateBookRequest) returns (CreateBookResponse);
              rpc [|DeleteBook|](DeleteBookRequest) returns (DeleteBookResponse);
            }
            """,
            [
                ["GetBook", "131", "'string name' in GetBookRequest, 'Book' as the response instead of 'GetBookResponse'"],
                ["CreateBook", "133", "a 'Book' field in CreateBookRequest, 'Book' as the response instead of 'CreateBookResponse'"],
                ["DeleteBook", "135", "'google.protobuf.Empty' as the response instead of 'DeleteBookResponse'"],
            ],
            Enabled);
    }

    [Fact]
    public void Silent_on_the_AIP_shapes_and_on_other_verbs_and_streaming()
    {
        Assert.Empty(RuleTestHarness.LintRule(Id, Resource + """
            message GetBookRequest { string name = 1; }
            message CreateBookRequest { string parent = 1; Book book = 2; }
            message DeleteBookRequest { string name = 1; }
            message ArchiveBookRequest { string id = 1; }
            message Getaway { string id = 1; }
            service Library {
              rpc GetBook(GetBookRequest) returns (Book);
              rpc CreateBook(CreateBookRequest) returns (Book);
              rpc DeleteBook(DeleteBookRequest) returns (google.protobuf.Empty);
              rpc ArchiveBook(ArchiveBookRequest) returns (Book);
              rpc Getaway(Getaway) returns (Getaway);
              rpc GetBooks(stream GetBookRequest) returns (stream Book);
            }
            """, Enabled));
    }

    [Fact]
    public void Soft_delete_may_return_the_resource()
    {
        Assert.Empty(RuleTestHarness.LintRule(Id, Resource + """
            message DeleteBookRequest { string name = 1; }
            service Library { rpc DeleteBook(DeleteBookRequest) returns (Book); }
            """, Enabled));
    }

    [Fact]
    public void The_identifier_field_option_accepts_the_guides_id()
    {
        const string Guide = """
            syntax = "proto3";
            package myservice.v1;
            message User { string id = 1; }
            message GetUserRequest { string id = 1; }
            service UserService { rpc [|GetUser|](GetUserRequest) returns (User); }
            """;

        RuleTestHarness.Verify(Id, Guide, [["GetUser", "131", "'string name' in GetUserRequest"]], Enabled);
        Assert.Empty(RuleTestHarness.LintRule(Id, Guide.Replace("[|", string.Empty, StringComparison.Ordinal).Replace("|]", string.Empty, StringComparison.Ordinal),
            new Dictionary<string, string>(Enabled) { ["dotnet_diagnostic.PG1054.identifier_field"] = "id" }));
    }

    [Fact]
    public void Off_by_default_and_on_in_the_strict_preset()
    {
        const string Text = """
            syntax = "proto3";
            package acme.v1;
            message Book { string name = 1; }
            message GetBookRequest { string id = 1; }
            service Library { rpc GetBook(GetBookRequest) returns (Book); }
            """;

        Assert.Empty(RuleTestHarness.LintRule(Id, Text));
        Assert.Single(RuleTestHarness.LintRule(Id, Text, new Dictionary<string, string> { ["protoguard.preset"] = "strict" }));
    }

    private const string GetById = """
        syntax = "proto3";
        package acme.v1;
        message Book { string id = 1; }
        message GetBookRequest { string id = 1; }
        service Library { rpc GetBook(GetBookRequest) returns (Book); }
        """;

    [Fact]
    public void An_ignore_comment_on_the_rpc_suppresses_it()
    {
        Assert.DoesNotContain(RuleTestHarness.Lint("""
            syntax = "proto3";
            package acme.v1;
            message Book { string name = 1; }
            message GetBookRequest { string id = 1; }
            service Library {
              // protoguard:ignore PG1054 books are looked up by their catalog id
              rpc GetBook(GetBookRequest) returns (Book);
            }
            """, Enabled, RuleTestHarness.ConfiguredPath), finding => finding.Rule.Id is Id or "PG1047");
    }

    [Fact]
    public void A_buf_yaml_does_not_turn_it_on_as_buf_has_no_equivalent()
    {
        var options = RuleTestHarness.BufYaml("version: v2\nlint:\n  use: [STANDARD, COMMENTS, UNARY_RPC]\n");

        Assert.Empty(RuleTestHarness.LintRule(Id, GetById, options, RuleTestHarness.ConfiguredPath));
    }

    [Fact]
    public void A_proto_section_severity_turns_it_on_with_its_identifier_field_option()
    {
        var finding = Assert.Single(RuleTestHarness.LintRule(Id, GetById, RuleTestHarness.ProtoSection("dotnet_diagnostic.PG1054.severity = error\n"), RuleTestHarness.ConfiguredPath));
        Assert.Equal(Catalog.RuleSeverity.Error, finding.Severity);
        Assert.Empty(RuleTestHarness.LintRule(Id, GetById, RuleTestHarness.ProtoSection("dotnet_diagnostic.PG1054.severity = error\ndotnet_diagnostic.PG1054.identifier_field = id\n"), RuleTestHarness.ConfiguredPath));
        Assert.Empty(RuleTestHarness.LintRule(Id, GetById, RuleTestHarness.ProtoSection("dotnet_diagnostic.PG1054.severity = none\n"), RuleTestHarness.ConfiguredPath));
    }
}
