using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Rules.Lint;

/// <summary>PG1005: buf's PACKAGE_DIRECTORY_MATCH: the file's directory (relative to its import root) spells its package.</summary>
public sealed class PG1005PackageDirectoryMatch : ProtoRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.PackageDirectoryMatch;

    public override void Analyze(ProtoRuleContext context)
    {
        if (context.Linked is not { } file || file.Package.Length == 0 || context.File.Root.Package is not { } declaration)
        {
            return;
        }

        var expected = file.Package.Replace('.', '/');
        var directory = LintScope.DirectoryOf(file.Name);
        if (directory != expected)
        {
            context.Report(declaration.Span, new object?[] { file.Package, expected, directory.Length == 0 ? "." : directory });
        }
    }
}
