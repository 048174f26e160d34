using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2033 (FIELD_NO_DELETE_UNLESS_NAME_RESERVED): a field (by number) is deleted only with its name reserved.</summary>
public sealed class PG2033FieldNoDeleteUnlessNameReserved : FieldDeletionRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.FieldNoDeleteUnlessNameReserved;

    protected override FieldDeletion Mode => FieldDeletion.UnlessNameReserved;
}
