using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2040 (FIELD_SAME_CARDINALITY): a field (paired by number) keeps its cardinality, presence included (map entry fields are skipped).</summary>
public sealed class PG2040FieldSameCardinality : BreakingRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.FieldSameCardinality;

    public override void Check(BreakingContext context)
    {
        foreach (var (oldField, newField) in context.FieldPairs)
        {
            if (oldField.Parent is { IsMapEntry: true } && newField.Parent is { IsMapEntry: true })
            {
                continue;
            }

            if (oldField.Cardinality != newField.Cardinality)
            {
                context.Report(newField.File, Locations.FieldLabel(newField), new object?[] { newField.Number, BreakingText.FieldName(newField), BreakingText.FieldOwner(newField), BreakingText.Cardinality(oldField.Cardinality), BreakingText.Cardinality(newField.Cardinality) });
            }
        }
    }
}
