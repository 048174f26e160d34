using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Rules.Lint;

/// <summary>PG1009: buf's ENUM_NO_ALLOW_ALIAS: no enum sets <c>allow_alias = true</c>.</summary>
public sealed class PG1009EnumNoAllowAlias : ProtoRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.EnumNoAllowAlias;

    public override void Analyze(ProtoRuleContext context)
    {
        foreach (var enumNode in FileElements.Of(context.File).Enums)
        {
            foreach (var option in enumNode.Options)
            {
                if (option.Name.Text == "allow_alias" && option.Value is IdentifierValue { AsBoolean: true })
                {
                    context.Report(option.Span, new object?[] { enumNode.Name.Text });
                }
            }
        }
    }
}
