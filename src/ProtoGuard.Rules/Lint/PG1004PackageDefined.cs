using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Rules.Lint;

/// <summary>PG1004: buf's PACKAGE_DEFINED: every file declares a package.</summary>
public sealed class PG1004PackageDefined : ProtoRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.PackageDefined;

    public override void Analyze(ProtoRuleContext context)
    {
        if (context.File.Root.Package is null || context.File.Root.Package.Name.IsMissing)
        {
            context.Report(BufLocations.FileStart, new object?[0]);
        }
    }
}
