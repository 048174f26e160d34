using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Rules.Lint;

/// <summary>PG1007: buf's PACKAGE_SAME_DIRECTORY: the linted files of one package are in one directory.</summary>
public sealed class PG1007PackageSameDirectory : ProtoRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.PackageSameDirectory;

    public override void Analyze(ProtoRuleContext context)
    {
        if (context.Linked is not { } file)
        {
            return;
        }

        var directories = context.Scope.FilesInPackage(file.Package).Select(other => LintScope.DirectoryOf(other.Name)).Distinct().OrderBy(d => d, System.StringComparer.Ordinal).ToArray();
        if (directories.Length > 1)
        {
            context.Report(BufLocations.Package(context.File), new object?[] { file.Package, string.Join(", ", directories) });
        }
    }
}
