using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2012 (FILE_SAME_OBJC_CLASS_PREFIX): a file keeps its <c>objc_class_prefix</c> option (unset counts as descriptor.proto's default).</summary>
public sealed class PG2012FileSameObjcClassPrefix : FileOptionRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.FileSameObjcClassPrefix;

    protected override string OptionName => "objc_class_prefix";
}
