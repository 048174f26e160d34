using System.Linq;
using ProtoGuard.Rules.Breaking.Model;
using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2024 (PACKAGE_SERVICE_NO_DELETE): a service may move between the files of its package but not disappear from it.</summary>
public sealed class PG2024PackageServiceNoDelete : PackageElementDeletionRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.PackageServiceNoDelete;

    /// <summary>A service is never nested, so its deletion is a change of the file as a whole (shown at the package line).</summary>
    protected override void ReportDeletion(BreakingContext context, FileShape newFile, object?[] arguments)
        => context.ReportAtFile(newFile, arguments);

    protected override System.Collections.Generic.IEnumerable<string> Elements(FileShape file) => file.Services.Select(service => service.Name);
}
