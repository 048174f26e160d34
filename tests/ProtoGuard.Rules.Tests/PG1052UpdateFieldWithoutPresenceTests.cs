namespace ProtoGuard.Rules.Tests;

public sealed class PG1052UpdateFieldWithoutPresenceTests
{
    private const string Id = "PG1052";

    [Fact]
    public void Fires_at_each_resource_field_without_presence_when_the_update_has_no_mask()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            package acme.v1;
            import "google/protobuf/wrappers.proto";
            enum Color { COLOR_RED = 0; COLOR_BLUE = 1; }
            enum Role { ROLE_UNSPECIFIED = 0; ROLE_ADMIN = 1; }
            message Address { string city = 1; }
            message User {
              string id = 1;
              int32 [|age|] = 2;
              optional string nickname = 3;
              google.protobuf.BoolValue active = 4;
              Address address = 5;
              repeated string tags = 6;
              Color [|color|] = 7;
              Role role = 8;
              oneof contact { string phone = 9; }
              bool [|verified|] = 10;
            }
            message UpdateUserRequest { User user = 1; }
            service UserService {
              rpc UpdateUser(UpdateUserRequest) returns (User);
            }
            """,
            [
                ["age", "User", "UpdateUser", "google.protobuf.Int32Value"],
                ["color", "User", "UpdateUser", "an enum whose zero value is <ENUM>_UNSPECIFIED"],
                ["verified", "User", "UpdateUser", "google.protobuf.BoolValue"],
            ]);
    }

    [Fact]
    public void A_flat_patch_request_is_checked_itself_except_its_identifier()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            package acme.v1;
            message Ack {}
            message PatchQuotaRequest {
              string name = 1;
              int64 [|limit|] = 2;
              string user_id = 3;
            }
            service QuotaService {
              rpc PatchQuota(PatchQuotaRequest) returns (Ack);
            }
            """,
            [["limit", "PatchQuotaRequest", "PatchQuota", "google.protobuf.Int64Value"]]);
    }

    [Fact]
    public void Silent_with_an_update_mask_for_streaming_and_for_other_verbs()
    {
        Assert.Empty(RuleTestHarness.LintRule(Id, """
            syntax = "proto3";
            package acme.v1;
            import "google/protobuf/field_mask.proto";
            message User { string id = 1; int32 age = 2; }
            message UpdateUserRequest { User user = 1; google.protobuf.FieldMask update_mask = 2; }
            message SetUserRequest { User user = 1; }
            service UserService {
              rpc UpdateUser(UpdateUserRequest) returns (User);
              rpc UpdateUsers(stream SetUserRequest) returns (User);
              rpc SetUser(SetUserRequest) returns (User);
            }
            """));
    }

    [Fact]
    public void Proto2_optional_fields_have_presence()
    {
        Assert.Empty(RuleTestHarness.LintRule(Id, """
            syntax = "proto2";
            package acme.v1;
            message User { optional string id = 1; optional int32 age = 2; }
            message UpdateUserRequest { optional User user = 1; }
            service UserService { rpc UpdateUser(UpdateUserRequest) returns (User); }
            """));
    }

    [Fact]
    public void Fix_marks_the_field_optional_and_the_result_relints_clean()
    {
        var fixedText = RuleTestHarness.ApplyFix(Id, """
            syntax = "proto3";
            package acme.v1;

            message User {
              string id = 1;
              // Age in years.
              int32 age = 2; // trailing comment
            }

            message UpdateUserRequest { User user = 1; }

            service UserService {
              rpc UpdateUser(UpdateUserRequest) returns (User);
            }
            """);

        Assert.Equal("""
            syntax = "proto3";
            package acme.v1;

            message User {
              string id = 1;
              // Age in years.
              optional int32 age = 2; // trailing comment
            }

            message UpdateUserRequest { User user = 1; }

            service UserService {
              rpc UpdateUser(UpdateUserRequest) returns (User);
            }
            """, fixedText);
        Assert.Empty(RuleTestHarness.LintRule(Id, fixedText));
        var finding = Assert.Single(RuleTestHarness.LintRule(Id, fixedText.Replace("optional int32", "int32", StringComparison.Ordinal)));
        Assert.Equal("Mark 'age' optional (same wire and JSON format; the generated code gains Has/Clear members)", finding.Fix!.Title);
    }

    private const string Update = """
        syntax = "proto3";
        package acme.v1;
        message User { string id = 1; int32 age = 2; }
        message UpdateUserRequest { User user = 1; }
        service UserService { rpc UpdateUser(UpdateUserRequest) returns (User); }
        """;

    [Fact]
    public void An_ignore_comment_on_the_field_suppresses_it()
    {
        Assert.DoesNotContain(RuleTestHarness.Lint("""
            syntax = "proto3";
            package acme.v1;
            message User {
              string id = 1;
              // protoguard:ignore PG1052 0 is not a valid age, so it means "unchanged"
              int32 age = 2;
            }
            message UpdateUserRequest { User user = 1; }
            service UserService { rpc UpdateUser(UpdateUserRequest) returns (User); }
            """, path: RuleTestHarness.ConfiguredPath), finding => finding.Rule.Id is Id or "PG1047");
    }

    [Fact]
    public void A_buf_yaml_leaves_it_on_as_buf_has_no_equivalent()
    {
        var options = RuleTestHarness.BufYaml("version: v2\nlint:\n  use: [MINIMAL]\n  except: [PACKAGE_DEFINED]\n");

        Assert.Equal("age", Assert.Single(RuleTestHarness.LintRule(Id, Update, options, RuleTestHarness.ConfiguredPath)).MessageArguments[0]);
    }

    [Fact]
    public void A_proto_section_severity_raises_it_or_turns_it_off()
    {
        var finding = Assert.Single(RuleTestHarness.LintRule(Id, Update, RuleTestHarness.ProtoSection("dotnet_diagnostic.PG1052.severity = error\n"), RuleTestHarness.ConfiguredPath));
        Assert.Equal(Catalog.RuleSeverity.Error, finding.Severity);
        Assert.Empty(RuleTestHarness.LintRule(Id, Update, RuleTestHarness.ProtoSection("dotnet_diagnostic.PG1052.severity = none\n"), RuleTestHarness.ConfiguredPath));
    }
}
