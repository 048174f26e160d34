using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Rules.Lint;

/// <summary>PG1011: buf's ENUM_VALUE_UPPER_SNAKE_CASE.</summary>
public sealed class PG1011EnumValueUpperSnakeCase : ProtoRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.EnumValueUpperSnakeCase;

    public override void Analyze(ProtoRuleContext context)
    {
        foreach (var (_, node) in FileElements.Of(context.File).EnumValues)
        {
            var name = node.Name;
            var expected = BufNames.ToUpperSnakeCase(name.Text);
            if (!name.IsMissing && name.Text != expected)
            {
                context.Report(name.Span, new object?[] { name.Text, expected }, BufLocations.Rename(name, expected));
            }
        }
    }
}
