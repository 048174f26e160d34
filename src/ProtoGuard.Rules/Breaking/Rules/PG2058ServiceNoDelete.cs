using System.Linq;
using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2058 (SERVICE_NO_DELETE): a service stays in its file; services pair by name within files paired by path.</summary>
public sealed class PG2058ServiceNoDelete : BreakingRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.ServiceNoDelete;

    public override void Check(BreakingContext context)
    {
        foreach (var (oldFile, newFile) in context.FilePairs)
        {
            var newNames = new System.Collections.Generic.HashSet<string>(newFile.Services.Select(service => service.Name), System.StringComparer.Ordinal);
            foreach (var name in oldFile.Services.Select(service => service.Name).OrderBy(name => name, System.StringComparer.Ordinal))
            {
                if (!newNames.Contains(name))
                {
                    context.ReportAtFile(newFile, new object?[] { name, newFile.Path });
                }
            }
        }
    }
}
