using System.Linq;
using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2020 (PACKAGE_NO_DELETE): no package of the old schema is missing from the new one.</summary>
public sealed class PG2020PackageNoDelete : BreakingRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.PackageNoDelete;

    public override void Check(BreakingContext context)
    {
        var newPackages = new System.Collections.Generic.HashSet<string>(context.New.Files.Select(file => file.Package), System.StringComparer.Ordinal);
        foreach (var oldPackage in context.Old.Files.GroupBy(file => file.Package).OrderBy(group => group.Key, System.StringComparer.Ordinal))
        {
            if (!newPackages.Contains(oldPackage.Key))
            {
                var firstPath = oldPackage.Select(file => file.Path).OrderBy(path => path, System.StringComparer.Ordinal).First();
                context.ReportWithoutLocation(firstPath, new object?[] { oldPackage.Key });
            }
        }
    }
}
