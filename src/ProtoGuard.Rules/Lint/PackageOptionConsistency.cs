using System.Linq;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema;
using ProtoGuard.Schema.Syntax;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Rules.Lint;

/// <summary>
/// The shared check of buf's PACKAGE_SAME_* rules: the linted files of a package set a file option to one value
/// (a file without the option counts as the value ""). Each file of an inconsistent package is reported at its
/// option statement, or at line 1 when it has none.
/// </summary>
internal static class PackageOptionConsistency
{
    public static void Analyze(ProtoRuleContext context, string optionName)
    {
        if (context.Linked is not { } file)
        {
            return;
        }

        var values = context.Scope.FilesInPackage(file.Package)
            .Select(other => Find(other.Parsed, optionName) is { } option ? ValueOf(option) : string.Empty)
            .Distinct()
            .OrderBy(value => value, System.StringComparer.Ordinal)
            .ToArray();
        if (values.Length < 2)
        {
            return;
        }

        var own = Find(context.File, optionName);
        var span = own?.Span ?? new TextSpan(0, 0);
        context.Report(span, new object?[] { file.Package, optionName, string.Join(", ", values.Select(value => value.Length == 0 ? "none" : "\"" + value + "\"")) });
    }

    private static OptionNode? Find(ParsedFile file, string optionName) =>
        file.Root.Options.LastOrDefault(option => option.Name.Text == optionName);

    private static string ValueOf(OptionNode option) => option.Value switch
    {
        StringValue text => text.Value,
        IdentifierValue identifier => identifier.ToString(),
        _ => option.Value.ToString() ?? string.Empty,
    };
}
