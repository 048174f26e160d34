using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2011 (FILE_SAME_JAVA_PACKAGE): a file keeps its <c>java_package</c> option (unset counts as descriptor.proto's default).</summary>
public sealed class PG2011FileSameJavaPackage : FileOptionRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.FileSameJavaPackage;

    protected override string OptionName => "java_package";
}
