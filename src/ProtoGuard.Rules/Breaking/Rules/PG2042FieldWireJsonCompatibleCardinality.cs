using ProtoGuard.Rules.Breaking.Model;
using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2042 (FIELD_WIRE_JSON_COMPATIBLE_CARDINALITY): a field (paired by number) changes cardinality only within a wire- and JSON-compatible group (repeated and map differ in JSON).</summary>
public sealed class PG2042FieldWireJsonCompatibleCardinality : BreakingRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.FieldWireJsonCompatibleCardinality;

    public override void Check(BreakingContext context)
    {
        foreach (var (oldField, newField) in context.FieldPairs)
        {
            if (oldField.Parent is { IsMapEntry: true } && newField.Parent is { IsMapEntry: true })
            {
                continue;
            }

            if (Group(oldField.Cardinality) != Group(newField.Cardinality))
            {
                context.Report(newField.File, Locations.FieldLabel(newField), new object?[] { newField.Number, BreakingText.FieldName(newField), BreakingText.FieldOwner(newField), BreakingText.Cardinality(oldField.Cardinality), BreakingText.Cardinality(newField.Cardinality) });
            }
        }
    }

    private static int Group(FieldCardinalityKind cardinality) => cardinality switch
    {
        FieldCardinalityKind.OptionalExplicitPresence or FieldCardinalityKind.OptionalImplicitPresence => 1,
        FieldCardinalityKind.Required => 2,
        FieldCardinalityKind.Repeated => 3,
        _ => 4,
    };
}
