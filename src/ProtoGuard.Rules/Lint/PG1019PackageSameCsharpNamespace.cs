using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Rules.Lint;

/// <summary>PG1019: buf's PACKAGE_SAME_CSHARP_NAMESPACE.</summary>
public sealed class PG1019PackageSameCsharpNamespace : ProtoRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.PackageSameCsharpNamespace;

    public override void Analyze(ProtoRuleContext context)
    {
        PackageOptionConsistency.Analyze(context, "csharp_namespace");
    }
}
