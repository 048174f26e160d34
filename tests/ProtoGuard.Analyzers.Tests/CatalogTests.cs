using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ProtoGuard.Analyzers;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Tests.Infrastructure;

namespace ProtoGuard.Analyzers.Tests;

/// <summary>The analyzers, the rule catalog, the release-tracking files and the docs agree with each other.</summary>
public sealed class CatalogTests
{
    private static readonly IReadOnlyList<DiagnosticAnalyzer> Analyzers = typeof(DiagnosticDescriptors).Assembly.GetTypes()
        .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .OrderBy(type => type.FullName, StringComparer.Ordinal)
        .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
        .ToArray();

    private static readonly IReadOnlyList<DiagnosticDescriptor> Descriptors = Analyzers
        .SelectMany(analyzer => analyzer.SupportedDiagnostics)
        .ToArray();

    public static TheoryData<string> AnalyzerDiagnosticIds() => new(Descriptors.Select(descriptor => descriptor.Id).Distinct().Order(StringComparer.Ordinal));

    /// <summary>
    /// The ids whose doc page must exist now: every id an analyzer in this assembly reports, and every C# rule's id.
    /// Pages for catalog ids without an analyzer yet (.proto rules) are checked once their analyzers land.
    /// </summary>
    public static TheoryData<string> DocumentedIds() => new(
        Descriptors.Select(descriptor => descriptor.Id)
            .Concat(RuleCatalog.All.Where(rule => rule.Language == RuleLanguage.CSharp).Select(rule => rule.Id))
            .Distinct()
            .Order(StringComparer.Ordinal));

    /// <summary>
    /// The package's props cannot read the catalog, so the id list is verified here; run the tests with
    /// PROTOGUARD_UPDATE_DOCS=1 to rewrite it from the catalog (as for the docs).
    /// </summary>
    [Fact]
    public void The_package_props_list_every_catalog_id_for_ProtoGuardWarningsNotAsErrors()
    {
        var path = Path.Combine(ProtoGuard.Tests.RepositoryPaths.Root, "build", "ProtoGuard.props");
        var props = File.ReadAllText(path);
        var match = Regex.Match(props, "<ProtoGuardDiagnosticIds>([^<]*)</ProtoGuardDiagnosticIds>");
        Assert.True(match.Success, "build/ProtoGuard.props lacks <ProtoGuardDiagnosticIds>");
        var expected = string.Join(";", RuleCatalog.All.Select(rule => rule.Id).Order(StringComparer.Ordinal));
        if (match.Groups[1].Value != expected && Environment.GetEnvironmentVariable("PROTOGUARD_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, props[..match.Groups[1].Index] + expected + props[(match.Groups[1].Index + match.Groups[1].Length)..]);
            return;
        }

        Assert.Equal(expected, match.Groups[1].Value);
    }

    [Fact]
    public void Each_rule_is_reported_by_the_analyzers_of_its_language()
    {
        var protoIds = new ProtoGuard.Analyzers.Proto.ProtoFileAnalyzer().SupportedDiagnostics.Select(descriptor => descriptor.Id).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(RuleCatalog.All.Where(rule => rule.Language == RuleLanguage.Proto).Select(rule => rule.Id).Order(StringComparer.Ordinal), protoIds.Order(StringComparer.Ordinal));

        foreach (var analyzer in Analyzers.Where(analyzer => analyzer is not ProtoGuard.Analyzers.Proto.ProtoFileAnalyzer))
        {
            foreach (var descriptor in analyzer.SupportedDiagnostics)
            {
                Assert.True(
                    RuleCatalog.Find(descriptor.Id)?.Language == RuleLanguage.CSharp,
                    $"{analyzer.GetType().Name} reports {descriptor.Id}, whose catalog entry does not say 'language: RuleLanguage.CSharp'");
            }
        }
    }

    [Fact]
    public void TheAssemblyHasAnalyzers() =>
        Assert.Contains(Analyzers, analyzer => analyzer.GetType().Name.StartsWith(RuleIdentifiers.ClientCallWithoutDeadline, StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(AnalyzerDiagnosticIds))]
    public void Descriptor_IsBuiltFromTheCatalog(string id)
    {
        var rule = RuleCatalog.Find(id);
        Assert.NotNull(rule);
        foreach (var descriptor in Descriptors.Where(descriptor => descriptor.Id == id))
        {
            Assert.Equal(rule.HelpUri, descriptor.HelpLinkUri);
            Assert.Equal(RuleIdentifiers.GetHelpUri(id), descriptor.HelpLinkUri);
            Assert.Equal(rule.Title, descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(rule.MessageFormat, descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(rule.Description, descriptor.Description.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(rule.Category, descriptor.Category);
            Assert.Equal((int)rule.DefaultSeverity, (int)descriptor.DefaultSeverity);
            Assert.Equal(rule.IsEnabledByDefault, descriptor.IsEnabledByDefault);
        }
    }

    [Fact]
    public void CSharpAnalyzers_AreNamedAfterTheirOneRule()
    {
        foreach (var analyzer in Analyzers.Where(analyzer => analyzer.GetType().Namespace == "ProtoGuard.Analyzers.CSharp"))
        {
            var descriptor = Assert.Single(analyzer.SupportedDiagnostics);
            Assert.StartsWith(descriptor.Id, analyzer.GetType().Name, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(DocumentedIds))]
    public void Rule_HasADocPageTitledFromTheCatalog(string id)
    {
        var path = Path.Combine(RepositoryPaths.Root, "docs", "rules", id + ".md");
        Assert.True(File.Exists(path), "Missing doc page " + path);
        var rule = RuleCatalog.Find(id);
        Assert.NotNull(rule);
        Assert.Equal($"# {id}: {rule.Title}", File.ReadLines(path).First());
    }

    /// <summary>
    /// Release tracking (RS2000-RS2008) cannot see descriptors built from the catalog, so this test does its job:
    /// every reported id is listed with its category and severity, and every listed new rule is reported.
    /// </summary>
    [Fact]
    public void ReleaseTrackingFiles_ListEveryRuleWithItsCategoryAndSeverity()
    {
        var directory = Path.Combine(RepositoryPaths.Root, "src", "ProtoGuard.Analyzers");
        var entries = ReadReleaseEntries(Path.Combine(directory, "AnalyzerReleases.Shipped.md"))
            .Concat(ReadReleaseEntries(Path.Combine(directory, "AnalyzerReleases.Unshipped.md")))
            .ToArray();

        foreach (var descriptor in Descriptors)
        {
            // The last entry wins: a rule shipped once and changed later is listed again under "Changed Rules".
            var matching = entries.Where(entry => entry.Id == descriptor.Id).ToArray();
            Assert.True(matching.Length > 0, $"{descriptor.Id} is not listed in AnalyzerReleases.Shipped.md or AnalyzerReleases.Unshipped.md");
            Assert.Equal(descriptor.Category, matching[^1].Category);
            Assert.Equal(descriptor.DefaultSeverity.ToString(), matching[^1].Severity);
        }

        var reported = Descriptors.Select(descriptor => descriptor.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in ReadReleaseEntries(Path.Combine(directory, "AnalyzerReleases.Unshipped.md")))
        {
            Assert.True(reported.Contains(entry.Id), $"{entry.Id} is listed in AnalyzerReleases.Unshipped.md but no analyzer reports it");
        }
    }

    private static IEnumerable<(string Id, string Category, string Severity)> ReadReleaseEntries(string path) =>
        File.ReadLines(path)
            .Select(line => Regex.Match(line, @"^\s*(PG\d{4})\s*\|\s*([^|]*?)\s*\|\s*([^|]*?)\s*\|"))
            .Where(match => match.Success)
            .Select(match => (match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value));
}
