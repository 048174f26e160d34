using System.Linq;
using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2056 (ENUM_VALUE_SAME_NAME): every name an enum value number has was one of its names before (aliases may be dropped, not added).</summary>
public sealed class PG2056EnumValueSameName : BreakingRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.EnumValueSameName;

    public override void Check(BreakingContext context)
    {
        foreach (var (oldEnum, newEnum) in context.EnumPairs)
        {
            foreach (var newValues in BreakingContext.ValuesByNumber(newEnum))
            {
                var oldNames = oldEnum.Values.Where(value => value.Number == newValues.Key).Select(value => value.Name).Distinct().OrderBy(name => name, System.StringComparer.Ordinal).ToArray();
                if (oldNames.Length == 0)
                {
                    continue;
                }

                var newNames = newValues.Select(value => value.Name).Distinct().OrderBy(name => name, System.StringComparer.Ordinal).ToArray();
                if (oldNames.All(name => newNames.Contains(name)))
                {
                    continue;
                }

                foreach (var value in newValues.GroupBy(value => value.Name).Select(group => group.First()).OrderBy(value => value.Name, System.StringComparer.Ordinal))
                {
                    context.Report(newEnum.File, Locations.EnumValue(newEnum, value), new object?[] { newValues.Key, newEnum.FullName, Quote(oldNames), Quote(newNames) });
                }
            }
        }
    }

    private static string Quote(string[] names) => string.Join(", ", names.Select(name => "'" + name + "'"));
}
