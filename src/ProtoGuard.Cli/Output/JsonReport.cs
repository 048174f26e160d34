using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ProtoGuard.Cli.Output;

/// <summary>
/// One JSON document: <c>{"findings":[{"path","line","column","endLine","endColumn","ruleId","severity","message","helpUri","fix"}]}</c>,
/// 1-based positions (absent for a problem without a place); <c>fix</c> (title and edits) only when the finding has one.
/// </summary>
internal static class JsonReport
{
    public static void Write(IReadOnlyList<ReportItem> items, TextWriter destination)
    {
        using (var chunks = new JsonChunks(destination))
        {
            var json = chunks.Json;
            json.WriteStartObject();
            json.WriteStartArray("findings");
            foreach (var item in items)
            {
                chunks.FlushIfFull();
                json.WriteStartObject();
                json.WriteString("path", item.Path);
                if (item.Region is { } region)
                {
                    json.WriteNumber("line", region.Line);
                    json.WriteNumber("column", region.Column);
                    json.WriteNumber("endLine", region.EndLine);
                    json.WriteNumber("endColumn", region.EndColumn);
                }

                json.WriteString("ruleId", item.Rule.Id);
                json.WriteString("severity", Reports.SeverityName(item.Severity));
                json.WriteString("message", item.Message);
                json.WriteString("helpUri", item.Rule.HelpUri);
                if (item.Fix is { } fix && item.Text is { } text)
                {
                    json.WriteStartObject("fix");
                    json.WriteString("title", fix.Title);
                    json.WriteStartArray("edits");
                    foreach (var edit in fix.Edits)
                    {
                        var start = text.GetLinePosition(edit.Span.Start);
                        var end = text.GetLinePosition(edit.Span.End);
                        json.WriteStartObject();
                        json.WriteNumber("line", start.Line + 1);
                        json.WriteNumber("column", start.Character + 1);
                        json.WriteNumber("endLine", end.Line + 1);
                        json.WriteNumber("endColumn", end.Character + 1);
                        json.WriteString("newText", edit.NewText);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

    }
}
