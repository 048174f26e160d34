using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2063 (RPC_SAME_SERVER_STREAMING): an RPC keeps its server streaming flag.</summary>
public sealed class PG2063RpcSameServerStreaming : BreakingRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.RpcSameServerStreaming;

    public override void Check(BreakingContext context)
    {
        foreach (var (oldMethod, newMethod) in context.MethodPairs)
        {
            if (oldMethod.ServerStreaming != newMethod.ServerStreaming)
            {
                context.Report(newMethod.Service.File, Locations.MethodOutput(newMethod), new object?[] { newMethod.Name, newMethod.Service.FullName, oldMethod.ServerStreaming ? "streaming" : "unary", newMethod.ServerStreaming ? "streaming" : "unary" });
            }
        }
    }
}
