using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Rules.Lint;

/// <summary>PG1016: buf's MESSAGE_PASCAL_CASE (group bodies included).</summary>
public sealed class PG1016MessagePascalCase : ProtoRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.MessagePascalCase;

    public override void Analyze(ProtoRuleContext context)
    {
        foreach (var node in FileElements.Of(context.File).Messages)
        {
            var name = node.Name;
            var expected = BufNames.ToPascalCase(name.Text);
            if (!name.IsMissing && name.Text != expected)
            {
                context.Report(name.Span, new object?[] { name.Text, expected }, TypeRename.Message(context, node, expected));
            }
        }
    }
}
