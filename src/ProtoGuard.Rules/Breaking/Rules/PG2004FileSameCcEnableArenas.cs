using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2004 (FILE_SAME_CC_ENABLE_ARENAS): a file keeps its <c>cc_enable_arenas</c> option (unset counts as descriptor.proto's default).</summary>
public sealed class PG2004FileSameCcEnableArenas : FileOptionRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.FileSameCcEnableArenas;

    protected override string OptionName => "cc_enable_arenas";
}
