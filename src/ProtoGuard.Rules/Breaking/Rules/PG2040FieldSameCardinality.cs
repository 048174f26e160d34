using ProtoGuard.Rules.Breaking.Model;
using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2040 (FIELD_SAME_CARDINALITY): a field (paired by number) keeps its cardinality, presence included (map entry fields are skipped).</summary>
public sealed class PG2040FieldSameCardinality : FieldCardinalityRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.FieldSameCardinality;

    protected override int Group(FieldCardinalityKind cardinality) => (int)cardinality;
}
