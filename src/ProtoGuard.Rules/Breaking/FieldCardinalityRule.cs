using ProtoGuard.Rules.Breaking.Model;

namespace ProtoGuard.Rules.Breaking;

/// <summary>
/// Base of FIELD_SAME_CARDINALITY and FIELD_WIRE[_JSON]_COMPATIBLE_CARDINALITY: a field (paired by number) changes
/// cardinality only within one group of compatible cardinalities (map entry fields are skipped).
/// </summary>
public abstract class FieldCardinalityRule : BreakingRule
{
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

    /// <summary>The group of <paramref name="cardinality"/>: a change within a group is compatible.</summary>
    protected abstract int Group(FieldCardinalityKind cardinality);
}
