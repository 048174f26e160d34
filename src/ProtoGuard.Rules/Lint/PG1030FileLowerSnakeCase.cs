using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Rules.Lint;

/// <summary>PG1030: buf's FILE_LOWER_SNAKE_CASE: the file name without its extension is lower_snake_case.</summary>
public sealed class PG1030FileLowerSnakeCase : ProtoRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.FileLowerSnakeCase;

    public override void Analyze(ProtoRuleContext context)
    {
        var path = context.Linked?.Name ?? context.File.Text.Path.Replace('\\', '/');
        var fileName = path.Substring(path.LastIndexOf('/') + 1);
        var dot = fileName.LastIndexOf('.');
        var extension = dot < 0 ? string.Empty : fileName.Substring(dot);
        var stem = fileName.Substring(0, fileName.Length - extension.Length);
        var expected = BufNames.ToLowerSnakeCase(stem);
        if (stem != expected)
        {
            context.Report(BufLocations.FileStart, new object?[] { fileName, expected + extension });
        }
    }
}
