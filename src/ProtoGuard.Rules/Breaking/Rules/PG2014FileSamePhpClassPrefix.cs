using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2014 (FILE_SAME_PHP_CLASS_PREFIX): a file keeps its <c>php_class_prefix</c> option (unset counts as descriptor.proto's default).</summary>
public sealed class PG2014FileSamePhpClassPrefix : FileOptionRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.FileSamePhpClassPrefix;

    protected override string OptionName => "php_class_prefix";
}
