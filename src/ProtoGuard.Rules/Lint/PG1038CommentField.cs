using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Rules.Lint;

/// <summary>PG1038: buf's COMMENT_FIELD (group fields are skipped: their comments belong to the group's message).</summary>
public sealed class PG1038CommentField : ProtoRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.CommentField;

    public override void Analyze(ProtoRuleContext context)
    {
        foreach (var node in FileElements.Of(context.File).Fields)
        {
            if (node.IsGroup)
            {
                continue;
            }

            if (!BufComments.IsDocumented(node.Comments, context.Options))
            {
                context.Report(node.Span, new object?[] { node.Name.Text });
            }
        }
    }
}
