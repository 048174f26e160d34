using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Cli.Output;

/// <summary>
/// GitHub Actions workflow commands, one per finding:
/// <c>::error file=path,line=4,col=3,endLine=4,endColumn=18,title=PG1001: title::message</c>. The runner turns them
/// into annotations on the pull request's diff. Escaping is the runner's (actions/toolkit's <c>escapeData</c> and
/// <c>escapeProperty</c>): <c>%</c>, CR and LF everywhere, and <c>:</c> and <c>,</c> in property values too.
/// </summary>
internal static class GithubReport
{
    public static string Write(IReadOnlyList<ReportItem> items)
    {
        var writer = new StringWriter();
        Write(items, writer);
        return writer.ToString();
    }

    public static void Write(IReadOnlyList<ReportItem> items, TextWriter builder)
    {
        foreach (var item in items)
        {
            builder.Append("::").Append(Command(item.Severity)).Append(" file=").Append(EscapeProperty(item.Path));
            if (item.Region is { } region)
            {
                builder.Append(",line=").Append(region.Line).Append(",col=").Append(region.Column)
                    .Append(",endLine=").Append(region.EndLine).Append(",endColumn=").Append(region.EndColumn);
            }

            builder.Append(",title=").Append(EscapeProperty(item.Rule.Id + ": " + item.Rule.Title))
                .Append("::").Append(EscapeData(item.Message + " (" + item.Rule.HelpUri + ")")).Append('\n');
        }
    }

    /// <summary>The message of a command: <c>%</c>, CR and LF are escaped.</summary>
    public static string EscapeData(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>A property value: as data, plus <c>:</c> and <c>,</c>, which would end the value.</summary>
    public static string EscapeProperty(string value) =>
        EscapeData(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);

    private static string Command(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => "error",
        RuleSeverity.Warning => "warning",
        _ => "notice",
    };
}
