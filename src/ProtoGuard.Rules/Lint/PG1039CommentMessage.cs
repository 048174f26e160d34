using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Rules.Lint;

/// <summary>PG1039: buf's COMMENT_MESSAGE.</summary>
public sealed class PG1039CommentMessage : ProtoRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.CommentMessage;

    public override void Analyze(ProtoRuleContext context)
    {
        foreach (var node in FileElements.Of(context.File).Messages)
        {
            if (!BufComments.IsDocumented(node.Comments, context.Options))
            {
                context.Report(node.Span, new object?[] { node.Name.Text });
            }
        }
    }
}
