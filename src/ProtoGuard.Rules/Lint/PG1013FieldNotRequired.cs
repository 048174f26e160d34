using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Rules.Lint;

/// <summary>PG1013: buf's FIELD_NOT_REQUIRED: no <c>required</c> label and no editions <c>features.field_presence = LEGACY_REQUIRED</c>.</summary>
public sealed class PG1013FieldNotRequired : ProtoRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.FieldNotRequired;

    public override void Analyze(ProtoRuleContext context)
    {
        foreach (var node in FileElements.Of(context.File).Fields)
        {
            var required = node.Label == FieldLabel.Required
                || node.Options.Any(option => option.Name.Text == "features.field_presence" && option.Value is IdentifierValue { Name: "LEGACY_REQUIRED" });
            if (required && !node.Name.IsMissing)
            {
                context.Report(node.Name.Span, new object?[] { node.Name.Text });
            }
        }
    }
}
