using System.Linq;
using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2025 (MESSAGE_NO_DELETE): a message (nested ones and map entries included) stays in its file; messages pair by nested name within files paired by path.</summary>
public sealed class PG2025MessageNoDelete : BreakingRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.MessageNoDelete;

    public override void Check(BreakingContext context)
    {
        foreach (var (oldFile, newFile) in context.FilePairs)
        {
            var newNames = new System.Collections.Generic.HashSet<string>(newFile.Messages.Select(message => message.NestedName), System.StringComparer.Ordinal);
            foreach (var name in oldFile.Messages.Select(message => message.NestedName).OrderBy(name => name, System.StringComparer.Ordinal))
            {
                if (!newNames.Contains(name))
                {
                    context.Report(newFile, Locations.DeletedFrom(newFile, name), new object?[] { name, newFile.Path });
                }
            }
        }
    }
}
