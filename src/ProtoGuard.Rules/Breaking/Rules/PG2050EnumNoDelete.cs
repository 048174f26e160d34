using System.Linq;
using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2050 (ENUM_NO_DELETE): an enum stays in its file; enums pair by nested name within files paired by path.</summary>
public sealed class PG2050EnumNoDelete : BreakingRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.EnumNoDelete;

    public override void Check(BreakingContext context)
    {
        foreach (var (oldFile, newFile) in context.FilePairs)
        {
            var newNames = new System.Collections.Generic.HashSet<string>(newFile.Enums.Select(enumShape => enumShape.NestedName), System.StringComparer.Ordinal);
            foreach (var name in oldFile.Enums.Select(enumShape => enumShape.NestedName).OrderBy(name => name, System.StringComparer.Ordinal))
            {
                if (!newNames.Contains(name))
                {
                    context.Report(newFile, Locations.DeletedFrom(newFile, name), new object?[] { name, newFile.Path });
                }
            }
        }
    }
}
