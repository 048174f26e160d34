using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2037 (FIELD_SAME_TYPE): a field (paired by number) keeps its kind and, for messages, enums and groups, its type name.</summary>
public sealed class PG2037FieldSameType : BreakingRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.FieldSameType;

    public override void Check(BreakingContext context)
    {
        foreach (var (oldField, newField) in context.FieldPairs)
        {
            if (oldField.Kind != newField.Kind || (FieldTypes.IsNamed(newField.Kind) && oldField.TypeName != newField.TypeName))
            {
                context.Report(newField.File, Locations.FieldType(newField), FieldTypes.Arguments(oldField, newField));
            }
        }
    }
}
