namespace ProtoGuard.Rules.Tests;

public sealed class PG1001EnumZeroValueUnspecifiedTests
{
    private const string Id = "PG1001";

    [Fact]
    public void Fires_on_a_top_level_enum_whose_zero_value_is_a_real_value()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            enum UserRole {
              [|USER_ROLE_ADMIN|] = 0;
              USER_ROLE_MEMBER = 1;
            }
            """,
            [["USER_ROLE_ADMIN", "USER_ROLE_UNSPECIFIED"]]);
    }

    [Fact]
    public void Fires_on_enums_nested_in_messages_at_any_depth()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            message Outer {
              enum State { [|ACTIVE|] = 0; }
              message Inner {
                enum HTTPStatus { [|OK|] = 0; NOT_FOUND = 1; }
              }
            }
            """,
            [["ACTIVE", "STATE_UNSPECIFIED"], ["OK", "HTTP_STATUS_UNSPECIFIED"]]);
    }

    [Fact]
    public void Message_names_the_value_and_the_expected_name()
    {
        var finding = Assert.Single(RuleTestHarness.LintRule(Id, """
            syntax = "proto3";
            enum UserRole { ROLE_ADMIN = 0; }
            """));

        Assert.Equal("Enum value 'ROLE_ADMIN' is 0; name the zero value 'USER_ROLE_UNSPECIFIED'", finding.Message);
        Assert.Equal("test.proto(2,17): warning PG1001: Enum value 'ROLE_ADMIN' is 0; name the zero value 'USER_ROLE_UNSPECIFIED'", finding.ToString());
    }

    [Fact]
    public void Silent_on_the_correct_form()
    {
        Assert.Empty(RuleTestHarness.LintRule(Id, """
            syntax = "proto3";
            enum UserRole {
              USER_ROLE_UNSPECIFIED = 0;
              USER_ROLE_ADMIN = 1;
            }
            message M { enum Kind { KIND_UNSPECIFIED = 0; KIND_A = 1; } }
            """));
    }

    [Fact]
    public void Silent_when_one_alias_of_zero_has_the_expected_name()
    {
        Assert.Empty(RuleTestHarness.LintRule(Id, """
            syntax = "proto3";
            enum Color {
              option allow_alias = true;
              COLOR_UNSPECIFIED = 0;
              COLOR_DEFAULT = 0;
              COLOR_RED = 1;
            }
            """));
    }

    [Fact]
    public void Reports_only_the_first_zero_alias_when_none_is_right()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            enum Color {
              option allow_alias = true;
              [|COLOR_DEFAULT|] = 0;
              COLOR_NONE = 0;
            }
            """,
            [["COLOR_DEFAULT", "COLOR_UNSPECIFIED"]]);
    }

    [Fact]
    public void Silent_on_a_proto2_enum_without_a_zero_value()
    {
        Assert.Empty(RuleTestHarness.LintRule(Id, """
            syntax = "proto2";
            enum Level { LEVEL_LOW = 1; LEVEL_HIGH = 2; }
            """));
    }

    [Fact]
    public void Suffix_option_changes_the_expected_name()
    {
        var options = new Dictionary<string, string> { ["dotnet_diagnostic.PG1001.suffix"] = "_UNKNOWN" };

        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            enum Mode { [|MODE_UNSPECIFIED|] = 0; }
            enum Kind { KIND_UNKNOWN = 0; }
            """,
            [["MODE_UNSPECIFIED", "MODE_UNKNOWN"]],
            options);
    }

    [Fact]
    public void Require_enum_prefix_false_accepts_any_name_with_the_suffix()
    {
        var options = new Dictionary<string, string> { ["dotnet_diagnostic.PG1001.require_enum_prefix"] = "false" };

        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            enum UserRole { ROLE_UNSPECIFIED = 0; }
            enum Kind { [|KIND_DEFAULT|] = 0; }
            """,
            [["KIND_DEFAULT", "KIND_UNSPECIFIED"]],
            options);
    }

    [Fact]
    public void Severity_none_turns_the_rule_off_and_error_raises_it()
    {
        const string text = """
            syntax = "proto3";
            enum UserRole { ROLE_ADMIN = 0; }
            """;

        Assert.Empty(RuleTestHarness.LintRule(Id, text, new Dictionary<string, string> { ["dotnet_diagnostic.PG1001.severity"] = "none" }));
        var finding = Assert.Single(RuleTestHarness.LintRule(Id, text, new Dictionary<string, string> { ["dotnet_diagnostic.PG1001.severity"] = "error" }));
        Assert.Equal(Catalog.RuleSeverity.Error, finding.Severity);
    }

    [Fact]
    public void Fix_renames_the_zero_value_and_touches_nothing_else()
    {
        var fixedText = RuleTestHarness.ApplyFix(Id, """
            syntax = "proto3";
            enum UserRole {
              ROLE_ADMIN = 0; // the admin
              USER_ROLE_MEMBER = 1;
            }
            """);

        Assert.Equal("""
            syntax = "proto3";
            enum UserRole {
              USER_ROLE_UNSPECIFIED = 0; // the admin
              USER_ROLE_MEMBER = 1;
            }
            """, fixedText);
        Assert.Empty(RuleTestHarness.LintRule(Id, fixedText));
    }

    [Fact]
    public void No_fix_when_the_expected_name_is_already_taken()
    {
        var finding = Assert.Single(RuleTestHarness.LintRule(Id, """
            syntax = "proto3";
            enum UserRole {
              ROLE_ADMIN = 0;
              USER_ROLE_UNSPECIFIED = 1;
            }
            """));

        Assert.Null(finding.Fix);
    }

    [Theory]
    [InlineData("UserRole", "USER_ROLE")]
    [InlineData("HTTPStatus", "HTTP_STATUS")]
    [InlineData("V2Api", "V2_API")]
    [InlineData("State", "STATE")]
    [InlineData("already_snake", "ALREADY_SNAKE")]
    [InlineData("ABC", "ABC")]
    [InlineData("getHTTPResponseCode", "GET_HTTP_RESPONSE_CODE")]
    public void Upper_snake_case_of_enum_names(string name, string expected)
    {
        Assert.Equal(expected, Lint.ProtoNaming.ToUpperSnakeCase(name));
    }
}
