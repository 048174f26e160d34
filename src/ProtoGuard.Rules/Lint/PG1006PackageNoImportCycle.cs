using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Rules.Lint;

/// <summary>PG1006: buf's PACKAGE_NO_IMPORT_CYCLE: an import from package A to package B is reported when A is reachable again from B.</summary>
public sealed class PG1006PackageNoImportCycle : ProtoRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.PackageNoImportCycle;

    public override void Analyze(ProtoRuleContext context)
    {
        if (context.Linked is not { } file || file.Package.Length == 0)
        {
            return;
        }

        var graph = context.Scope.GetOrAdd(Descriptor.Id, PackageGraph.Build);
        var imports = BufLocations.Imports(context.File);
        for (var i = 0; i < file.DependencyFiles.Count && i < imports.Count; i++)
        {
            if (file.DependencyFiles[i] is not { } dependency || dependency.Package.Length == 0 || dependency.Package == file.Package)
            {
                continue;
            }

            if (graph.FindPath(dependency.Package, file.Package) is { } path)
            {
                context.Report(imports[i].Span, new object?[] { file.Package + " -> " + string.Join(" -> ", path) });
            }
        }
    }
}
