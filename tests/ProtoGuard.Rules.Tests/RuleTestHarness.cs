using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Rules.Tests;

internal static class RuleTestHarness
{
    public static IReadOnlyList<Finding> Lint(string text, IReadOnlyDictionary<string, string>? options = null, string path = "test.proto")
    {
        var parsed = ProtoParser.Parse(SourceText.From(text, path));
        Assert.Empty(parsed.Diagnostics);
        return ProtoLinter.Lint(parsed, options is null ? RuleOptions.Empty : new RuleOptions(options));
    }

    /// <summary>
    /// Asserts that rule <paramref name="ruleId"/> reports exactly at the marked spans with the given message
    /// arguments (one array per span, in span order), and returns its findings.
    /// </summary>
    public static IReadOnlyList<Finding> Verify(string ruleId, string markup, object?[][] expectedArguments, IReadOnlyDictionary<string, string>? options = null)
    {
        var (text, spans) = ProtoMarkup.Parse(markup);
        var findings = Lint(text, options).Where(f => f.Rule.Id == ruleId).OrderBy(f => f.Span.Start).ToArray();

        Assert.Equal(spans, findings.Select(f => f.Span).ToArray());
        Assert.Equal(expectedArguments.Length, findings.Length);
        for (var i = 0; i < findings.Length; i++)
        {
            Assert.Equal(expectedArguments[i], findings[i].MessageArguments);
        }

        return findings;
    }

    /// <summary>Applies the fix of the single finding of <paramref name="ruleId"/> and returns the new text.</summary>
    public static string ApplyFix(string ruleId, string text, IReadOnlyDictionary<string, string>? options = null)
    {
        var finding = Assert.Single(Lint(text, options), f => f.Rule.Id == ruleId);
        Assert.NotNull(finding.Fix);
        return TextEdit.Apply(text, finding.Fix!.Edits);
    }
}
