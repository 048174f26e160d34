using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2018 (FILE_SAME_RUBY_PACKAGE): a file keeps its <c>ruby_package</c> option (unset counts as descriptor.proto's default).</summary>
public sealed class PG2018FileSameRubyPackage : FileOptionRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.FileSameRubyPackage;

    protected override string OptionName => "ruby_package";
}
