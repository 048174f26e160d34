using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2060 (RPC_SAME_REQUEST_TYPE): an RPC keeps its request type.</summary>
public sealed class PG2060RpcSameRequestType : BreakingRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.RpcSameRequestType;

    public override void Check(BreakingContext context)
    {
        foreach (var (oldMethod, newMethod) in context.MethodPairs)
        {
            if (oldMethod.InputType != newMethod.InputType)
            {
                context.Report(newMethod.Service.File, Locations.MethodInput(newMethod), new object?[] { newMethod.Name, newMethod.Service.FullName, oldMethod.InputType, newMethod.InputType });
            }
        }
    }
}
