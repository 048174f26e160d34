using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Rules.Lint;

/// <summary>PG1035: buf's SERVICE_SUFFIX.</summary>
public sealed class PG1035ServiceSuffix : ProtoRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.ServiceSuffix;

    public override void Analyze(ProtoRuleContext context)
    {
        var suffix = RuleOptionCatalog.ServiceSuffix.Suffix.Read(context.Options);
        foreach (var service in FileElements.Of(context.File).Services)
        {
            if (!service.Name.IsMissing && !service.Name.Text.EndsWith(suffix, System.StringComparison.Ordinal))
            {
                context.Report(service.Name.Span, new object?[] { service.Name.Text, suffix });
            }
        }
    }
}
