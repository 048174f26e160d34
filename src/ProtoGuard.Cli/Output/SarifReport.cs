using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Cli.Output;

/// <summary>
/// A SARIF 2.1.0 log with one run: the catalog entry (title, description, help URI, default level, category) of
/// every rule the findings use, and the findings with their regions and fixes. Paths are URI references relative to
/// <c>%SRCROOT%</c>, the current directory (GitHub code scanning and the SARIF viewers resolve them so).
/// </summary>
internal static class SarifReport
{
    public const string SourceRoot = "%SRCROOT%";

    public static void Write(IReadOnlyList<ReportItem> items, TextWriter destination)
    {
        var rules = items.Select(item => item.Rule).Distinct().OrderBy(rule => rule.Id, StringComparer.Ordinal).ToList();
        var version = typeof(SarifReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

        using (var chunks = new JsonChunks(destination))
        {
            var json = chunks.Json;
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

            json.WriteStartArray("invocations");
            json.WriteStartObject();
            json.WriteBoolean("executionSuccessful", true);
            json.WriteEndObject();
            json.WriteEndArray();

            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(SourceRoot);
            json.WriteString("uri", new Uri(Path.TrimEndingDirectorySeparator(Directory.GetCurrentDirectory()) + Path.DirectorySeparatorChar).AbsoluteUri);
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var item in items)
            {
                chunks.FlushIfFull();
                json.WriteStartObject();
                json.WriteString("ruleId", item.Rule.Id);
                json.WriteNumber("ruleIndex", rules.IndexOf(item.Rule));
                json.WriteString("level", Level(item.Severity));
                json.WriteStartObject("message");
                json.WriteString("text", item.Message);
                json.WriteEndObject();
                json.WriteStartArray("locations");
                json.WriteStartObject();
                json.WriteStartObject("physicalLocation");
                WriteArtifactLocation(json, item.Path);
                if (item.Text is { } text)
                {
                    json.WritePropertyName("region");
                    WriteRegion(json, text, item.Span);
                }

                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndArray();
                if (item.Fix is { } fix && item.Text is { } fixedText)
                {
                    json.WriteStartArray("fixes");
                    json.WriteStartObject();
                    json.WriteStartObject("description");
                    json.WriteString("text", fix.Title);
                    json.WriteEndObject();
                    json.WriteStartArray("artifactChanges");
                    json.WriteStartObject();
                    WriteArtifactLocation(json, item.Path);
                    json.WriteStartArray("replacements");
                    foreach (var edit in fix.Edits)
                    {
                        json.WriteStartObject();
                        json.WritePropertyName("deletedRegion");
                        WriteRegion(json, fixedText, edit.Span);
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

    }

    /// <summary>A relative path as a URI reference: each segment percent-encoded ("my protos/a b.proto" → "my%20protos/a%20b.proto").</summary>
    public static string ToUriReference(string path) =>
        string.Join('/', path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));

    private static void WriteArtifactLocation(Utf8JsonWriter json, string path)
    {
        json.WriteStartObject("artifactLocation");
        if (Path.IsPathRooted(path))
        {
            json.WriteString("uri", new Uri(path).AbsoluteUri);
        }
        else
        {
            json.WriteString("uri", ToUriReference(path));
            json.WriteString("uriBaseId", SourceRoot);
        }

        json.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter json, SourceText text, TextSpan span)
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
