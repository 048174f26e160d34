using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2062 (RPC_SAME_CLIENT_STREAMING): an RPC keeps its client streaming flag.</summary>
public sealed class PG2062RpcSameClientStreaming : BreakingRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.RpcSameClientStreaming;

    public override void Check(BreakingContext context)
    {
        foreach (var (oldMethod, newMethod) in context.MethodPairs)
        {
            if (oldMethod.ClientStreaming != newMethod.ClientStreaming)
            {
                context.Report(newMethod.Service.File, Locations.MethodInput(newMethod), new object?[] { newMethod.Name, newMethod.Service.FullName, oldMethod.ClientStreaming ? "streaming" : "unary", newMethod.ClientStreaming ? "streaming" : "unary" });
            }
        }
    }
}
