using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2015 (FILE_SAME_PHP_METADATA_NAMESPACE): a file keeps its <c>php_metadata_namespace</c> option (unset counts as descriptor.proto's default).</summary>
public sealed class PG2015FileSamePhpMetadataNamespace : FileOptionRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.FileSamePhpMetadataNamespace;

    protected override string OptionName => "php_metadata_namespace";
}
