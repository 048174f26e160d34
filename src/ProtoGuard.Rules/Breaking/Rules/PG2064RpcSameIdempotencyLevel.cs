using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2064 (RPC_SAME_IDEMPOTENCY_LEVEL): an RPC keeps its idempotency_level option.</summary>
public sealed class PG2064RpcSameIdempotencyLevel : BreakingRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.RpcSameIdempotencyLevel;

    public override void Check(BreakingContext context)
    {
        foreach (var (oldMethod, newMethod) in context.MethodPairs)
        {
            if (oldMethod.IdempotencyLevel != newMethod.IdempotencyLevel)
            {
                context.Report(newMethod.Service.File, Locations.MethodOption(newMethod, "idempotency_level"), new object?[] { newMethod.Name, newMethod.Service.FullName, oldMethod.IdempotencyLevel, newMethod.IdempotencyLevel });
            }
        }
    }
}
