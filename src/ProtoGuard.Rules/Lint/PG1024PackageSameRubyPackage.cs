using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Rules.Lint;

/// <summary>PG1024: buf's PACKAGE_SAME_RUBY_PACKAGE.</summary>
public sealed class PG1024PackageSameRubyPackage : ProtoRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.PackageSameRubyPackage;

    public override void Analyze(ProtoRuleContext context)
    {
        PackageOptionConsistency.Analyze(context, "ruby_package");
    }
}
