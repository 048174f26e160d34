using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Rules.Lint;

/// <summary>PG1003: buf's DIRECTORY_SAME_PACKAGE: the linted files of one directory share one package.</summary>
public sealed class PG1003DirectorySamePackage : ProtoRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.DirectorySamePackage;

    public override void Analyze(ProtoRuleContext context)
    {
        if (context.Linked is not { } file)
        {
            return;
        }

        var directory = LintScope.DirectoryOf(file.Name);
        var packages = context.Scope.FilesInDirectory(directory).Select(other => other.Package).Distinct().OrderBy(p => p, System.StringComparer.Ordinal).ToArray();
        if (packages.Length > 1)
        {
            context.Report(BufLocations.Package(context.File), new object?[] { directory, string.Join(", ", packages.Select(p => p.Length == 0 ? "no package" : p)) });
        }
    }
}
