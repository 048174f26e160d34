using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Rules.Lint;

/// <summary>PG1014: buf's IMPORT_NO_PUBLIC.</summary>
public sealed class PG1014ImportNoPublic : ProtoRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.ImportNoPublic;

    public override void Analyze(ProtoRuleContext context)
    {
        foreach (var import in context.File.Root.Imports)
        {
            if (import.Modifier == ImportModifier.Public)
            {
                context.Report(import.Span, new object?[] { import.Path });
            }
        }
    }
}
