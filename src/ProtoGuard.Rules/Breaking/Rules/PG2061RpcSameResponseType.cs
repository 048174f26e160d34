using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2061 (RPC_SAME_RESPONSE_TYPE): an RPC keeps its response type.</summary>
public sealed class PG2061RpcSameResponseType : BreakingRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.RpcSameResponseType;

    public override void Check(BreakingContext context)
    {
        foreach (var (oldMethod, newMethod) in context.MethodPairs)
        {
            if (oldMethod.OutputType != newMethod.OutputType)
            {
                context.Report(newMethod.Service.File, Locations.MethodOutput(newMethod), new object?[] { newMethod.Name, newMethod.Service.FullName, oldMethod.OutputType, newMethod.OutputType });
            }
        }
    }
}
