using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2017 (FILE_SAME_PY_GENERIC_SERVICES): a file keeps its <c>py_generic_services</c> option (unset counts as descriptor.proto's default).</summary>
public sealed class PG2017FileSamePyGenericServices : FileOptionRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.FileSamePyGenericServices;

    protected override string OptionName => "py_generic_services";
}
