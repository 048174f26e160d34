using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Rules.Lint;

/// <summary>PG1043: buf's RPC_NO_CLIENT_STREAMING.</summary>
public sealed class PG1043RpcNoClientStreaming : ProtoRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.RpcNoClientStreaming;

    public override void Analyze(ProtoRuleContext context)
    {
        foreach (var (_, rpc) in FileElements.Of(context.File).Rpcs)
        {
            if (rpc.ClientStreaming)
            {
                context.Report(rpc.Span, new object?[] { rpc.Name.Text });
            }
        }
    }
}
