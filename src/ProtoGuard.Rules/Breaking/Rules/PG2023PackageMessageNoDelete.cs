using System.Linq;
using ProtoGuard.Rules.Breaking.Model;
using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2023 (PACKAGE_MESSAGE_NO_DELETE): a message (map entries included) may move between the files of its package but not disappear from it.</summary>
public sealed class PG2023PackageMessageNoDelete : BreakingRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.PackageMessageNoDelete;

    public override void Check(BreakingContext context)
    {
        // As buf: only packages that still declare at least one such element are checked.
        var newByPackage = context.New.Files.GroupBy(file => file.Package)
            .Select(group => (group.Key, Names: new System.Collections.Generic.HashSet<string>(group.SelectMany(Elements), System.StringComparer.Ordinal)))
            .Where(package => package.Names.Count > 0)
            .ToDictionary(package => package.Key, package => package.Names, System.StringComparer.Ordinal);
        foreach (var oldPackage in context.Old.Files.GroupBy(file => file.Package).OrderBy(group => group.Key, System.StringComparer.Ordinal))
        {
            if (!newByPackage.TryGetValue(oldPackage.Key, out var newNames))
            {
                continue;
            }

            foreach (var (oldFile, name) in oldPackage.SelectMany(file => Elements(file).Select(name => (file, name))).OrderBy(item => item.name, System.StringComparer.Ordinal))
            {
                if (newNames.Contains(name))
                {
                    continue;
                }

                if (context.FindNewFile(oldFile.Path) is { } newFile)
                {
                    context.Report(newFile, Locations.DeletedFrom(newFile, name), new object?[] { name, oldPackage.Key });
                }
                else
                {
                    context.ReportWithoutLocation(oldFile.Path, new object?[] { name, oldPackage.Key });
                }
            }
        }
    }

    private static System.Collections.Generic.IEnumerable<string> Elements(FileShape file) => file.Messages.Select(message => message.NestedName);
}
