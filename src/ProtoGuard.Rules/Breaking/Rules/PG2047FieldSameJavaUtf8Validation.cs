using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2047 (FIELD_SAME_JAVA_UTF8_VALIDATION): a string field (paired by number) keeps its Java UTF-8 validation.</summary>
public sealed class PG2047FieldSameJavaUtf8Validation : BreakingRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.FieldSameJavaUtf8Validation;

    public override void Check(BreakingContext context)
    {
        foreach (var (oldField, newField) in context.FieldPairs)
        {
            if (oldField.Kind == ProtoGuard.Schema.Descriptors.FieldType.String && newField.Kind == ProtoGuard.Schema.Descriptors.FieldType.String && oldField.JavaUtf8Validation != newField.JavaUtf8Validation)
            {
                context.Report(newField.File, Locations.FileOption(newField.File, "java_string_check_utf8") ?? Locations.Field(newField), new object?[] { newField.Number, BreakingText.FieldName(newField), BreakingText.FieldOwner(newField), oldField.JavaUtf8Validation, newField.JavaUtf8Validation });
            }
        }
    }
}
