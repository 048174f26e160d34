using System.Linq;
using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2059 (RPC_NO_DELETE): a service keeps every RPC (by name).</summary>
public sealed class PG2059RpcNoDelete : BreakingRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.RpcNoDelete;

    public override void Check(BreakingContext context)
    {
        foreach (var (oldService, newService) in context.ServicePairs)
        {
            foreach (var method in oldService.Methods.OrderBy(method => method.Name, System.StringComparer.Ordinal))
            {
                if (!newService.Methods.Any(candidate => candidate.Name == method.Name))
                {
                    context.Report(newService.File, Locations.Service(newService), new object?[] { method.Name, newService.FullName });
                }
            }
        }
    }
}
