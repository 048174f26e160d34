using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Rules.Lint;

/// <summary>PG1012: buf's FIELD_LOWER_SNAKE_CASE (a group's field name is its lower-cased name, as protoc makes it).</summary>
public sealed class PG1012FieldLowerSnakeCase : ProtoRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.FieldLowerSnakeCase;

    public override void Analyze(ProtoRuleContext context)
    {
        foreach (var node in FileElements.Of(context.File).Fields)
        {
            var name = node.Name;
            var actual = node.IsGroup ? name.Text.ToLowerInvariant() : name.Text;
            var expected = BufNames.ToLowerSnakeCase(actual);
            if (!name.IsMissing && actual != expected)
            {
                context.Report(name.Span, new object?[] { actual, expected }, node.IsGroup ? null : BufLocations.Rename(name, expected));
            }
        }
    }
}
