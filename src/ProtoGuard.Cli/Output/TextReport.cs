using System.Globalization;
using System.Text;
using ProtoGuard.Rules.Engine;

namespace ProtoGuard.Cli.Output;

/// <summary>Compiler-style lines (<c>path(line,col): warning PG1001: message</c>) and a summary.</summary>
internal static class TextReport
{
    public static string Write(IReadOnlyList<Finding> findings, int fileCount)
    {
        var builder = new StringBuilder();
        foreach (var finding in findings)
        {
            builder.Append(finding.ToString()).Append('\n');
        }

        var errors = findings.Count(f => f.Severity == Rules.Catalog.RuleSeverity.Error);
        var warnings = findings.Count(f => f.Severity == Rules.Catalog.RuleSeverity.Warning);
        builder.Append(string.Create(CultureInfo.InvariantCulture, $"{fileCount} file(s) checked: {errors} error(s), {warnings} warning(s), {findings.Count - errors - warnings} other\n"));
        return builder.ToString();
    }
}
