using System.Collections.Generic;
using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking;

/// <summary>A breaking-change rule: a pure function from the old and new schema shapes to findings.</summary>
public abstract class BreakingRule
{
    public abstract RuleDescriptor Descriptor { get; }

    /// <summary>The buf categories the rule belongs to (from the catalog).</summary>
    public IReadOnlyList<string> Categories => Descriptor.BreakingCategories;

    /// <summary>Reports the rule's findings through the context's Report methods. Must not throw.</summary>
    public abstract void Check(BreakingContext context);
}
