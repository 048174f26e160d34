using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Rules.Lint;

/// <summary>PG1029: buf's ENUM_VALUE_PREFIX: every value starts with its enum's name in UPPER_SNAKE_CASE and '_'.</summary>
public sealed class PG1029EnumValuePrefix : ProtoRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.EnumValuePrefix;

    public override void Analyze(ProtoRuleContext context)
    {
        foreach (var (enumNode, value) in FileElements.Of(context.File).EnumValues)
        {
            var prefix = BufNames.ToUpperSnakeCase(enumNode.Name.Text) + "_";
            if (!value.Name.IsMissing && !value.Name.Text.StartsWith(prefix, System.StringComparison.Ordinal))
            {
                var taken = enumNode.Values.Any(other => other.Name.Text == prefix + value.Name.Text);
                context.Report(value.Name.Span, new object?[] { value.Name.Text, prefix }, taken ? null : BufLocations.Rename(value.Name, prefix + value.Name.Text));
            }
        }
    }
}
