namespace ProtoGuard.Rules.Tests;

public sealed class PG1036CommentEnumTests
{
    private const string Id = "PG1036";

    [Fact]
    public void Fires_on_an_enum_without_a_leading_comment_when_enabled()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            package acme.v1;
            [|enum Kind { KIND_UNSPECIFIED = 0; }|]
            // Documented.
            enum Color { COLOR_UNSPECIFIED = 0; }
            """,
            [["Kind"]], new Dictionary<string, string> { ["dotnet_diagnostic.PG1036.severity"] = "warning" });
    }

    [Fact]
    public void A_buf_ignore_line_is_not_documentation()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            package acme.v1;
            // buf:lint:ignore ENUM_PASCAL_CASE
            [|enum Kind { KIND_UNSPECIFIED = 0; }|]
            """,
            [["Kind"]], new Dictionary<string, string> { ["dotnet_diagnostic.PG1036.severity"] = "warning" });
    }

    [Fact]
    public void Off_by_default()
    {
        Assert.Empty(RuleTestHarness.LintRule(Id, """
            syntax = "proto3";
            package acme.v1;
            enum Kind { KIND_UNSPECIFIED = 0; }
            """));
    }
}
