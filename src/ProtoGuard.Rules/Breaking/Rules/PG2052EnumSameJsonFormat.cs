using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2052 (ENUM_SAME_JSON_FORMAT): an enum whose JSON format was ALLOW keeps it.</summary>
public sealed class PG2052EnumSameJsonFormat : BreakingRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.EnumSameJsonFormat;

    public override void Check(BreakingContext context)
    {
        foreach (var (oldEnum, newEnum) in context.EnumPairs)
        {
            if (oldEnum.JsonFormat == "ALLOW" && newEnum.JsonFormat != "ALLOW")
            {
                context.Report(newEnum.File, Locations.EnumOption(newEnum, "features.json_format"), new object?[] { newEnum.FullName, oldEnum.JsonFormat, newEnum.JsonFormat });
            }
        }
    }
}
