using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Cli;

/// <summary><c>protoguard rules [--format text|json]</c>: the rule catalog (id, title, category, default severity, equivalents, options).</summary>
internal static class RulesCommand
{
    public static Command Create(TextWriter output)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text or json",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("rules", "List the ProtoGuard rules with their buf and api-linter equivalents") { format };
        command.SetAction(parseResult =>
        {
            output.Write(parseResult.GetValue(format) == "json" ? Json() : Text());
            return 0;
        });
        return command;
    }

    /// <summary>One line per rule: id, default severity, on/off by default, category, title, equivalents, doc link.</summary>
    private static string Text()
    {
        var categoryWidth = RuleCatalog.All.Max(rule => rule.Category.Length);
        var builder = new StringBuilder();
        foreach (var rule in RuleCatalog.All)
        {
            builder.Append(rule.Id).Append("  ").Append(rule.DefaultSeverity.ToString().ToLowerInvariant().PadRight(7))
                .Append(rule.IsEnabledByDefault ? "  on   " : "  off  ").Append(rule.Category.PadRight(categoryWidth)).Append("  ").Append(rule.Title);
            if (rule.BufEquivalent is { } buf)
            {
                builder.Append("  [buf ").Append(buf).Append(']');
            }

            if (rule.ApiLinterEquivalent is { } apiLinter)
            {
                builder.Append("  [api-linter ").Append(apiLinter).Append(']');
            }

            builder.Append("  ").Append(rule.HelpUri).Append('\n');
        }

        return builder.ToString();
    }

    private static string Json()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("rules");
            foreach (var rule in RuleCatalog.All)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteString("title", rule.Title);
                json.WriteString("category", rule.Category);
                json.WriteString("defaultSeverity", rule.DefaultSeverity.ToString().ToLowerInvariant());
                json.WriteBoolean("enabledByDefault", rule.IsEnabledByDefault);
                json.WriteBoolean("hasFix", rule.HasCodeFix);
                json.WriteString("helpUri", rule.HelpUri);
                json.WriteStartObject("equivalents");
                if (rule.BufEquivalent is { } buf)
                {
                    json.WriteString("buf", buf);
                }

                if (rule.ApiLinterEquivalent is { } apiLinter)
                {
                    json.WriteString("apiLinter", apiLinter);
                }

                json.WriteEndObject();
                json.WriteStartArray("options");
                foreach (var option in rule.Options)
                {
                    json.WriteStartObject();
                    json.WriteString("key", option.Key);
                    json.WriteString("type", option.Type.ToString().ToLowerInvariant());
                    json.WriteString("default", option.DefaultText);
                    json.WriteString("description", option.Description);
                    json.WriteStartArray("aliases");
                    foreach (var alias in option.Aliases)
                    {
                        json.WriteStringValue(alias);
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).ReplaceLineEndings("\n") + "\n";
    }
}
