using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2006 (FILE_SAME_CSHARP_NAMESPACE): a file keeps its <c>csharp_namespace</c> option (unset counts as descriptor.proto's default).</summary>
public sealed class PG2006FileSameCsharpNamespace : FileOptionRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.FileSameCsharpNamespace;

    protected override string OptionName => "csharp_namespace";
}
