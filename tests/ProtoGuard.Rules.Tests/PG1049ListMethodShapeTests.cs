namespace ProtoGuard.Rules.Tests;

public sealed class PG1049ListMethodShapeTests
{
    private const string Id = "PG1049";

    [Fact]
    public void Fires_on_a_list_rpc_without_pagination()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            package acme.v1;
            message User { string id = 1; }
            message ListUsersRequest { string filter = 1; }
            message ListUsersResponse { int32 total = 1; repeated User users = 2; }
            service UserService {
              rpc [|ListUsers|](ListUsersRequest) returns (ListUsersResponse);
            }
            """,
            [["ListUsers", "'int32 page_size' in ListUsersRequest, 'string page_token' in ListUsersRequest, a repeated field of results as the first field of ListUsersResponse, 'string next_page_token' in ListUsersResponse"]]);
    }

    [Fact]
    public void Silent_on_the_AIP_158_shape_and_on_streaming_lists()
    {
        Assert.Empty(RuleTestHarness.LintRule(Id, """
            syntax = "proto3";
            package acme.v1;
            message User { string id = 1; }
            message ListUsersRequest { int32 page_size = 1; string page_token = 2; }
            message ListUsersResponse { repeated User users = 1; string next_page_token = 2; }
            message StreamUsersRequest {}
            service UserService {
              rpc ListUsers(ListUsersRequest) returns (ListUsersResponse);
              rpc ListUsersStream(StreamUsersRequest) returns (stream User);
            }
            """));
    }
}
