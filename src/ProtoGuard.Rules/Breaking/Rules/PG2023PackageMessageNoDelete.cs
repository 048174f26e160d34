using System.Linq;
using ProtoGuard.Rules.Breaking.Model;
using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2023 (PACKAGE_MESSAGE_NO_DELETE): a message (map entries included) may move between the files of its package but not disappear from it.</summary>
public sealed class PG2023PackageMessageNoDelete : PackageElementDeletionRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.PackageMessageNoDelete;

    protected override System.Collections.Generic.IEnumerable<string> Elements(FileShape file) => file.Messages.Select(message => message.NestedName);
}
