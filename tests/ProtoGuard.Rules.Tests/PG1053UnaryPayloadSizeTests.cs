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
}
