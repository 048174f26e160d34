using System.Collections.Generic;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Schema;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Rules.Engine;

/// <summary>What a rule sees of one file, and where it reports.</summary>
public sealed class ProtoRuleContext
{
    private readonly List<Finding> findings;
    private readonly RuleSeverity severity;

    internal ProtoRuleContext(ProtoRule rule, ParsedFile file, RuleOptions options, RuleSeverity severity, List<Finding> findings)
    {
        Rule = rule.Descriptor;
        File = file;
        Options = options;
        this.severity = severity;
        this.findings = findings;
    }

    public RuleDescriptor Rule { get; }

    public ParsedFile File { get; }

    public RuleOptions Options { get; }

    public void Report(TextSpan span, object?[] messageArguments, ProtoFix? fix = null) =>
        findings.Add(new Finding(Rule, File.Text, span, messageArguments, fix, severity));
}
