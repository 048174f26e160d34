using ProtoGuard.Rules.Breaking.Model;
using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2046 (FIELD_SAME_CPP_STRING_TYPE): a string or bytes field (paired by number) keeps its C++ string type (STRING_PIECE to STRING allowed).</summary>
public sealed class PG2046FieldSameCppStringType : BreakingRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.FieldSameCppStringType;

    public override void Check(BreakingContext context)
    {
        foreach (var (oldField, newField) in context.FieldPairs)
        {
            if ((oldField.Parent is { IsMapEntry: true } && newField.Parent is { IsMapEntry: true }) || !IsStringOrBytes(oldField) || !IsStringOrBytes(newField))
            {
                continue;
            }

            if (oldField.CppStringType != newField.CppStringType && !(oldField.CppStringType == "STRING_PIECE" && newField.CppStringType == "STRING"))
            {
                context.Report(newField.File, Locations.FieldOption(newField, "ctype"), new object?[] { newField.Number, BreakingText.FieldName(newField), BreakingText.FieldOwner(newField), oldField.CppStringType, newField.CppStringType });
            }
        }
    }

    private static bool IsStringOrBytes(FieldShape field) => field.Kind is ProtoGuard.Schema.Descriptors.FieldType.String or ProtoGuard.Schema.Descriptors.FieldType.Bytes;
}
