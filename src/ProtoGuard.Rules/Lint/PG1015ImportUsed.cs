using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Rules.Lint;

/// <summary>PG1015: buf's IMPORT_USED: an import is used when a name in the file resolves into it (or into a file it re-exports).</summary>
public sealed class PG1015ImportUsed : ProtoRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.ImportUsed;

    public override void Analyze(ProtoRuleContext context)
    {
        if (context.Linked is not { } file)
        {
            return;
        }

        var imports = BufLocations.Imports(context.File);
        for (var i = 0; i < imports.Count && i < file.Dependencies.Count; i++)
        {
            if (imports[i].Modifier == ImportModifier.None && !file.IsDependencyUsed(i))
            {
                context.Report(imports[i].Span, new object?[] { imports[i].Path }, BufLocations.RemoveLine(context.File, imports[i].Span, "Remove the unused import '" + imports[i].Path + "'"));
            }
        }
    }
}
