using System.Linq;
using ProtoGuard.Rules.Breaking.Model;
using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2022 (PACKAGE_EXTENSION_NO_DELETE): an extension may move between the files of its package but not disappear from it.</summary>
public sealed class PG2022PackageExtensionNoDelete : PackageElementDeletionRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.PackageExtensionNoDelete;

    protected override System.Collections.Generic.IEnumerable<string> Elements(FileShape file) => file.Extensions.Select(extension => extension.NestedName);
}
