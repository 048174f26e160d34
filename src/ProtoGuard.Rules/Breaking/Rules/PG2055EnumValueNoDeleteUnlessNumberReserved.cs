using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2055 (ENUM_VALUE_NO_DELETE_UNLESS_NUMBER_RESERVED): an enum value number is deleted only with the number reserved.</summary>
public sealed class PG2055EnumValueNoDeleteUnlessNumberReserved : EnumValueDeletionRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.EnumValueNoDeleteUnlessNumberReserved;

    protected override FieldDeletion Mode => FieldDeletion.UnlessNumberReserved;
}
