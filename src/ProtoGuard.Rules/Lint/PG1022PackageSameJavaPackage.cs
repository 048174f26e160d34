using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Rules.Lint;

/// <summary>PG1022: buf's PACKAGE_SAME_JAVA_PACKAGE.</summary>
public sealed class PG1022PackageSameJavaPackage : ProtoRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.PackageSameJavaPackage;

    public override void Analyze(ProtoRuleContext context)
    {
        PackageOptionConsistency.Analyze(context, "java_package");
    }
}
