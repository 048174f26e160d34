using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2036 (FIELD_SAME_JSON_NAME): a field (paired by number) keeps its JSON name; extensions are not checked.</summary>
public sealed class PG2036FieldSameJsonName : BreakingRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.FieldSameJsonName;

    public override void Check(BreakingContext context)
    {
        foreach (var (oldField, newField) in context.FieldPairs)
        {
            if (!oldField.IsExtension && oldField.JsonName != newField.JsonName)
            {
                context.Report(newField.File, Locations.FieldOption(newField, "json_name"), new object?[] { newField.Number, newField.Name, BreakingText.FieldOwner(newField), oldField.JsonName, newField.JsonName });
            }
        }
    }
}
