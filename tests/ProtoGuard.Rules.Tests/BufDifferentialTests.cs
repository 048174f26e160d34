using System.Collections.Concurrent;
using System.IO.Compression;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Linking;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Rules.Tests;

/// <summary>
/// The buf-equivalent rules against buf 1.75.0 itself, over the googleapis corpus (npm google-proto-files@6.0.1):
/// for every buf rule, the set of (file, line, rule) ProtoGuard reports equals buf's. buf's answer is cached in
/// testdata/buf (refreshed by build/buf-lint-corpus.sh, which runs buf from npm); CI never runs buf.
/// Known differences are listed in <see cref="KnownDifferences"/>, each with the reason.
/// </summary>
public sealed class BufDifferentialTests
{
    /// <summary>
    /// (finding as "path:line:RULE", "+" when only ProtoGuard reports it / "-" when only buf does, why).
    /// At most 10, each a buf behaviour shown by a minimal example in the reason.
    /// </summary>
    private static readonly (string Finding, char Side, string Reason)[] KnownDifferences =
    [
    ];

    private static readonly Lazy<Corpus> LintedCorpus = new(Corpus.Lint);

    /// <summary>buf's STANDARD category (MINIMAL and BASIC included) without PROTOVALIDATE, as `buf config ls-lint-rules` lists it.</summary>
    private static readonly string[] StandardRules =
    [
        "DIRECTORY_SAME_PACKAGE", "PACKAGE_DEFINED", "PACKAGE_DIRECTORY_MATCH", "PACKAGE_NO_IMPORT_CYCLE", "PACKAGE_SAME_DIRECTORY",
        "ENUM_FIRST_VALUE_ZERO", "ENUM_NO_ALLOW_ALIAS", "ENUM_PASCAL_CASE", "ENUM_VALUE_UPPER_SNAKE_CASE", "FIELD_LOWER_SNAKE_CASE",
        "FIELD_NOT_REQUIRED", "IMPORT_NO_PUBLIC", "IMPORT_USED", "MESSAGE_PASCAL_CASE", "ONEOF_LOWER_SNAKE_CASE",
        "PACKAGE_LOWER_SNAKE_CASE", "PACKAGE_SAME_CSHARP_NAMESPACE", "PACKAGE_SAME_GO_PACKAGE", "PACKAGE_SAME_JAVA_MULTIPLE_FILES",
        "PACKAGE_SAME_JAVA_PACKAGE", "PACKAGE_SAME_PHP_NAMESPACE", "PACKAGE_SAME_RUBY_PACKAGE", "PACKAGE_SAME_SWIFT_PREFIX",
        "RPC_PASCAL_CASE", "SERVICE_PASCAL_CASE", "SYNTAX_SPECIFIED", "ENUM_VALUE_PREFIX", "ENUM_ZERO_VALUE_SUFFIX",
        "FILE_LOWER_SNAKE_CASE", "PACKAGE_VERSION_SUFFIX", "RPC_REQUEST_RESPONSE_UNIQUE", "RPC_REQUEST_STANDARD_NAME",
        "RPC_RESPONSE_STANDARD_NAME", "SERVICE_SUFFIX",
    ];

    private static readonly string[] CommentsAndUnaryRpcRules =
    [
        "COMMENT_ENUM", "COMMENT_ENUM_VALUE", "COMMENT_FIELD", "COMMENT_MESSAGE", "COMMENT_ONEOF", "COMMENT_RPC", "COMMENT_SERVICE",
        "RPC_NO_CLIENT_STREAMING", "RPC_NO_SERVER_STREAMING",
    ];

    [Fact]
    public void Standard_rules_agree_with_buf_on_googleapis() => AssertAgreement("standard.txt.gz", "STANDARD", StandardRules);

    [Fact]
    public void Comments_and_unary_rpc_rules_agree_with_buf_on_googleapis() => AssertAgreement("comments_unary.txt.gz", "COMMENTS+UNARY_RPC", CommentsAndUnaryRpcRules);

    [Fact]
    public void Every_rule_of_the_compared_categories_has_exactly_one_equivalent()
    {
        foreach (var bufRule in StandardRules.Concat(CommentsAndUnaryRpcRules))
        {
            Assert.Single(RuleCatalog.All, rule => rule.BufEquivalent == bufRule);
        }
    }

    private static void AssertAgreement(string cacheFile, string label, string[] bufRuleIds)
    {
        var expected = ReadBuf(cacheFile);
        var bufRules = bufRuleIds.ToHashSet(StringComparer.Ordinal);
        Assert.All(expected, finding => Assert.Contains(RuleOf(finding), bufRules));
        var actual = LintedCorpus.Value.Findings.Where(finding => bufRules.Contains(RuleOf(finding))).ToHashSet(StringComparer.Ordinal);
        var known = KnownDifferences.ToDictionary(d => d.Side + d.Finding, d => d.Reason, StringComparer.Ordinal);

        var onlyOurs = actual.Except(expected).Where(f => !known.ContainsKey("+" + f)).OrderBy(f => f, StringComparer.Ordinal).ToArray();
        var onlyBuf = expected.Except(actual).Where(f => !known.ContainsKey("-" + f)).OrderBy(f => f, StringComparer.Ordinal).ToArray();
        var report = string.Join("\n", bufRules.OrderBy(r => r, StringComparer.Ordinal).Select(rule =>
        {
            var ours = actual.Count(f => RuleOf(f) == rule);
            var theirs = expected.Count(f => RuleOf(f) == rule);
            var shared = actual.Count(f => RuleOf(f) == rule && expected.Contains(f));
            return $"{rule}: ours {ours}, buf {theirs}, shared {shared}";
        }));
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "protoguard-buf-diff-" + label.Replace('+', '_') + ".txt"),
            report + "\n\nonly ProtoGuard:\n" + string.Join("\n", onlyOurs) + "\n\nonly buf:\n" + string.Join("\n", onlyBuf) + "\n");
        Assert.True(
            onlyOurs.Length == 0 && onlyBuf.Length == 0,
            $"{label}: {onlyOurs.Length} findings only ProtoGuard reports, {onlyBuf.Length} only buf reports.\n{report}\n" +
            "only ProtoGuard (first 20):\n" + string.Join("\n", onlyOurs.Take(20)) + "\nonly buf (first 20):\n" + string.Join("\n", onlyBuf.Take(20)));
    }

    private static string RuleOf(string finding) => finding.Substring(finding.LastIndexOf(':') + 1);

    /// <summary>buf's findings as "path:line:RULE" (the cache keeps the column too, for reading).</summary>
    private static HashSet<string> ReadBuf(string fileName)
    {
        using var stream = new GZipStream(File.OpenRead(Path.Combine(TestDataDirectory, fileName)), CompressionMode.Decompress);
        using var reader = new StreamReader(stream);
        var findings = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split(':');
            findings.Add(parts[0] + ":" + parts[1] + ":" + parts[3]);
        }

        return findings;
    }

    private static string TestDataDirectory => Path.Combine(RepositoryPaths.Root, "tests", "ProtoGuard.Rules.Tests", "testdata", "buf");

    private sealed class Corpus
    {
        public required HashSet<string> Findings { get; init; }

        public static Corpus Lint()
        {
            var root = RepositoryPaths.Corpus;
            var excluded = File.ReadLines(Path.Combine(TestDataDirectory, "excluded.txt"))
                .Where(line => line.Length > 0 && !line.StartsWith('#'))
                .ToHashSet(StringComparer.Ordinal);
            var paths = Directory.GetFiles(root, "*.proto", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/'))
                .Where(path => !excluded.Contains(path))
                .OrderBy(path => path, StringComparer.Ordinal)
                .ToArray();
            var parsed = new ConcurrentDictionary<string, ParsedFile>(StringComparer.Ordinal);
            Parallel.ForEach(paths, path => parsed[path] = ProtoParser.Parse(SourceText.From(File.ReadAllText(Path.Combine(root, path)), path)));
            var compilation = ProtoCompilation.Create(paths.Select(path => new KeyValuePair<string, ParsedFile>(path, parsed[path])), _ => null);
            var linked = paths.Select(path => compilation.GetFile(path)!).ToArray();
            var scope = new LintScope(linked);

            var bufRules = RuleCatalog.All.Where(rule => rule.BufEquivalent is not null && rule.Id.StartsWith("PG1", StringComparison.Ordinal)).ToArray();
            var options = new RuleOptions(key => key.EndsWith(".severity", StringComparison.Ordinal)
                ? bufRules.Any(rule => key == "dotnet_diagnostic." + rule.Id + ".severity") ? "warning" : "none"
                : null);
            var findings = new ConcurrentBag<string>();
            Parallel.ForEach(linked, file =>
            {
                foreach (var finding in ProtoLinter.Lint(file.Parsed, options, Array.Empty<SchemaDiagnostic>(), file, scope))
                {
                    var line = file.Parsed.Text.GetLinePosition(finding.Span.Start).Line + 1;
                    findings.Add(file.Name + ":" + line + ":" + finding.Rule.BufEquivalent);
                }
            });

            return new Corpus { Findings = findings.ToHashSet(StringComparer.Ordinal) };
        }
    }
}
