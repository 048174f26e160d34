using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2002 (FILE_SAME_PACKAGE): a file keeps its package.</summary>
public sealed class PG2002FileSamePackage : BreakingRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.FileSamePackage;

    public override void Check(BreakingContext context)
    {
        foreach (var (oldFile, newFile) in context.FilePairs)
        {
            if (oldFile.Package != newFile.Package)
            {
                context.Report(newFile, Locations.PackageDeclaration(newFile), new object?[] { newFile.Path, oldFile.Package, newFile.Package });
            }
        }
    }
}
