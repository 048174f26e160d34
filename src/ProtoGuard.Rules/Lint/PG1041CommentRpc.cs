using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Rules.Lint;

/// <summary>PG1041: buf's COMMENT_RPC.</summary>
public sealed class PG1041CommentRpc : ProtoRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.CommentRpc;

    public override void Analyze(ProtoRuleContext context)
    {
        foreach (var (_, node) in FileElements.Of(context.File).Rpcs)
        {
            if (!BufComments.IsDocumented(node.Comments, context.Options))
            {
                context.Report(node.Span, new object?[] { node.Name.Text });
            }
        }
    }
}
