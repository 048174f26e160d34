namespace ProtoGuard.Rules.Tests;

public sealed class PG1053UnaryPayloadSizeTests
{
    private const string Id = "PG1053";

    [Fact]
    public void Fires_at_bytes_and_repeated_message_fields_of_unary_requests_and_responses()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            package acme.v1;
            message Photo { string id = 1; }
            message UploadPhotosRequest {
              string album = 1;
              repeated Photo [|photos|] = 2;
              bytes [|cover|] = 3;
              repeated string tags = 4;
              map<string, Photo> by_id = 5;
            }
            message ExportResponse { repeated bytes [|chunks|] = 1; }
            message ExportRequest { string album = 1; }
            service AlbumService {
              rpc UploadPhotos(UploadPhotosRequest) returns (ExportRequest);
              rpc Export(ExportRequest) returns (ExportResponse);
            }
            """,
            [
                ["photos", "UploadPhotosRequest", "repeated Photo", "UploadPhotos"],
                ["cover", "UploadPhotosRequest", "bytes", "UploadPhotos"],
                ["chunks", "ExportResponse", "repeated bytes", "Export"],
            ]);
    }

    [Fact]
    public void Silent_for_streaming_rpcs_paginated_responses_and_unused_messages()
    {
        Assert.Empty(RuleTestHarness.LintRule(Id, """
            syntax = "proto3";
            package acme.v1;
            message Photo { string id = 1; bytes data = 2; }
            message Chunk { bytes data = 1; }
            message ListPhotosRequest { int32 page_size = 1; string page_token = 2; }
            message ListPhotosResponse { repeated Photo photos = 1; string next_page_token = 2; }
            message Unused { bytes blob = 1; }
            service AlbumService {
              rpc ListPhotos(ListPhotosRequest) returns (ListPhotosResponse);
              rpc Download(ListPhotosRequest) returns (stream Chunk);
              rpc Upload(stream Chunk) returns (ListPhotosRequest);
            }
            """));
    }

    [Fact]
    public void A_message_used_by_several_rpcs_is_reported_once()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            package acme.v1;
            message Blob { bytes [|data|] = 1; }
            service BlobService {
              rpc Put(Blob) returns (Blob);
              rpc Echo(Blob) returns (Blob);
            }
            """,
            [["data", "Blob", "bytes", "Put"]]);
    }

    [Fact]
    public void Is_Info_by_default()
    {
        var finding = Assert.Single(RuleTestHarness.LintRule(Id, "syntax = \"proto3\";\nmessage B { bytes data = 1; }\nservice S { rpc Put(B) returns (B); }\n"));
        Assert.Equal(Catalog.RuleSeverity.Info, finding.Severity);
    }

    [Fact]
    public void Batch_responses_are_bounded_by_the_items_their_request_lists()
    {
        // AIP-231 BatchGet (names), a BatchGet by ids, AIP-233 BatchCreate and AIP-234 BatchUpdate (one request per
        // item): one result per listed item. A client can still put more than 4 MB of items in a batch request.
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            package acme.v1;
            message Book { string name = 1; }
            message BatchGetBooksRequest { string parent = 1; repeated string names = 2; }
            message BatchGetBooksResponse { repeated Book books = 1; }
            message BatchGetShelvesRequest { repeated string shelf_ids = 1; }
            message BatchGetShelvesResponse { repeated Book books = 1; }
            message CreateBookRequest { string parent = 1; Book book = 2; }
            message BatchCreateBooksRequest { string parent = 1; repeated CreateBookRequest [|requests|] = 2; }
            message BatchCreateBooksResponse { repeated Book books = 1; }
            message UpdateBookRequest { Book book = 1; }
            message BatchUpdateBooksRequest { repeated UpdateBookRequest [|requests|] = 1; }
            message BatchUpdateBooksResponse { repeated Book books = 1; }
            service Library {
              rpc BatchGetBooks(BatchGetBooksRequest) returns (BatchGetBooksResponse);
              rpc BatchGetShelves(BatchGetShelvesRequest) returns (BatchGetShelvesResponse);
              rpc BatchCreateBooks(BatchCreateBooksRequest) returns (BatchCreateBooksResponse);
              rpc BatchUpdateBooks(BatchUpdateBooksRequest) returns (BatchUpdateBooksResponse);
            }
            """,
            [
                ["requests", "BatchCreateBooksRequest", "repeated CreateBookRequest", "BatchCreateBooks"],
                ["requests", "BatchUpdateBooksRequest", "repeated UpdateBookRequest", "BatchUpdateBooks"],
            ]);
    }

    [Fact]
    public void A_response_is_not_bounded_by_a_request_that_lists_no_items_nor_by_a_name_that_is_not_a_batch()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            package acme.v1;
            message Book { string name = 1; }
            message BatchGetBooksRequest { string parent = 1; repeated string fields = 2; }
            message BatchGetBooksResponse { repeated Book [|books|] = 1; }
            message GetBooksRequest { repeated string names = 1; }
            message GetBooksResponse { repeated Book [|books|] = 1; }
            message BatchelorRequest { repeated string names = 1; }
            message BatchelorResponse { repeated Book [|books|] = 1; }
            message BatchExportRequest { repeated string names = 1; }
            message BatchExportResponse { repeated Book books = 1; bytes [|archive|] = 2; }
            service Library {
              rpc BatchGetBooks(BatchGetBooksRequest) returns (BatchGetBooksResponse);
              rpc GetBooks(GetBooksRequest) returns (GetBooksResponse);
              rpc Batchelor(BatchelorRequest) returns (BatchelorResponse);
              rpc BatchExport(BatchExportRequest) returns (BatchExportResponse);
            }
            """,
            [
                ["books", "BatchGetBooksResponse", "repeated Book", "BatchGetBooks"],
                ["books", "GetBooksResponse", "repeated Book", "GetBooks"],
                ["books", "BatchelorResponse", "repeated Book", "Batchelor"],
                ["archive", "BatchExportResponse", "bytes", "BatchExport"],
            ]);
    }

    private const string Upload = """
        syntax = "proto3";
        package acme.v1;
        message Blob { bytes data = 1; }
        service BlobService { rpc Put(Blob) returns (Blob); }
        """;

    [Fact]
    public void An_ignore_comment_on_the_field_suppresses_it()
    {
        Assert.DoesNotContain(RuleTestHarness.Lint("""
            syntax = "proto3";
            package acme.v1;
            message Blob {
              // protoguard:ignore PG1053 blobs are limited to 256 KB by the server
              bytes data = 1;
            }
            service BlobService { rpc Put(Blob) returns (Blob); }
            """, path: RuleTestHarness.ConfiguredPath), finding => finding.Rule.Id is Id or "PG1047");
    }

    [Fact]
    public void A_buf_yaml_leaves_it_on_as_buf_has_no_equivalent()
    {
        var options = RuleTestHarness.BufYaml("version: v2\nlint:\n  use: [MINIMAL]\n  except: [PACKAGE_DEFINED]\n");

        Assert.Single(RuleTestHarness.LintRule(Id, Upload, options, RuleTestHarness.ConfiguredPath));
    }

    [Fact]
    public void A_proto_section_severity_raises_it_or_turns_it_off()
    {
        var finding = Assert.Single(RuleTestHarness.LintRule(Id, Upload, RuleTestHarness.ProtoSection("dotnet_diagnostic.PG1053.severity = warning\n"), RuleTestHarness.ConfiguredPath));
        Assert.Equal(Catalog.RuleSeverity.Warning, finding.Severity);
        Assert.Empty(RuleTestHarness.LintRule(Id, Upload, RuleTestHarness.ProtoSection("dotnet_diagnostic.PG1053.severity = none\n"), RuleTestHarness.ConfiguredPath));
    }
}
