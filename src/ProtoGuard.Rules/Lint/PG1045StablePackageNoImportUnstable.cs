using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Rules.Lint;

/// <summary>PG1045: buf's STABLE_PACKAGE_NO_IMPORT_UNSTABLE (only imports of linted files are judged, as buf judges only its module's files).</summary>
public sealed class PG1045StablePackageNoImportUnstable : ProtoRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.StablePackageNoImportUnstable;

    public override void Analyze(ProtoRuleContext context)
    {
        if (context.Linked is not { } file || !BufNames.TryGetPackageVersion(file.Package, out var stable) || !stable)
        {
            return;
        }

        var imports = BufLocations.Imports(context.File);
        for (var i = 0; i < file.DependencyFiles.Count && i < imports.Count; i++)
        {
            if (file.DependencyFiles[i] is { } dependency && context.Scope.Contains(dependency.Name)
                && BufNames.TryGetPackageVersion(dependency.Package, out var dependencyStable) && !dependencyStable)
            {
                context.Report(imports[i].Span, new object?[] { file.Package, imports[i].Path, dependency.Package });
            }
        }
    }
}
