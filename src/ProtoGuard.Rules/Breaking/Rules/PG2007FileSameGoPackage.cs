using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2007 (FILE_SAME_GO_PACKAGE): a file keeps its <c>go_package</c> option (unset counts as descriptor.proto's default).</summary>
public sealed class PG2007FileSameGoPackage : FileOptionRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.FileSameGoPackage;

    protected override string OptionName => "go_package";
}
