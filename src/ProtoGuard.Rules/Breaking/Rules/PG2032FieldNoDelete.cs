using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2032 (FIELD_NO_DELETE): a message keeps every field (by number); the fix reserves the deleted number and name.</summary>
public sealed class PG2032FieldNoDelete : FieldDeletionRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.FieldNoDelete;

    protected override FieldDeletion Mode => FieldDeletion.Always;
}
