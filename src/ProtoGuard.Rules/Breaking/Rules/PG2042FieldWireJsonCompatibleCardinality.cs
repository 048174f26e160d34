using ProtoGuard.Rules.Breaking.Model;
using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2042 (FIELD_WIRE_JSON_COMPATIBLE_CARDINALITY): a field (paired by number) changes cardinality only within a wire- and JSON-compatible group (repeated and map differ in JSON).</summary>
public sealed class PG2042FieldWireJsonCompatibleCardinality : FieldCardinalityRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.FieldWireJsonCompatibleCardinality;

    protected override int Group(FieldCardinalityKind cardinality) => cardinality switch
    {
        FieldCardinalityKind.OptionalExplicitPresence or FieldCardinalityKind.OptionalImplicitPresence => 1,
        FieldCardinalityKind.Required => 2,
        FieldCardinalityKind.Repeated => 3,
        _ => 4,
    };
}
