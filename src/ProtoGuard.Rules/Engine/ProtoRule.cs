using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Engine;

/// <summary>A .proto lint rule: a pure function from a parsed file and options to findings.</summary>
public abstract class ProtoRule
{
    public abstract RuleDescriptor Descriptor { get; }

    /// <summary>Reports the rule's findings for one file through <see cref="ProtoRuleContext.Report"/>. Must not throw.</summary>
    public abstract void Analyze(ProtoRuleContext context);
}
