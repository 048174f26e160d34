using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2048 (FIELD_SAME_UTF8_VALIDATION): a string field (paired by number) keeps its resolved utf8_validation feature.</summary>
public sealed class PG2048FieldSameUtf8Validation : BreakingRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.FieldSameUtf8Validation;

    public override void Check(BreakingContext context)
    {
        foreach (var (oldField, newField) in context.FieldPairs)
        {
            if (oldField.Kind == ProtoGuard.Schema.Descriptors.FieldType.String && newField.Kind == ProtoGuard.Schema.Descriptors.FieldType.String && oldField.Utf8Validation != newField.Utf8Validation)
            {
                context.Report(newField.File, Locations.FieldOption(newField, "features.utf8_validation"), new object?[] { newField.Number, BreakingText.FieldName(newField), BreakingText.FieldOwner(newField), oldField.Utf8Validation, newField.Utf8Validation });
            }
        }
    }
}
