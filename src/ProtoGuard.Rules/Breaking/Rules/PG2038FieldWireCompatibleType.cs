using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2038 (FIELD_WIRE_COMPATIBLE_TYPE): a field (paired by number) changes type only within a wire-compatible group (string to bytes allowed; an enum only to a same-named superset).</summary>
public sealed class PG2038FieldWireCompatibleType : BreakingRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.FieldWireCompatibleType;

    public override void Check(BreakingContext context)
    {
        foreach (var (oldField, newField) in context.FieldPairs)
        {
            if (FieldTypes.WireIncompatible(context, oldField, newField, json: false))
            {
                context.Report(newField.File, Locations.FieldType(newField), FieldTypes.Arguments(oldField, newField));
            }
        }
    }
}
