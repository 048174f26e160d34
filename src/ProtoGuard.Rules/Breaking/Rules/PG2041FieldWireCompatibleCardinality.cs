using ProtoGuard.Rules.Breaking.Model;
using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2041 (FIELD_WIRE_COMPATIBLE_CARDINALITY): a field (paired by number) changes cardinality only within a wire-compatible group.</summary>
public sealed class PG2041FieldWireCompatibleCardinality : FieldCardinalityRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.FieldWireCompatibleCardinality;

    protected override int Group(FieldCardinalityKind cardinality) => cardinality switch
    {
        FieldCardinalityKind.OptionalExplicitPresence or FieldCardinalityKind.OptionalImplicitPresence => 1,
        FieldCardinalityKind.Required => 2,
        _ => 3,
    };
}
