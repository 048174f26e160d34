using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Rules.Lint;

/// <summary>PG1023: buf's PACKAGE_SAME_PHP_NAMESPACE.</summary>
public sealed class PG1023PackageSamePhpNamespace : ProtoRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.PackageSamePhpNamespace;

    public override void Analyze(ProtoRuleContext context)
    {
        PackageOptionConsistency.Analyze(context, "php_namespace");
    }
}
