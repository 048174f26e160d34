namespace ProtoGuard.Cli.Output;

/// <summary>
/// MSBuild's canonical error format, <c>path(line,col,endLine,endCol): warning PGxxxx: message</c>
/// (<c>path: warning PGxxxx: message</c> without a place): what MSBuild, Visual Studio, VS Code's <c>$msCompile</c>
/// problem matcher and Azure Pipelines recognize as errors and warnings.
/// </summary>
internal static class MsBuildReport
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
            builder.Append(item.Path);
            if (item.Region is { } region)
            {
                builder.Append('(').Append(region.Line).Append(',').Append(region.Column).Append(',')
                    .Append(region.EndLine).Append(',').Append(region.EndColumn).Append(')');
            }

            // A line break inside the message would start a line MSBuild reads as something else.
            builder.Append(": ").Append(Reports.SeverityName(item.Severity)).Append(' ').Append(item.Rule.Id).Append(": ")
                .Append(item.Message.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ')).Append('\n');
        }
    }
}
