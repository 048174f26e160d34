using System.Text;
using System.Text.Json;
using ProtoGuard.Rules.Engine;

namespace ProtoGuard.Cli.Output;

/// <summary>One JSON document: <c>{"findings":[{"path","line","column","endLine","endColumn","ruleId","severity","message"}]}</c>, 1-based positions.</summary>
internal static class JsonReport
{
    public static string Write(IReadOnlyList<Finding> findings)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartArray("findings");
            foreach (var finding in findings)
            {
                var start = finding.Text.GetLinePosition(finding.Span.Start);
                var end = finding.Text.GetLinePosition(finding.Span.End);
                json.WriteStartObject();
                json.WriteString("path", finding.Text.Path);
                json.WriteNumber("line", start.Line + 1);
                json.WriteNumber("column", start.Character + 1);
                json.WriteNumber("endLine", end.Line + 1);
                json.WriteNumber("endColumn", end.Character + 1);
                json.WriteString("ruleId", finding.Rule.Id);
                json.WriteString("severity", finding.Severity.ToString().ToLowerInvariant());
                json.WriteString("message", finding.Message);
                json.WriteString("helpUri", finding.Rule.HelpUri);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).ReplaceLineEndings("\n") + "\n";
    }
}
