using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2019 (FILE_SAME_SWIFT_PREFIX): a file keeps its <c>swift_prefix</c> option (unset counts as descriptor.proto's default).</summary>
public sealed class PG2019FileSameSwiftPrefix : FileOptionRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.FileSameSwiftPrefix;

    protected override string OptionName => "swift_prefix";
}
