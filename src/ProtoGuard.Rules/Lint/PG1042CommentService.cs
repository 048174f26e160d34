using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Rules.Lint;

/// <summary>PG1042: buf's COMMENT_SERVICE.</summary>
public sealed class PG1042CommentService : ProtoRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.CommentService;

    public override void Analyze(ProtoRuleContext context)
    {
        foreach (var node in FileElements.Of(context.File).Services)
        {
            if (!BufComments.IsDocumented(node.Comments, context.Options))
            {
                context.Report(node.Span, new object?[] { node.Name.Text });
            }
        }
    }
}
