using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2013 (FILE_SAME_OPTIMIZE_FOR): a file keeps its <c>optimize_for</c> option (unset counts as descriptor.proto's default).</summary>
public sealed class PG2013FileSameOptimizeFor : FileOptionRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.FileSameOptimizeFor;

    protected override string OptionName => "optimize_for";
}
