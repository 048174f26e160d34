using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Cli.Output;

/// <summary>The report formats every reporting command writes.</summary>
internal enum ReportFormat
{
    /// <summary><c>path:line:col: severity PGxxxx: message</c> lines and a summary; colored on a terminal.</summary>
    Text,

    /// <summary>One JSON document with every finding.</summary>
    Json,

    /// <summary>SARIF 2.1.0 (code scanning, IDE viewers).</summary>
    Sarif,

    /// <summary>GitHub Actions workflow commands (<c>::error file=…::message</c>): annotations on the pull request.</summary>
    Github,

    /// <summary>MSBuild's canonical error format (<c>path(line,col,endLine,endCol): warning PGxxxx: message</c>).</summary>
    MsBuild,
}

/// <summary>Names, parsing and writing of <see cref="ReportFormat"/>.</summary>
internal static class Reports
{
    public static readonly string[] Names = ["text", "json", "sarif", "github", "msbuild"];

    public static ReportFormat Parse(string? name) => name?.ToLowerInvariant() switch
    {
        "json" => ReportFormat.Json,
        "sarif" => ReportFormat.Sarif,
        "github" => ReportFormat.Github,
        "msbuild" => ReportFormat.MsBuild,
        _ => ReportFormat.Text,
    };

    /// <summary>
    /// Writes the report to <paramref name="destination"/> as it goes (a large report is never held whole);
    /// <paramref name="summary"/> ends the text format only, <paramref name="color"/> applies to it only.
    /// </summary>
    public static void Write(ReportFormat format, IReadOnlyList<ReportItem> items, string summary, bool color, TextWriter destination)
    {
        switch (format)
        {
            case ReportFormat.Json:
                JsonReport.Write(items, destination);
                break;
            case ReportFormat.Sarif:
                SarifReport.Write(items, destination);
                break;
            case ReportFormat.Github:
                GithubReport.Write(items, destination);
                break;
            case ReportFormat.MsBuild:
                MsBuildReport.Write(items, destination);
                break;
            default:
                TextReport.Write(items, summary, color, destination);
                break;
        }
    }

    /// <summary>The lowercase name compilers print: error, warning, info (hidden findings are never reported).</summary>
    public static string SeverityName(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => "error",
        RuleSeverity.Warning => "warning",
        RuleSeverity.Info => "info",
        _ => "hidden",
    };
}
