using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2008 (FILE_SAME_JAVA_GENERIC_SERVICES): a file keeps its <c>java_generic_services</c> option (unset counts as descriptor.proto's default).</summary>
public sealed class PG2008FileSameJavaGenericServices : FileOptionRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.FileSameJavaGenericServices;

    protected override string OptionName => "java_generic_services";
}
