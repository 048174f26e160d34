using System.Linq;
using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2049 (EXTENSION_NO_DELETE): an extension stays in its file; extensions pair by nested name within files paired by path.</summary>
public sealed class PG2049ExtensionNoDelete : BreakingRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.ExtensionNoDelete;

    public override void Check(BreakingContext context)
    {
        foreach (var (oldFile, newFile) in context.FilePairs)
        {
            var newNames = new System.Collections.Generic.HashSet<string>(newFile.Extensions.Select(extension => extension.NestedName), System.StringComparer.Ordinal);
            foreach (var name in oldFile.Extensions.Select(extension => extension.NestedName).OrderBy(name => name, System.StringComparer.Ordinal))
            {
                if (!newNames.Contains(name))
                {
                    context.Report(newFile, Locations.DeletedFrom(newFile, name), new object?[] { name, newFile.Path });
                }
            }
        }
    }
}
