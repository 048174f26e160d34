using ProtoGuard.Rules.Configuration;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema;
using ProtoGuard.Schema.Linking;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Rules.Tests;

internal static class RuleTestHarness
{
    /// <summary>Parses and links <paramref name="text"/> as <paramref name="path"/> and returns every finding (PG0xxx included).</summary>
    public static IReadOnlyList<Finding> Lint(string text, IReadOnlyDictionary<string, string>? options = null, string path = "test.proto") =>
        LintFiles(new Dictionary<string, string> { [path] = text }, options)[path];

    /// <summary>The findings of one rule only.</summary>
    public static IReadOnlyList<Finding> LintRule(string ruleId, string text, IReadOnlyDictionary<string, string>? options = null, string path = "test.proto") =>
        Lint(text, options, path).Where(f => f.Rule.Id == ruleId).ToArray();

    /// <summary>Links the files (import path → text) together and lints each with the others as its scope.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<Finding>> LintFiles(IReadOnlyDictionary<string, string> files, IReadOnlyDictionary<string, string>? options = null)
    {
        var parsed = files.ToDictionary(pair => pair.Key, pair => ProtoParser.Parse(SourceText.From(pair.Value, pair.Key)), StringComparer.Ordinal);
        Assert.All(parsed.Values, file => Assert.Empty(file.Diagnostics));
        var compilation = ProtoCompilation.Create(parsed, _ => null);
        var linked = parsed.Keys.Select(path => compilation.GetFile(path)!).ToArray();
        var scope = new LintScope(linked);
        var ruleOptions = options is null ? RuleOptions.Empty : new RuleOptions(options);
        return linked.ToDictionary(file => file.Name, file => ProtoLinter.Lint(file.Parsed, ruleOptions, null, file, scope), StringComparer.Ordinal);
    }

    /// <summary>
    /// Asserts that rule <paramref name="ruleId"/> reports exactly at the marked spans with the given message
    /// arguments (one array per span, in span order), and returns its findings.
    /// </summary>
    public static IReadOnlyList<Finding> Verify(string ruleId, string markup, object?[][] expectedArguments, IReadOnlyDictionary<string, string>? options = null, string path = "test.proto")
    {
        var (text, spans) = ProtoMarkup.Parse(markup);
        var findings = LintRule(ruleId, text, options, path).OrderBy(f => f.Span.Start).ToArray();

        Assert.Equal(spans, findings.Select(f => f.Span).ToArray());
        Assert.Equal(expectedArguments.Length, findings.Length);
        for (var i = 0; i < findings.Length; i++)
        {
            Assert.Equal(expectedArguments[i], findings[i].MessageArguments);
        }

        return findings;
    }

    /// <summary>The path the configuration helpers below resolve their options for, as a file under /repo.</summary>
    public const string ConfiguredPath = "acme/v1/test.proto";

    /// <summary>
    /// The options that an .editorconfig at /repo with a <c>[*.proto]</c> section holding <paramref name="section"/>
    /// gives <see cref="ConfiguredPath"/>, resolved as the analyzers and the CLI resolve them.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ProtoSection(string section) =>
        new EditorConfigSet([EditorConfigFile.Parse("/repo/.editorconfig", "root = true\n\n[*.proto]\n" + section)]).GetProperties("/repo/" + ConfiguredPath);

    /// <summary>The options that <paramref name="yaml"/>, a buf.yaml at /repo, gives <see cref="ConfiguredPath"/>.</summary>
    public static IReadOnlyDictionary<string, string> BufYaml(string yaml) =>
        BufConfig.Parse("/repo/buf.yaml", yaml)!.OptionsFor("/repo/" + ConfiguredPath);

    /// <summary>Applies the fix of the single finding of <paramref name="ruleId"/> and returns the new text.</summary>
    public static string ApplyFix(string ruleId, string text, IReadOnlyDictionary<string, string>? options = null)
    {
        var finding = Assert.Single(LintRule(ruleId, text, options));
        Assert.NotNull(finding.Fix);
        return TextEdit.Apply(text, finding.Fix!.Edits);
    }
}
