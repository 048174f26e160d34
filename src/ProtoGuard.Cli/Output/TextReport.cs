namespace ProtoGuard.Cli.Output;

/// <summary>
/// <c>path:line:col: severity PGxxxx: message</c> (1-based; <c>path: severity PGxxxx: message</c> for a problem
/// without a place), then the summary. With <c>color</c>, ANSI colors: the path bold, the severity red, yellow or cyan.
/// </summary>
internal static class TextReport
{
    private const string Reset = "\u001b[0m";
    private const string Bold = "\u001b[1m";
    private const string Dim = "\u001b[2m";

    public static void Write(IReadOnlyList<ReportItem> items, string summary, bool color, TextWriter builder)
    {
        foreach (var item in items)
        {
            var location = item.Region is { } region ? $"{item.Path}:{region.Line}:{region.Column}" : item.Path;
            var severity = Reports.SeverityName(item.Severity);
            if (color)
            {
                builder.Append(Bold).Append(location).Append(':').Append(Reset).Append(' ')
                    .Append(SeverityColor(item.Severity)).Append(severity).Append(Reset).Append(' ')
                    .Append(Dim).Append(item.Rule.Id).Append(':').Append(Reset).Append(' ')
                    .Append(item.Message).Append('\n');
            }
            else
            {
                builder.Append(location).Append(": ").Append(severity).Append(' ').Append(item.Rule.Id).Append(": ").Append(item.Message).Append('\n');
            }
        }

        if (summary.Length > 0)
        {
            builder.Append(summary).Append('\n');
        }
    }

    private static string SeverityColor(Rules.Catalog.RuleSeverity severity) => severity switch
    {
        Rules.Catalog.RuleSeverity.Error => "\u001b[1;31m",
        Rules.Catalog.RuleSeverity.Warning => "\u001b[1;33m",
        _ => "\u001b[1;36m",
    };
}
