using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Rules.Lint;

/// <summary>PG1010: buf's ENUM_PASCAL_CASE.</summary>
public sealed class PG1010EnumPascalCase : ProtoRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.EnumPascalCase;

    public override void Analyze(ProtoRuleContext context)
    {
        foreach (var node in FileElements.Of(context.File).Enums)
        {
            var name = node.Name;
            var expected = BufNames.ToPascalCase(name.Text);
            if (!name.IsMissing && name.Text != expected)
            {
                context.Report(name.Span, new object?[] { name.Text, expected }, TypeRename.Enum(context, node, expected));
            }
        }
    }
}
