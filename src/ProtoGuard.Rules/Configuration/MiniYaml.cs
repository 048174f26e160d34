using System;
using System.Collections.Generic;

namespace ProtoGuard.Rules.Configuration;

/// <summary>
/// The YAML subset configuration files like buf.yaml use: block mappings and sequences by indentation, flow
/// sequences (<c>[A, B]</c>), plain and quoted scalars, <c>#</c> comments. Values are <c>string</c>,
/// <c>List&lt;object&gt;</c> or <c>Dictionary&lt;string, object&gt;</c>; anything else is skipped, never thrown on.
/// </summary>
public static class MiniYaml
{
    public static Dictionary<string, object> Parse(string text)
    {
        var lines = new List<(int Indent, string Text)>();
        foreach (var raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            var content = StripComment(raw).TrimEnd();
            if (content.Trim().Length == 0 || content.Trim() == "---")
            {
                continue;
            }

            var indent = 0;
            while (indent < content.Length && content[indent] == ' ')
            {
                indent++;
            }

            lines.Add((indent, content.Substring(indent)));
        }

        var index = 0;
        return ParseBlock(lines, ref index, 0) as Dictionary<string, object> ?? new Dictionary<string, object>(StringComparer.Ordinal);
    }

    private static object ParseBlock(List<(int Indent, string Text)> lines, ref int index, int indent)
    {
        if (index < lines.Count && lines[index].Text.StartsWith("-", StringComparison.Ordinal) && (lines[index].Text.Length == 1 || lines[index].Text[1] == ' '))
        {
            var list = new List<object>();
            while (index < lines.Count && lines[index].Indent == indent && lines[index].Text.StartsWith("-", StringComparison.Ordinal))
            {
                var item = lines[index].Text.Substring(1).Trim();
                if (item.Length == 0)
                {
                    index++;
                    list.Add(index < lines.Count && lines[index].Indent > indent ? ParseBlock(lines, ref index, lines[index].Indent) : string.Empty);
                }
                else if (IsKeyValue(item))
                {
                    // "- key: value" starts a mapping whose other keys are indented like "key".
                    var itemIndent = indent + (lines[index].Text.Length - lines[index].Text.Substring(1).TrimStart().Length);
                    lines[index] = (itemIndent, item);
                    list.Add(ParseBlock(lines, ref index, itemIndent));
                }
                else
                {
                    list.Add(Scalar(item));
                    index++;
                }
            }

            return list;
        }

        var map = new Dictionary<string, object>(StringComparer.Ordinal);
        while (index < lines.Count && lines[index].Indent == indent && IsKeyValue(lines[index].Text))
        {
            var text = lines[index].Text;
            var colon = KeyEnd(text);
            var key = Unquote(text.Substring(0, colon).Trim());
            var value = text.Substring(colon + 1).Trim();
            index++;
            if (value.Length > 0)
            {
                map[key] = Scalar(value);
            }
            else if (index < lines.Count && (lines[index].Indent > indent || (lines[index].Indent == indent && lines[index].Text.StartsWith("- ", StringComparison.Ordinal))))
            {
                map[key] = ParseBlock(lines, ref index, lines[index].Indent);
            }
            else
            {
                map[key] = string.Empty;
            }
        }

        // Skip what this subset does not understand, so a strange line cannot hang the parse.
        while (index < lines.Count && lines[index].Indent > indent)
        {
            index++;
        }

        return map;
    }

    private static bool IsKeyValue(string text) => KeyEnd(text) > 0;

    private static int KeyEnd(string text)
    {
        if (text.StartsWith("\"", StringComparison.Ordinal) || text.StartsWith("'", StringComparison.Ordinal))
        {
            var close = text.IndexOf(text[0], 1);
            return close > 0 && close + 1 < text.Length && text[close + 1] == ':' ? close + 1 : -1;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == ':' && (i + 1 == text.Length || text[i + 1] == ' '))
            {
                return i;
            }

            if (text[i] == '[' || text[i] == '{')
            {
                return -1;
            }
        }

        return -1;
    }

    private static object Scalar(string value)
    {
        if (value.StartsWith("[", StringComparison.Ordinal) && value.EndsWith("]", StringComparison.Ordinal))
        {
            var list = new List<object>();
            foreach (var item in value.Substring(1, value.Length - 2).Split(','))
            {
                if (item.Trim().Length > 0)
                {
                    list.Add(Unquote(item.Trim()));
                }
            }

            return list;
        }

        return Unquote(value);
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[value.Length - 1] == value[0] ? value.Substring(1, value.Length - 2) : value;

    private static string StripComment(string line)
    {
        var quote = '\0';
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c == '"' || c == '\'')
            {
                quote = c;
            }
            else if (c == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t'))
            {
                return line.Substring(0, i);
            }
        }

        return line;
    }
}
