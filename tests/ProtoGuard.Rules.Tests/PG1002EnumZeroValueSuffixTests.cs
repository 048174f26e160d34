namespace ProtoGuard.Rules.Tests;

public sealed class PG1002EnumZeroValueSuffixTests
{
    private const string Id = "PG1002";

    [Fact]
    public void Fires_on_every_zero_value_without_the_suffix_aliases_included()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            package acme.v1;
            enum Role {
              option allow_alias = true;
              [|ROLE_NONE|] = 0;
              ROLE_UNSPECIFIED = 0;
              ROLE_ADMIN = 1;
            }
            """,
            [["ROLE_NONE", "_UNSPECIFIED"]], new Dictionary<string, string> { ["dotnet_diagnostic.PG1002.severity"] = "warning" });
    }

    [Fact]
    public void Silent_when_the_zero_value_ends_with_the_suffix_without_the_enum_prefix()
    {
        Assert.Empty(RuleTestHarness.LintRule(Id, """
            syntax = "proto3";
            package acme.v1;
            enum Role { UNSPECIFIED_UNSPECIFIED = 0; ROLE_ADMIN = 1; }
            """, new Dictionary<string, string> { ["dotnet_diagnostic.PG1002.severity"] = "warning" }));
    }

    [Fact]
    public void The_suffix_option_changes_the_expected_suffix()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            package acme.v1;
            enum Role { [|ROLE_UNSPECIFIED|] = 0; }
            enum Kind { KIND_UNKNOWN = 0; }
            """,
            [["ROLE_UNSPECIFIED", "_UNKNOWN"]], new Dictionary<string, string> { ["dotnet_diagnostic.PG1002.severity"] = "warning", ["dotnet_diagnostic.PG1002.enum_zero_value_suffix"] = "_UNKNOWN" });
    }

    [Fact]
    public void Off_by_default_because_PG1001_reports_the_same_values()
    {
        Assert.Empty(RuleTestHarness.LintRule(Id, """
            syntax = "proto3";
            package acme.v1;
            enum Role { ROLE_NONE = 0; }
            """));
    }
}
