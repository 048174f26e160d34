using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Rules.Lint;

/// <summary>PG1025: buf's PACKAGE_SAME_SWIFT_PREFIX.</summary>
public sealed class PG1025PackageSameSwiftPrefix : ProtoRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.PackageSameSwiftPrefix;

    public override void Analyze(ProtoRuleContext context)
    {
        PackageOptionConsistency.Analyze(context, "swift_prefix");
    }
}
