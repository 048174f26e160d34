using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Rules.Lint;

/// <summary>PG1044: buf's RPC_NO_SERVER_STREAMING.</summary>
public sealed class PG1044RpcNoServerStreaming : ProtoRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.RpcNoServerStreaming;

    public override void Analyze(ProtoRuleContext context)
    {
        foreach (var (_, rpc) in FileElements.Of(context.File).Rpcs)
        {
            if (rpc.ServerStreaming)
            {
                context.Report(rpc.Span, new object?[] { rpc.Name.Text });
            }
        }
    }
}
