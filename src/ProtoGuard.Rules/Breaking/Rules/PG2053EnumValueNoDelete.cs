using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2053 (ENUM_VALUE_NO_DELETE): an enum keeps every value number; the fix reserves the deleted number and names.</summary>
public sealed class PG2053EnumValueNoDelete : EnumValueDeletionRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.EnumValueNoDelete;

    protected override FieldDeletion Mode => FieldDeletion.Always;
}
