using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Rules.Lint;

/// <summary>PG1031: buf's PACKAGE_VERSION_SUFFIX.</summary>
public sealed class PG1031PackageVersionSuffix : ProtoRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.PackageVersionSuffix;

    public override void Analyze(ProtoRuleContext context)
    {
        if (context.File.Root.Package is { Name.IsMissing: false } declaration && !BufNames.TryGetPackageVersion(declaration.Name.Text, out _))
        {
            context.Report(declaration.Span, new object?[] { declaration.Name.Text });
        }
    }
}
