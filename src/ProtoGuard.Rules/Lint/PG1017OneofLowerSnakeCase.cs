using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Rules.Lint;

/// <summary>PG1017: buf's ONEOF_LOWER_SNAKE_CASE.</summary>
public sealed class PG1017OneofLowerSnakeCase : ProtoRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.OneofLowerSnakeCase;

    public override void Analyze(ProtoRuleContext context)
    {
        foreach (var node in FileElements.Of(context.File).Oneofs)
        {
            var name = node.Name;
            var expected = BufNames.ToLowerSnakeCase(name.Text);
            if (!name.IsMissing && name.Text != expected)
            {
                context.Report(name.Span, new object?[] { name.Text, expected }, BufLocations.Rename(name, expected));
            }
        }
    }
}
