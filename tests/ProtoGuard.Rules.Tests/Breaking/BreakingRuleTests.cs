using ProtoGuard.Rules.Breaking;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;

namespace ProtoGuard.Rules.Tests.Breaking;

/// <summary>What a finding says, where it points, and the fixes it carries (buf agreement is BufConformanceTests).</summary>
public sealed class BreakingRuleTests
{
    private const string Before = """
        syntax = "proto3";
        package acme.v1;
        message User {
          string id = 1;
          string email = 4;
        }
        """;

    private const string After = """
        syntax = "proto3";
        package acme.v1;
        message User {
          string id = 1;
        }
        """;

    [Fact]
    public void A_deleted_field_is_reported_at_its_message_with_the_reserved_statements_as_a_fix()
    {
        var finding = Assert.Single(BreakingChecker.Check(BreakingTestSupport.ShapeOf(Before), BreakingTestSupport.ShapeOf(After)));

        Assert.Equal(RuleIdentifiers.FieldNoDelete, finding.Rule.Id);
        Assert.Equal("acme/v1/a.proto(3,9): error PG2032: Field 4 'email' was deleted from message 'User'; old clients still send and read it, and its generated accessors disappear; keep the field and deprecate it, or delete it and reserve it: 'reserved 4; reserved \"email\";'", finding.ToString());
        var fix = Assert.IsType<ProtoFix>(finding.Fix);
        var fixedText = TextEdit.Apply(After, fix.Edits);
        Assert.Equal("""
            syntax = "proto3";
            package acme.v1;
            message User {
              reserved 4;
              reserved "email";
              string id = 1;
            }
            """, fixedText);
        Assert.Empty(BreakingChecker.Check(BreakingTestSupport.ShapeOf(Before), BreakingTestSupport.ShapeOf(fixedText), BreakingCategory.WireJson));
    }

    [Fact]
    public void Under_WIRE_only_the_number_must_be_reserved()
    {
        var finding = Assert.Single(BreakingChecker.Check(BreakingTestSupport.ShapeOf(Before), BreakingTestSupport.ShapeOf(After), BreakingCategory.Wire));

        Assert.Equal(RuleIdentifiers.FieldNoDeleteUnlessNumberReserved, finding.Rule.Id);
        Assert.EndsWith("add 'reserved 4;'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Editions_reserve_names_as_identifiers()
    {
        var before = "edition = \"2023\";\npackage p;\nenum Color {\n  COLOR_UNSPECIFIED = 0;\n  COLOR_RED = 1;\n}\n";
        var after = "edition = \"2023\";\npackage p;\nenum Color {\n  COLOR_UNSPECIFIED = 0;\n}\n";

        var finding = Assert.Single(BreakingChecker.Check(BreakingTestSupport.ShapeOf(before), BreakingTestSupport.ShapeOf(after)));

        Assert.Equal(RuleIdentifiers.EnumValueNoDelete, finding.Rule.Id);
        Assert.Equal("edition = \"2023\";\npackage p;\nenum Color {\n  reserved 1;\n  reserved COLOR_RED;\n  COLOR_UNSPECIFIED = 0;\n}\n", TextEdit.Apply(after, finding.Fix!.Edits));
    }

    [Fact]
    public void A_type_change_points_at_the_new_type_and_names_both_types()
    {
        var finding = Assert.Single(BreakingChecker.Check(
            BreakingTestSupport.ShapeOf("syntax = \"proto3\";\nmessage M {\n  int32 count = 1;\n}\n"),
            BreakingTestSupport.ShapeOf("syntax = \"proto3\";\nmessage M {\n  string count = 1;\n}\n")));

        Assert.Equal(RuleIdentifiers.FieldSameType, finding.Rule.Id);
        Assert.Equal("int32", finding.MessageArguments[3]);
        Assert.Equal("string", finding.MessageArguments[4]);
        Assert.Equal("string", finding.Text!.ToString().Substring(finding.Span.Start, finding.Span.Length));
    }

    [Fact]
    public void A_deleted_top_level_message_is_shown_at_the_package_line()
    {
        var finding = Assert.Single(BreakingChecker.Check(
            BreakingTestSupport.ShapeOf("syntax = \"proto3\";\npackage acme.v1;\nmessage A {}\nmessage B {}\n"),
            BreakingTestSupport.ShapeOf("syntax = \"proto3\";\npackage acme.v1;\nmessage A {}\n")));

        Assert.Equal(RuleIdentifiers.MessageNoDelete, finding.Rule.Id);
        Assert.True(finding.IsFileLevel);
        Assert.Equal("acme.v1", finding.Text!.ToString().Substring(finding.Span.Start, finding.Span.Length));
    }

    [Fact]
    public void Every_rule_is_in_the_catalog_with_its_buf_id_and_categories()
    {
        Assert.Equal(64, BreakingChecker.Rules.Count);
        Assert.Equal(BreakingRuleCatalog.All.Select(rule => rule.Id), BreakingChecker.Rules.Select(rule => rule.Descriptor.Id));
        Assert.All(BreakingChecker.Rules, rule =>
        {
            Assert.StartsWith("PG2", rule.Descriptor.Id, StringComparison.Ordinal);
            Assert.NotNull(rule.Descriptor.BufEquivalent);
            Assert.NotEmpty(rule.Categories);
            Assert.StartsWith(rule.Descriptor.Id, rule.GetType().Name, StringComparison.Ordinal);
        });
    }
}
