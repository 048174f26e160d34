using System.Linq;
using ProtoGuard.Rules.Breaking.Model;
using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2021 (PACKAGE_ENUM_NO_DELETE): an enum may move between the files of its package but not disappear from it.</summary>
public sealed class PG2021PackageEnumNoDelete : PackageElementDeletionRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.PackageEnumNoDelete;

    protected override System.Collections.Generic.IEnumerable<string> Elements(FileShape file) => file.Enums.Select(enumShape => enumShape.NestedName);
}
