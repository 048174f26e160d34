using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2054 (ENUM_VALUE_NO_DELETE_UNLESS_NAME_RESERVED): an enum value number is deleted only with all its names reserved.</summary>
public sealed class PG2054EnumValueNoDeleteUnlessNameReserved : EnumValueDeletionRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.EnumValueNoDeleteUnlessNameReserved;

    protected override FieldDeletion Mode => FieldDeletion.UnlessNameReserved;
}
