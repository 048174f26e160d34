using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2035 (FIELD_SAME_NAME): a field (paired by number) keeps its name; extensions keep their full name.</summary>
public sealed class PG2035FieldSameName : BreakingRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.FieldSameName;

    public override void Check(BreakingContext context)
    {
        foreach (var (oldField, newField) in context.FieldPairs)
        {
            var oldName = BreakingText.FieldName(oldField);
            var newName = BreakingText.FieldName(newField);
            if (oldName != newName)
            {
                context.Report(newField.File, Locations.Field(newField), new object?[] { newField.Number, BreakingText.FieldOwner(newField), oldName, newName });
            }
        }
    }
}
