using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2051 (ENUM_SAME_TYPE): an enum stays open or closed.</summary>
public sealed class PG2051EnumSameType : BreakingRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.EnumSameType;

    public override void Check(BreakingContext context)
    {
        foreach (var (oldEnum, newEnum) in context.EnumPairs)
        {
            if (oldEnum.IsClosed != newEnum.IsClosed)
            {
                context.Report(newEnum.File, Locations.EnumOption(newEnum, "features.enum_type"), new object?[] { newEnum.FullName, oldEnum.IsClosed ? "closed" : "open", newEnum.IsClosed ? "closed" : "open" });
            }
        }
    }
}
