using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2039 (FIELD_WIRE_JSON_COMPATIBLE_TYPE): a field (paired by number) changes type only within a wire- and JSON-compatible group.</summary>
public sealed class PG2039FieldWireJsonCompatibleType : BreakingRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.FieldWireJsonCompatibleType;

    public override void Check(BreakingContext context)
    {
        foreach (var (oldField, newField) in context.FieldPairs)
        {
            if (FieldTypes.WireIncompatible(context, oldField, newField, json: true))
            {
                context.Report(newField.File, Locations.FieldType(newField), FieldTypes.Arguments(oldField, newField));
            }
        }
    }
}
