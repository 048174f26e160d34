using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2016 (FILE_SAME_PHP_NAMESPACE): a file keeps its <c>php_namespace</c> option (unset counts as descriptor.proto's default).</summary>
public sealed class PG2016FileSamePhpNamespace : FileOptionRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.FileSamePhpNamespace;

    protected override string OptionName => "php_namespace";
}
