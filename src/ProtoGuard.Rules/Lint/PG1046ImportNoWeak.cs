using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Rules.Lint;

/// <summary>PG1046: buf's IMPORT_NO_WEAK (deprecated in buf, kept for configurations that name it).</summary>
public sealed class PG1046ImportNoWeak : ProtoRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.ImportNoWeak;

    public override void Analyze(ProtoRuleContext context)
    {
        foreach (var import in context.File.Root.Imports)
        {
            if (import.Modifier == ImportModifier.Weak)
            {
                context.Report(import.Span, new object?[] { import.Path });
            }
        }
    }
}
