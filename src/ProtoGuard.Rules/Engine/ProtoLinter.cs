using System.Collections.Generic;
using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Lint;
using ProtoGuard.Schema;

namespace ProtoGuard.Rules.Engine;

/// <summary>Runs every .proto rule over a parsed file. The analyzers and the CLI both call exactly this.</summary>
public static class ProtoLinter
{
    /// <summary>Every .proto lint rule, ordered by id.</summary>
    public static IReadOnlyList<ProtoRule> Rules { get; } = new ProtoRule[]
    {
        new PG1001EnumZeroValueUnspecified(),
    }.OrderBy(rule => rule.Descriptor.Id, System.StringComparer.Ordinal).ToArray();

    /// <summary>
    /// The findings for one file: its diagnostics (PG0xxx) first, then each enabled rule's, in rule order.
    /// <paramref name="diagnostics"/> are the file's parse and link problems when it was linked
    /// (<c>FileDescriptor.Diagnostics</c>); by default, its parse problems.
    /// </summary>
    public static IReadOnlyList<Finding> Lint(ParsedFile file, RuleOptions options, IEnumerable<SchemaDiagnostic>? diagnostics = null)
    {
        var findings = new List<Finding>();
        foreach (var diagnostic in diagnostics ?? file.Diagnostics)
        {
            var rule = RuleCatalog.Find(diagnostic.Id) ?? RuleCatalog.SyntaxError;
            if (options.GetSeverity(rule) is { } severity)
            {
                findings.Add(new Finding(rule, file.Text, diagnostic.Span, new object?[] { diagnostic.Message }, fix: null, severity));
            }
        }

        foreach (var rule in Rules)
        {
            if (options.GetSeverity(rule.Descriptor) is { } severity)
            {
                rule.Analyze(new ProtoRuleContext(rule, file, options, severity, findings));
            }
        }

        return findings;
    }
}
