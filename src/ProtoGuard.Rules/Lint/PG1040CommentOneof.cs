using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Rules.Lint;

/// <summary>PG1040: buf's COMMENT_ONEOF.</summary>
public sealed class PG1040CommentOneof : ProtoRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.CommentOneof;

    public override void Analyze(ProtoRuleContext context)
    {
        foreach (var node in FileElements.Of(context.File).Oneofs)
        {
            if (!BufComments.IsDocumented(node.Comments, context.Options))
            {
                context.Report(node.Span, new object?[] { node.Name.Text });
            }
        }
    }
}
