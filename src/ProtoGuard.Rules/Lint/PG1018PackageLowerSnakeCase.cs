using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Rules.Lint;

/// <summary>PG1018: buf's PACKAGE_LOWER_SNAKE_CASE: each component of the package is lower_snake_case.</summary>
public sealed class PG1018PackageLowerSnakeCase : ProtoRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.PackageLowerSnakeCase;

    public override void Analyze(ProtoRuleContext context)
    {
        if (context.File.Root.Package is not { Name.IsMissing: false } declaration)
        {
            return;
        }

        var package = declaration.Name.Text;
        var expected = string.Join(".", package.Split('.').Select(BufNames.ToLowerSnakeCase));
        if (package != expected)
        {
            context.Report(declaration.Span, new object?[] { package, expected });
        }
    }
}
