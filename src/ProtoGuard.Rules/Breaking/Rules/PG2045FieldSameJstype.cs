using ProtoGuard.Rules.Breaking.Model;
using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2045 (FIELD_SAME_JSTYPE): a 64-bit integer field (paired by number) keeps its jstype.</summary>
public sealed class PG2045FieldSameJstype : BreakingRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.FieldSameJstype;

    public override void Check(BreakingContext context)
    {
        foreach (var (oldField, newField) in context.FieldPairs)
        {
            if (Is64Bit(oldField) && Is64Bit(newField) && oldField.JsType != newField.JsType)
            {
                context.Report(newField.File, Locations.FieldOption(newField, "jstype"), new object?[] { newField.Number, BreakingText.FieldName(newField), BreakingText.FieldOwner(newField), oldField.JsType, newField.JsType });
            }
        }
    }

    private static bool Is64Bit(FieldShape field) => field.Kind is ProtoGuard.Schema.Descriptors.FieldType.Int64 or ProtoGuard.Schema.Descriptors.FieldType.SInt64
        or ProtoGuard.Schema.Descriptors.FieldType.UInt64 or ProtoGuard.Schema.Descriptors.FieldType.Fixed64 or ProtoGuard.Schema.Descriptors.FieldType.SFixed64;
}
