using System.Text.Json;
using ProtoGuard.Rules.Breaking;

namespace ProtoGuard.Rules.Tests.Breaking;

/// <summary>
/// The conformance suite: every before/after pair under testdata/breaking gives, per category, the same findings as
/// buf 1.75.0 — the same rules, at the same file and line, as often — so also the same verdict. buf's answers are
/// cached in each case's buf.json by build/buf-breaking-cache.sh (the only step that needs buf), so this runs offline.
/// Two location conventions differ and are mapped: a change without an element of its own in the new file (a deleted
/// top-level type, a removed file option) is shown at the package line, buf reports it at line 1; a deleted file or
/// package has no location in either (buf prints line 1 without a path).
/// </summary>
public sealed class BufConformanceTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var directory in Directory.EnumerateDirectories(BreakingTestSupport.CasesRoot).Order(StringComparer.Ordinal))
        {
            foreach (var category in BreakingCategory.All)
            {
                data.Add(Path.GetFileName(directory), category);
            }
        }

        return data;
    }

    [Fact]
    public void The_suite_has_at_least_70_pairs_and_every_rule_fires_in_each_of_its_categories()
    {
        var cases = Directory.EnumerateDirectories(BreakingTestSupport.CasesRoot).ToArray();
        Assert.True(cases.Length >= 70, $"only {cases.Length} cases");

        var seen = new HashSet<(string Rule, string Category)>();
        foreach (var directory in cases)
        {
            foreach (var (category, findings) in ReadBuf(directory))
            {
                foreach (var finding in findings)
                {
                    seen.Add((finding.Rule, category));
                }
            }
        }

        var missing = BreakingChecker.Rules
            .SelectMany(rule => rule.Categories.Select(category => (Rule: rule.Descriptor.BufEquivalent!, Category: category)))
            .Where(pair => !seen.Contains(pair))
            .Select(pair => pair.Rule + " in " + pair.Category)
            .ToArray();
        Assert.True(missing.Length == 0, "No case makes buf report: " + string.Join(", ", missing));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Findings_match_buf(string name, string category)
    {
        var directory = Path.Combine(BreakingTestSupport.CasesRoot, name);
        var expected = ReadBuf(directory)[category].Select(finding => finding.ToString()).Order(StringComparer.Ordinal).ToArray();

        var oldSchema = BreakingTestSupport.Shape(Path.Combine(directory, "before"));
        var newSchema = BreakingTestSupport.Shape(Path.Combine(directory, "after"));
        var actual = BreakingChecker.Check(oldSchema, newSchema, category)
            .Select(finding => new BufFinding(
                finding.BufRule,
                finding.Text == null ? null : finding.Path,
                finding.Text == null ? null : finding.IsFileLevel ? 1 : finding.Text.GetLinePosition(finding.Span.Start).Line + 1).ToString())
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(expected, actual);
    }

    internal sealed record BufFinding(string Rule, string? Path, int? Line)
    {
        public override string ToString() => $"{Rule} {Path ?? "-"}:{Line?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}";
    }

    internal static Dictionary<string, List<BufFinding>> ReadBuf(string directory)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "buf.json")));
        var result = new Dictionary<string, List<BufFinding>>(StringComparer.Ordinal);
        foreach (var category in document.RootElement.GetProperty("categories").EnumerateObject())
        {
            result[category.Name] = category.Value.EnumerateArray()
                .Select(finding => new BufFinding(
                    finding.GetProperty("rule").GetString()!,
                    finding.GetProperty("path").ValueKind == JsonValueKind.Null ? null : finding.GetProperty("path").GetString(),
                    finding.GetProperty("path").ValueKind == JsonValueKind.Null || finding.GetProperty("line").ValueKind == JsonValueKind.Null ? null : finding.GetProperty("line").GetInt32()))
                .ToList();
        }

        return result;
    }
}
