using System.Reflection;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Rules.Tests;

/// <summary>Diagnostic ids are defined once: Schema's ids are catalog rules, and each rule says which language it targets.</summary>
public sealed class RuleCatalogTests
{
    /// <summary>Every id constant that ProtoGuard.Schema declares (<c>PGxxxx</c>), wherever it is declared.</summary>
    public static TheoryData<string> SchemaIds() => new(DeclaredSchemaIds);

    private static IReadOnlyList<string> DeclaredSchemaIds => typeof(SchemaDiagnostic).Assembly.GetTypes()
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(constant => constant.IsLiteral && constant.FieldType == typeof(string))
            .Select(constant => (string)constant.GetRawConstantValue()!)
            .Where(value => System.Text.RegularExpressions.Regex.IsMatch(value, "^PG[0-9]{4}$"))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();

    [Theory]
    [MemberData(nameof(SchemaIds))]
    public void Every_Schema_id_is_a_Proto_rule_of_the_catalog(string id)
    {
        var rule = RuleCatalog.Find(id);
        Assert.NotNull(rule);
        Assert.Equal(RuleLanguage.Proto, rule.Language);
        Assert.False(rule.IsBreakingChange);
    }

    [Fact]
    public void Schema_declares_the_parse_and_link_ids()
    {
        Assert.Contains(SchemaDiagnosticIds.SyntaxError, DeclaredSchemaIds);
        Assert.Contains(Schema.Linking.LinkDiagnosticIds.InvalidTypeUsage, DeclaredSchemaIds);
    }

    [Theory]
    [InlineData("PG0999")]
    [InlineData(RuleIdentifiers.ClientCallWithoutDeadline)]
    public void An_id_from_Schema_that_is_not_a_Proto_rule_fails_loudly(string id)
    {
        var file = ProtoParser.Parse(SourceText.From("syntax = \"proto3\";\n", "a.proto"));
        var diagnostic = new SchemaDiagnostic(id, "something new", new TextSpan(0, 6), SchemaSeverity.Error);

        var exception = Assert.Throws<InvalidOperationException>(() => ProtoLinter.Lint(file, RuleOptions.Empty, new[] { diagnostic }));
        Assert.Contains("'" + id + "'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_known_Schema_id_is_reported_as_its_own_rule()
    {
        var file = ProtoParser.Parse(SourceText.From("syntax = \"proto3\";\n", "a.proto"));
        var diagnostic = new SchemaDiagnostic(Schema.Linking.LinkDiagnosticIds.ImportCycle, "cycle", new TextSpan(0, 6), SchemaSeverity.Error);

        var finding = Assert.Single(ProtoLinter.Lint(file, RuleOptions.Empty, new[] { diagnostic }), finding => finding.Rule.Id.StartsWith("PG0", StringComparison.Ordinal));
        Assert.Same(RuleCatalog.ImportCycle, finding.Rule);
    }

    [Fact]
    public void Languages_follow_what_the_rules_check()
    {
        Assert.All(RuleCatalog.All.Where(rule => rule.IsBreakingChange), rule => Assert.Equal(RuleLanguage.Proto, rule.Language));
        Assert.All(ProtoLinter.Rules, rule => Assert.Equal(RuleLanguage.Proto, rule.Descriptor.Language));
        Assert.Equal(RuleLanguage.CSharp, RuleCatalog.ClientCallWithoutDeadline.Language);
        Assert.Equal(RuleLanguage.CSharp, RuleCatalog.FieldMaskUnknownPath.Language);
        Assert.Equal(RuleLanguage.Proto, RuleCatalog.UnusedIgnore.Language);
    }

    [Fact]
    public void A_rule_defers_only_to_a_lint_rule_that_defers_to_none()
    {
        var deferring = RuleCatalog.All.Where(rule => rule.SupersededBy is not null).ToArray();

        Assert.Equal([RuleCatalog.UnusedImport], deferring);
        Assert.All(deferring, rule =>
        {
            var by = Assert.Single(ProtoLinter.Rules, candidate => candidate.Descriptor.Id == rule.SupersededBy).Descriptor;
            Assert.Equal(rule.Language, by.Language);
            Assert.Null(by.SupersededBy);
        });
    }
}
