using System.Collections.Generic;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Schema;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Rules.Engine;

/// <summary>What a rule sees of one file, and where it reports.</summary>
public sealed class ProtoRuleContext
{
    private readonly List<Finding> _findings;
    private readonly RuleSeverity _severity;

    internal ProtoRuleContext(ProtoRule rule, ParsedFile file, FileDescriptor? linked, LintScope scope, RuleOptions options, RuleSeverity severity, List<Finding> findings)
    {
        Rule = rule.Descriptor;
        File = file;
        Linked = linked;
        Scope = scope;
        Options = options;
        this._severity = severity;
        this._findings = findings;
    }

    public RuleDescriptor Rule { get; }

    public ParsedFile File { get; }

    /// <summary>
    /// The linked file (names resolved, options interpreted), or null when the file could not be linked (it is
    /// parsed only). Rules that need resolved types report nothing without it.
    /// </summary>
    public FileDescriptor? Linked { get; }

    /// <summary>The files linted together with this one, for rules that compare files.</summary>
    public LintScope Scope { get; }

    public RuleOptions Options { get; }

    public void Report(TextSpan span, object?[] messageArguments, ProtoFix? fix = null) =>
        _findings.Add(new Finding(Rule, File.Text, span, messageArguments, fix, _severity));
}
