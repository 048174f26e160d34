using System.Text;
using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Tests;

/// <summary>
/// The README's rule table and the header of every docs/rules/PGxxxx.md page are generated from the catalog.
/// These tests fail when either is out of date; run them with PROTOGUARD_UPDATE_DOCS=1 to rewrite both.
/// </summary>
public sealed class DocumentationTests
{
    private const string HeaderBegin = "<!-- header:begin -->";
    private const string HeaderEnd = "<!-- header:end -->";
    private const string TableBegin = "<!-- rules-table:begin -->";
    private const string TableEnd = "<!-- rules-table:end -->";

    private static bool Update => Environment.GetEnvironmentVariable("PROTOGUARD_UPDATE_DOCS") == "1";

    public static TheoryData<string> RuleIds => new(RuleCatalog.All.Select(rule => rule.Id));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_has_a_doc_page_with_a_generated_header(string id)
    {
        var rule = RuleCatalog.Find(id)!;
        var path = Path.Combine(RepositoryRoot, "docs", "rules", id + ".md");
        Assert.True(File.Exists(path), $"docs/rules/{id}.md is missing");

        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.StartsWith($"# {id}: {rule.Title}\n", text, StringComparison.Ordinal);
        foreach (var section in new[] { "## Summary", "## Why", "## Options", "## How to fix", "## How to suppress", "## Equivalents" })
        {
            Assert.Contains("\n" + section + "\n", text, StringComparison.Ordinal);
        }

        AssertGenerated(path, text, HeaderBegin, HeaderEnd, Header(rule));
    }

    [Fact]
    public void Readme_rule_table_lists_every_rule()
    {
        var path = Path.Combine(RepositoryRoot, "README.md");
        AssertGenerated(path, File.ReadAllText(path).ReplaceLineEndings("\n"), TableBegin, TableEnd, Table());
    }

    [Fact]
    public void Help_links_point_at_the_rule_pages()
    {
        Assert.All(RuleCatalog.All, rule => Assert.Equal(RuleIdentifiers.HelpUriBase + rule.Id + ".md", rule.HelpUri));
    }

    [Fact]
    public void Ids_are_unique_well_formed_and_titles_have_no_trailing_period()
    {
        Assert.Equal(RuleCatalog.All.Count, RuleCatalog.All.Select(rule => rule.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(RuleCatalog.All, rule =>
        {
            Assert.Matches("^PG[0-4][0-9]{3}$", rule.Id);
            Assert.False(rule.Title.EndsWith('.'), rule.Id + " title ends with a period");
            Assert.Same(rule, RuleCatalog.Find(rule.Id));
        });
    }

    private static string Header(RuleDescriptor rule)
    {
        var builder = new StringBuilder();
        builder.Append("| Property | Value |\n|---|---|\n");
        builder.Append($"| Id | {rule.Id} |\n");
        builder.Append($"| Category | {rule.Category.Replace("ProtoGuard.", string.Empty, StringComparison.Ordinal)} |\n");
        builder.Append($"| Default severity | {rule.DefaultSeverity} |\n");
        builder.Append($"| Enabled by default | {(rule.IsEnabledByDefault ? "Yes" : "No")} |\n");
        builder.Append($"| Code fix | {(rule.HasCodeFix ? "Yes" : "No")} |\n");
        builder.Append($"| buf | {Code(rule.BufEquivalent)} |\n");
        builder.Append($"| api-linter | {Code(rule.ApiLinterEquivalent)} |\n");
        return builder.ToString();
    }

    private static string Table()
    {
        var builder = new StringBuilder();
        builder.Append("| Id | Title | Category | Severity | Fix | buf | api-linter |\n|---|---|---|---|---|---|---|\n");
        foreach (var rule in RuleCatalog.All)
        {
            builder.Append($"| [{rule.Id}](docs/rules/{rule.Id}.md) | {rule.Title.Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)} | ");
            builder.Append($"{rule.Category.Replace("ProtoGuard.", string.Empty, StringComparison.Ordinal)} | {rule.DefaultSeverity} | {(rule.HasCodeFix ? "Yes" : "")} | ");
            builder.Append($"{Code(rule.BufEquivalent)} | {Code(rule.ApiLinterEquivalent)} |\n");
        }

        return builder.ToString();
    }

    private static string Code(string? value) => value is null ? "—" : "`" + value + "`";

    private static void AssertGenerated(string path, string text, string begin, string end, string generated)
    {
        var start = text.IndexOf(begin, StringComparison.Ordinal);
        var stop = text.IndexOf(end, StringComparison.Ordinal);
        Assert.True(start >= 0 && stop > start, $"{path} lacks the markers {begin} ... {end}");

        var current = text.Substring(start + begin.Length, stop - start - begin.Length);
        var expected = "\n" + generated;
        if (current == expected)
        {
            return;
        }

        if (Update)
        {
            File.WriteAllText(path, text[..(start + begin.Length)] + expected + text[stop..]);
            return;
        }

        Assert.Fail($"{path} is out of date with the rule catalog; run the tests with PROTOGUARD_UPDATE_DOCS=1.\nExpected:\n{expected}\nActual:\n{current}");
    }

    private static string RepositoryRoot => RepositoryPaths.Root;
}
