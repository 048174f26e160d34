using System.Reflection;
using System.Text;
using System.Text.Json;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;

namespace ProtoGuard.Cli.Output;

/// <summary>A SARIF 2.1.0 log with one run: every catalog rule the findings use, and the findings with fixes.</summary>
internal static class SarifReport
{
    public static string Write(IReadOnlyList<Finding> findings)
    {
        var rules = findings.Select(f => f.Rule).Distinct().OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        var version = typeof(SarifReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "ProtoGuard");
            json.WriteString("semanticVersion", version);
            json.WriteString("informationUri", "https://github.com/protoguard/protoguard");
            json.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteStartObject("shortDescription");
                json.WriteString("text", rule.Title);
                json.WriteEndObject();
                json.WriteStartObject("fullDescription");
                json.WriteString("text", rule.Description);
                json.WriteEndObject();
                json.WriteString("helpUri", rule.HelpUri);
                json.WriteStartObject("defaultConfiguration");
                json.WriteString("level", Level(rule.DefaultSeverity));
                json.WriteBoolean("enabled", rule.IsEnabledByDefault);
                json.WriteEndObject();
                json.WriteStartObject("properties");
                json.WriteString("category", rule.Category);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var finding in findings)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", finding.Rule.Id);
                json.WriteNumber("ruleIndex", rules.IndexOf(finding.Rule));
                json.WriteString("level", Level(finding.Severity));
                json.WriteStartObject("message");
                json.WriteString("text", finding.Message);
                json.WriteEndObject();
                json.WriteStartArray("locations");
                json.WriteStartObject();
                WritePhysicalLocation(json, finding.Text, finding.Span);
                json.WriteEndObject();
                json.WriteEndArray();
                if (finding.Fix is { } fix)
                {
                    json.WriteStartArray("fixes");
                    json.WriteStartObject();
                    json.WriteStartObject("description");
                    json.WriteString("text", fix.Title);
                    json.WriteEndObject();
                    json.WriteStartArray("artifactChanges");
                    json.WriteStartObject();
                    json.WriteStartObject("artifactLocation");
                    json.WriteString("uri", finding.Text.Path);
                    json.WriteEndObject();
                    json.WriteStartArray("replacements");
                    foreach (var edit in fix.Edits)
                    {
                        json.WriteStartObject();
                        json.WritePropertyName("deletedRegion");
                        WriteRegion(json, finding.Text, edit.Span);
                        json.WriteStartObject("insertedContent");
                        json.WriteString("text", edit.NewText);
                        json.WriteEndObject();
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                    json.WriteEndArray();
                    json.WriteEndObject();
                    json.WriteEndArray();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).ReplaceLineEndings("\n") + "\n";
    }

    private static void WritePhysicalLocation(Utf8JsonWriter json, Schema.Text.SourceText text, Schema.Text.TextSpan span)
    {
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", text.Path);
        json.WriteEndObject();
        json.WritePropertyName("region");
        WriteRegion(json, text, span);
        json.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter json, Schema.Text.SourceText text, Schema.Text.TextSpan span)
    {
        var start = text.GetLinePosition(span.Start);
        var end = text.GetLinePosition(span.End);
        json.WriteStartObject();
        json.WriteNumber("startLine", start.Line + 1);
        json.WriteNumber("startColumn", start.Character + 1);
        json.WriteNumber("endLine", end.Line + 1);
        json.WriteNumber("endColumn", end.Character + 1);
        json.WriteNumber("charOffset", span.Start);
        json.WriteNumber("charLength", span.Length);
        json.WriteEndObject();
    }

    private static string Level(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => "error",
        RuleSeverity.Warning => "warning",
        RuleSeverity.Info => "note",
        _ => "none",
    };
}
