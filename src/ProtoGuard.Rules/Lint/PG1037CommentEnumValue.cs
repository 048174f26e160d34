using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Rules.Lint;

/// <summary>PG1037: buf's COMMENT_ENUM_VALUE.</summary>
public sealed class PG1037CommentEnumValue : ProtoRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.CommentEnumValue;

    public override void Analyze(ProtoRuleContext context)
    {
        foreach (var (_, node) in FileElements.Of(context.File).EnumValues)
        {
            if (!BufComments.IsDocumented(node.Comments, context.Options))
            {
                context.Report(node.Span, new object?[] { node.Name.Text });
            }
        }
    }
}
