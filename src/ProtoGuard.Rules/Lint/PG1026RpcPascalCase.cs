using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Rules.Lint;

/// <summary>PG1026: buf's RPC_PASCAL_CASE.</summary>
public sealed class PG1026RpcPascalCase : ProtoRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.RpcPascalCase;

    public override void Analyze(ProtoRuleContext context)
    {
        foreach (var (_, rpc) in FileElements.Of(context.File).Rpcs)
        {
            var expected = BufNames.ToPascalCase(rpc.Name.Text);
            if (!rpc.Name.IsMissing && rpc.Name.Text != expected)
            {
                context.Report(rpc.Name.Span, new object?[] { rpc.Name.Text, expected }, TypeRename.ServiceOrRpc(rpc.Name, expected));
            }
        }
    }
}
