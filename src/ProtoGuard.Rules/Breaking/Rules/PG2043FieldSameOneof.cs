using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2043 (FIELD_SAME_ONEOF): a field (paired by number) stays in, out of or in the same real oneof.</summary>
public sealed class PG2043FieldSameOneof : BreakingRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.FieldSameOneof;

    public override void Check(BreakingContext context)
    {
        foreach (var (oldField, newField) in context.FieldPairs)
        {
            if (oldField.IsExtension || oldField.Oneof == newField.Oneof)
            {
                continue;
            }

            var move = oldField.Oneof != null && newField.Oneof != null
                ? $"from oneof '{oldField.Oneof}' to oneof '{newField.Oneof}'"
                : newField.Oneof != null ? $"into oneof '{newField.Oneof}'" : $"out of oneof '{oldField.Oneof}'";
            context.Report(newField.File, Locations.Field(newField), new object?[] { newField.Number, newField.Name, BreakingText.FieldOwner(newField), move });
        }
    }
}
