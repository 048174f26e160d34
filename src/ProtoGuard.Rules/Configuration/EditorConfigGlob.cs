using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ProtoGuard.Rules.Configuration;

/// <summary>
/// An editorconfig section glob: <c>*</c> (not across '/'), <c>**</c>, <c>?</c>, <c>[abc]</c>, <c>[!a-z]</c>,
/// <c>{a,b}</c> (nestable), <c>{1..10}</c> and <c>\</c> escapes. It is matched against the path relative to the
/// .editorconfig's directory, starting with '/'; a glob without '/' matches a file name in any subdirectory.
/// </summary>
public sealed class EditorConfigGlob
{
    private readonly Regex _regex;
    private readonly IReadOnlyList<(int Min, int Max)> _numericRanges;

    private EditorConfigGlob(string pattern, Regex regex, IReadOnlyList<(int Min, int Max)> numericRanges)
    {
        Pattern = pattern;
        this._regex = regex;
        this._numericRanges = numericRanges;
    }

    public string Pattern { get; }

    /// <summary>The glob, or null when it is malformed (an unclosed <c>[</c> or <c>{</c>, a bad range).</summary>
    public static EditorConfigGlob? TryCreate(string pattern)
    {
        var builder = new StringBuilder("^");
        if (pattern.IndexOf('/') < 0)
        {
            builder.Append("(?:.*/)?");
        }
        else if (pattern[0] != '/')
        {
            builder.Append('/');
        }

        var ranges = new List<(int, int)>();
        var index = 0;
        if (!Translate(pattern, ref index, builder, ranges, braceDepth: 0) || index != pattern.Length)
        {
            return null;
        }

        builder.Append('$');
        try
        {
            return new EditorConfigGlob(pattern, new Regex(builder.ToString(), RegexOptions.CultureInvariant | RegexOptions.Singleline), ranges);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Whether <paramref name="relativePath"/> ('/'-separated, starting with '/') matches.</summary>
    public bool IsMatch(string relativePath)
    {
        var match = _regex.Match(relativePath);
        if (!match.Success)
        {
            return false;
        }

        for (var i = 0; i < _numericRanges.Count; i++)
        {
            var group = match.Groups["r" + i.ToString(CultureInfo.InvariantCulture)];
            if (!group.Success)
            {
                continue;
            }

            if (!int.TryParse(group.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
                || number < _numericRanges[i].Min || number > _numericRanges[i].Max)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Translate(string pattern, ref int index, StringBuilder builder, List<(int, int)> ranges, int braceDepth)
    {
        while (index < pattern.Length)
        {
            var c = pattern[index];
            switch (c)
            {
                case '*':
                    if (index + 1 < pattern.Length && pattern[index + 1] == '*')
                    {
                        builder.Append(".*");
                        index += 2;
                    }
                    else
                    {
                        builder.Append("[^/]*");
                        index++;
                    }

                    break;
                case '?':
                    builder.Append("[^/]");
                    index++;
                    break;
                case '[':
                    if (!TranslateCharacterClass(pattern, ref index, builder))
                    {
                        return false;
                    }

                    break;
                case '{':
                    if (!TranslateBraces(pattern, ref index, builder, ranges, braceDepth))
                    {
                        return false;
                    }

                    break;
                case ',' when braceDepth > 0:
                case '}' when braceDepth > 0:
                    return true;
                case '\\' when index + 1 < pattern.Length:
                    builder.Append(Regex.Escape(pattern[index + 1].ToString()));
                    index += 2;
                    break;
                default:
                    builder.Append(Regex.Escape(c.ToString()));
                    index++;
                    break;
            }
        }

        return braceDepth == 0;
    }

    private static bool TranslateCharacterClass(string pattern, ref int index, StringBuilder builder)
    {
        var close = pattern.IndexOf(']', index + 1);
        if (close < 0)
        {
            return false;
        }

        var body = pattern.Substring(index + 1, close - index - 1);
        var negate = body.StartsWith("!", StringComparison.Ordinal);
        if (negate)
        {
            body = body.Substring(1);
        }

        if (body.Length == 0)
        {
            return false;
        }

        builder.Append(negate ? "[^" : "[");
        foreach (var ch in body)
        {
            builder.Append(ch == '-' ? "-" : (ch is '\\' or ']' or '[' or '^' ? "\\" + ch : ch.ToString()));
        }

        builder.Append(']');
        index = close + 1;
        return true;
    }

    private static bool TranslateBraces(string pattern, ref int index, StringBuilder builder, List<(int, int)> ranges, int braceDepth)
    {
        var close = FindMatchingBrace(pattern, index);
        if (close < 0)
        {
            return false;
        }

        var body = pattern.Substring(index + 1, close - index - 1);
        var numeric = Regex.Match(body, @"^(-?\d+)\.\.(-?\d+)$", RegexOptions.CultureInvariant);
        if (numeric.Success)
        {
            if (!int.TryParse(numeric.Groups[1].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var a)
                || !int.TryParse(numeric.Groups[2].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var b))
            {
                return false;
            }

            builder.Append("(?<r").Append(ranges.Count.ToString(CultureInfo.InvariantCulture)).Append(">-?[0-9]+)");
            ranges.Add((Math.Min(a, b), Math.Max(a, b)));
            index = close + 1;
            return true;
        }

        builder.Append("(?:");
        index++;
        while (true)
        {
            if (!Translate(pattern, ref index, builder, ranges, braceDepth + 1) || index >= pattern.Length)
            {
                return false;
            }

            if (pattern[index] == ',')
            {
                builder.Append('|');
                index++;
                continue;
            }

            index++;
            builder.Append(')');
            return true;
        }
    }

    private static int FindMatchingBrace(string pattern, int open)
    {
        var depth = 0;
        for (var i = open; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '{':
                    depth++;
                    break;
                case '}':
                    depth--;
                    if (depth == 0)
                    {
                        return i;
                    }

                    break;
            }
        }

        return -1;
    }
}
