using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2044 (FIELD_SAME_DEFAULT): a scalar field (paired by number) keeps its default value (compared as values: 1 and 1.0 are equal).</summary>
public sealed class PG2044FieldSameDefault : BreakingRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.FieldSameDefault;

    public override void Check(BreakingContext context)
    {
        foreach (var (oldField, newField) in context.FieldPairs)
        {
            if (FieldDefaults.Changed(oldField, newField, out var oldDefault, out var newDefault))
            {
                context.Report(newField.File, Locations.FieldOption(newField, "default"), new object?[] { newField.Number, BreakingText.FieldName(newField), BreakingText.FieldOwner(newField), oldDefault, newDefault });
            }
        }
    }
}
