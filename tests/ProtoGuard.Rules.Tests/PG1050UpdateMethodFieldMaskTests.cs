namespace ProtoGuard.Rules.Tests;

public sealed class PG1050UpdateMethodFieldMaskTests
{
    private const string Id = "PG1050";

    [Fact]
    public void Fires_on_an_update_rpc_whose_request_has_no_field_mask()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            package acme.v1;
            message User { string id = 1; int32 age = 2; }
            message UpdateUserRequest { User user = 1; }
            service UserService {
              rpc [|UpdateUser|](UpdateUserRequest) returns (User);
            }
            """,
            [["UpdateUser", "UpdateUserRequest"]]);
    }

    [Fact]
    public void Silent_when_the_request_carries_a_field_mask()
    {
        Assert.Empty(RuleTestHarness.LintRule(Id, """
            syntax = "proto3";
            package acme.v1;
            import "google/protobuf/field_mask.proto";
            message User { string id = 1; }
            message UpdateUserRequest { User user = 1; google.protobuf.FieldMask update_mask = 2; }
            service UserService {
              rpc UpdateUser(UpdateUserRequest) returns (User);
            }
            """));
    }

    [Fact]
    public void Fix_adds_the_field_and_the_import_and_keeps_comments_and_blank_lines()
    {
        var fixedText = RuleTestHarness.ApplyFix(Id, """
            syntax = "proto3";

            package acme.v1;

            // A user.
            message User { string id = 1; }

            // Updates a user.
            message UpdateUserRequest {
              // The new values.
              User user = 1;
            }

            service UserService {
              rpc UpdateUser(UpdateUserRequest) returns (User);
            }
            """);

        Assert.Equal("""
            syntax = "proto3";

            package acme.v1;

            import "google/protobuf/field_mask.proto";

            // A user.
            message User { string id = 1; }

            // Updates a user.
            message UpdateUserRequest {
              // The new values.
              User user = 1;
              google.protobuf.FieldMask update_mask = 2;
            }

            service UserService {
              rpc UpdateUser(UpdateUserRequest) returns (User);
            }
            """, fixedText);
        Assert.Empty(RuleTestHarness.LintRule(Id, fixedText));
    }
}
