using System.Text;
using System.Text.RegularExpressions;
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

    /// <summary>An option key in prose, a table or an ini block (not a file name such as protoguard.baseline.txt).</summary>
    private static readonly Regex OptionKey = new(@"(?:dotnet_diagnostic\.PG[0-9]{4}|protoguard)\.[a-z_]+(?![\w.])", RegexOptions.CultureInvariant);

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

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_doc_page_lists_exactly_the_options_its_rule_declares(string id)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot, "docs", "rules", id + ".md")).ReplaceLineEndings("\n");
        Assert.Empty(OptionsSectionProblems(RuleCatalog.Find(id)!, text));
    }

    [Fact]
    public void A_renamed_option_key_in_a_doc_page_is_reported()
    {
        var rule = RuleCatalog.ClientCallWithoutDeadline;
        var text = File.ReadAllText(Path.Combine(RepositoryRoot, "docs", "rules", rule.Id + ".md")).ReplaceLineEndings("\n");
        Assert.Empty(OptionsSectionProblems(rule, text));

        var renamed = text.Replace("dotnet_diagnostic.PG3001.exempt_streaming", "dotnet_diagnostic.PG3001.exempt_streams", StringComparison.Ordinal);

        Assert.Equal(
            new[]
            {
                "PG3001: the Options section does not document 'dotnet_diagnostic.PG3001.exempt_streaming'",
                "PG3001: the Options section documents 'dotnet_diagnostic.PG3001.exempt_streams', which no rule declares",
            },
            OptionsSectionProblems(rule, renamed));
    }

    [Fact]
    public void A_rule_option_missing_from_the_catalog_is_reported()
    {
        var rule = RuleCatalog.EnumZeroValueUnspecified;
        var text = File.ReadAllText(Path.Combine(RepositoryRoot, "docs", "rules", rule.Id + ".md")).ReplaceLineEndings("\n");

        var withUndeclared = text.Replace("## How to fix", "`dotnet_diagnostic.PG1001.prefix` (default `true`)\n\n## How to fix", StringComparison.Ordinal);

        Assert.Equal(
            new[] { "PG1001: the Options section documents 'dotnet_diagnostic.PG1001.prefix', which no rule declares" },
            OptionsSectionProblems(rule, withUndeclared));
    }

    [Fact]
    public void Option_keys_are_named_after_their_rule_and_unique()
    {
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var option in RuleCatalog.All.SelectMany(rule => rule.Options).Distinct())
        {
            Assert.True(keys.Add(option.Key), option.Key + " is declared twice");
            Assert.All(option.Aliases, alias => Assert.True(keys.Add(alias), alias + " is declared twice"));
            Assert.False(string.IsNullOrWhiteSpace(option.Description), option.Key + " has no description");
        }

        foreach (var rule in RuleCatalog.All)
        {
            Assert.All(rule.Options, option => Assert.True(
                option.Key.StartsWith("dotnet_diagnostic." + rule.Id + ".", StringComparison.Ordinal)
                    || (option.Key.StartsWith("protoguard.", StringComparison.Ordinal) && RuleCatalog.All.Count(other => other.Options.Contains(option)) > 1),
                $"{rule.Id}: option '{option.Key}' is neither named after the rule nor shared by several rules"));
        }
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

    /// <summary>
    /// The keys the page's Options section mentions (<c>dotnet_diagnostic.PGxxxx.name</c> other than <c>severity</c>,
    /// and <c>protoguard.name</c>) against the rule's declared options: every declared key must be documented, and
    /// every documented key must be declared by some rule (as key or alias).
    /// </summary>
    internal static IReadOnlyList<string> OptionsSectionProblems(RuleDescriptor rule, string pageText)
    {
        var start = pageText.IndexOf("\n## Options\n", StringComparison.Ordinal);
        if (start < 0)
        {
            return new[] { rule.Id + ": the page has no Options section" };
        }

        var next = pageText.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = next < 0 ? pageText[start..] : pageText[start..next];
        var documented = OptionKey.Matches(section).Select(match => match.Value)
            .Where(key => !key.EndsWith(".severity", StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);
        var known = RuleCatalog.All.SelectMany(other => other.Options).SelectMany(option => option.Aliases.Prepend(option.Key)).ToHashSet(StringComparer.Ordinal);

        var problems = new List<string>();
        problems.AddRange(rule.Options.Where(option => !documented.Contains(option.Key))
            .Select(option => $"{rule.Id}: the Options section does not document '{option.Key}'"));
        problems.AddRange(documented.Where(key => !known.Contains(key)).Order(StringComparer.Ordinal)
            .Select(key => $"{rule.Id}: the Options section documents '{key}', which no rule declares"));
        return problems;
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
