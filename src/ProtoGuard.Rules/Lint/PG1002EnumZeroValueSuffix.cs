using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Rules.Lint;

/// <summary>PG1002: buf's ENUM_ZERO_VALUE_SUFFIX: every enum value numbered 0 ends with the suffix.</summary>
public sealed class PG1002EnumZeroValueSuffix : ProtoRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.EnumZeroValueSuffix;

    public override void Analyze(ProtoRuleContext context)
    {
        var suffix = RuleOptionCatalog.EnumZeroValueSuffix.Suffix.Read(context.Options);
        foreach (var (_, value) in FileElements.Of(context.File).EnumValues)
        {
            if (value.Number == 0 && !value.Name.IsMissing && !value.Name.Text.EndsWith(suffix, System.StringComparison.Ordinal))
            {
                context.Report(value.Name.Span, new object?[] { value.Name.Text, suffix });
            }
        }
    }
}
