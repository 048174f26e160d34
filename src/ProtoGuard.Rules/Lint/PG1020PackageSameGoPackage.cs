using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Rules.Lint;

/// <summary>PG1020: buf's PACKAGE_SAME_GO_PACKAGE.</summary>
public sealed class PG1020PackageSameGoPackage : ProtoRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.PackageSameGoPackage;

    public override void Analyze(ProtoRuleContext context)
    {
        PackageOptionConsistency.Analyze(context, "go_package");
    }
}
