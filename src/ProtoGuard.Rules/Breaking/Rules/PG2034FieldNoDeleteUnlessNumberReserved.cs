using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2034 (FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED): a field (by number) is deleted only with its number reserved.</summary>
public sealed class PG2034FieldNoDeleteUnlessNumberReserved : FieldDeletionRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.FieldNoDeleteUnlessNumberReserved;

    protected override FieldDeletion Mode => FieldDeletion.UnlessNumberReserved;
}
