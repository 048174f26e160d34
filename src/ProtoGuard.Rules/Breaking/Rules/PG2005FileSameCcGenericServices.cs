using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2005 (FILE_SAME_CC_GENERIC_SERVICES): a file keeps its <c>cc_generic_services</c> option (unset counts as descriptor.proto's default).</summary>
public sealed class PG2005FileSameCcGenericServices : FileOptionRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.FileSameCcGenericServices;

    protected override string OptionName => "cc_generic_services";
}
