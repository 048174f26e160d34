using System.Linq;
using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2057 (RESERVED_ENUM_NO_DELETE): an enum keeps every reserved number and name.</summary>
public sealed class PG2057ReservedEnumNoDelete : BreakingRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.ReservedEnumNoDelete;

    public override void Check(BreakingContext context)
    {
        foreach (var (oldEnum, newEnum) in context.EnumPairs)
        {
            foreach (var range in oldEnum.ReservedRanges)
            {
                var missing = TagRanges.Missing(range, newEnum.ReservedRanges);
                if (missing.Count > 0)
                {
                    context.Report(newEnum.File, Locations.Enum(newEnum), new object?[] { newEnum.FullName, "the numbers " + BreakingText.Ranges(missing, TagRanges.EnumMax) });
                }
            }

            foreach (var name in oldEnum.ReservedNames.Distinct().OrderBy(name => name, System.StringComparer.Ordinal))
            {
                if (!newEnum.ReservedNames.Contains(name))
                {
                    context.Report(newEnum.File, Locations.Enum(newEnum), new object?[] { newEnum.FullName, "the name '" + name + "'" });
                }
            }
        }
    }
}
