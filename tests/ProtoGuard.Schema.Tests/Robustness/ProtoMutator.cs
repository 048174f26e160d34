using System.Globalization;
using System.Text;

namespace ProtoGuard.Schema.Tests.Robustness;

/// <summary>
/// Derives a broken .proto from a real one. Input <c>index</c> under <c>seed</c> always gets the same mutations, whatever
/// thread or partition produces it, so a failure is reproduced from (seed, index, file) alone.
/// </summary>
internal static class ProtoMutator
{
    private static readonly string[] Keywords =
    {
        "syntax", "edition", "package", "import", "public", "weak", "option", "message", "enum", "service", "rpc", "stream",
        "returns", "oneof", "map", "extend", "extensions", "reserved", "to", "max", "optional", "repeated", "required", "group",
    };

    private static readonly string[] Oddities =
    {
        "\0", "\uFEFF", "\u2028", "\u0085", "\r", "\r\n", "\t", "\\", "\\u", "\\x", "\\", "\ud800", "\udc00", "😀", "é", "0x", "0X",
        "1e", "1e+", ".5", "09", "-", "--1", "inf", "nan", "=", "==", ";;", ",", "..", ".", "::", "(", ")", "[", "]", "<", ">",
        "(.", "[(", "{{", "}}", "/**/", "*/", "/", "#", "@",
    };

    public enum Kind
    {
        Truncate,
        FlipByte,
        DeleteToken,
        DuplicateToken,
        DeleteRange,
        CopyRange,
        InsertGarbage,
        InsertUnbalancedBrackets,
        InsertUnterminatedString,
        InsertUnterminatedComment,
        InsertKeyword,
        InsertOddity,
    }

    /// <summary>One to three stacked mutations of <paramref name="original"/>, described in <paramref name="description"/>.</summary>
    public static string Mutate(string original, long seed, long index, out string description)
    {
        var random = new Random(InputSeed(seed, index));
        var count = random.Next(4) switch { 0 => 2, 1 => 3, _ => 1 };
        var steps = new StringBuilder();
        var text = original;
        for (var i = 0; i < count; i++)
        {
            text = MutateOnce(text, random, steps);
        }

        description = steps.ToString();
        return text;
    }

    /// <summary>SplitMix64 of (seed, index): independent, platform-stable seeds (HashCode is randomized per process).</summary>
    private static int InputSeed(long seed, long index)
    {
        var z = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL + (ulong)index + 1);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return (int)((z ^ (z >> 31)) & int.MaxValue);
    }

    private static string MutateOnce(string text, Random random, StringBuilder steps)
    {
        var kind = (Kind)random.Next(Enum.GetValues<Kind>().Length);
        var position = random.Next(text.Length + 1);
        switch (kind)
        {
            case Kind.Truncate:
                return Record(steps, kind, position, text.Length - position, null, text.Substring(0, position));
            case Kind.FlipByte when position < text.Length:
                // Mostly the low byte (ASCII turns into control characters, quotes, braces); sometimes the high byte
                // (lone surrogates, non-Latin letters).
                var bit = random.Next(8) == 0 ? random.Next(8, 16) : random.Next(8);
                var flipped = ((char)(text[position] ^ (1 << bit))).ToString();
                return Record(steps, kind, position, 1, flipped, Replace(text, position, 1, flipped));
            case Kind.DeleteToken:
            case Kind.DuplicateToken:
                TokenAt(text, position, out var start, out var length);
                var token = text.Substring(start, length);
                return kind == Kind.DeleteToken
                    ? Record(steps, kind, start, length, null, text.Remove(start, length))
                    : Record(steps, kind, start + length, 0, token, text.Insert(start + length, token));
            case Kind.DeleteRange:
                var deleted = Math.Min(text.Length - position, 1 + random.Next(random.Next(2) == 0 ? 16 : 400));
                return Record(steps, kind, position, deleted, null, text.Remove(position, deleted));
            case Kind.CopyRange:
                var copied = Math.Min(text.Length - position, 1 + random.Next(random.Next(2) == 0 ? 16 : 400));
                var target = random.Next(text.Length + 1);
                var range = text.Substring(position, copied);
                return Record(steps, kind, target, 0, range, text.Insert(target, range));
            case Kind.InsertGarbage:
                var garbage = new StringBuilder();
                for (var i = random.Next(1, 40); i > 0; i--)
                {
                    garbage.Append((char)random.Next(0x20, 0x7F));
                }

                return Insert(steps, kind, text, position, garbage.ToString());
            case Kind.InsertUnbalancedBrackets:
                var bracket = "{}()[]<>"[random.Next(8)].ToString();
                return Insert(steps, kind, text, position, string.Concat(Enumerable.Repeat(bracket, random.Next(1, random.Next(8) == 0 ? 300 : 4))));
            case Kind.InsertUnterminatedString:
                var quote = random.Next(2) == 0 ? "\"" : "'";
                return Insert(steps, kind, text, position, quote + (random.Next(2) == 0 ? string.Empty : "abc\\"));
            case Kind.InsertUnterminatedComment:
                return Insert(steps, kind, text, position, random.Next(3) == 0 ? "//" : "/*");
            case Kind.InsertKeyword:
                return Insert(steps, kind, text, position, Keywords[random.Next(Keywords.Length)] + (random.Next(2) == 0 ? " " : string.Empty));
            default:
                return Insert(steps, Kind.InsertOddity, text, position, Oddities[random.Next(Oddities.Length)]);
        }
    }

    /// <summary>A token in the rough sense of the .proto grammar: the word, number, string, comment or symbol at <paramref name="position"/> or the first one after it.</summary>
    private static void TokenAt(string text, int position, out int start, out int length)
    {
        var i = position;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        if (i >= text.Length)
        {
            start = i;
            length = 0;
            return;
        }

        var first = text[i];
        start = i;
        if (IsWordCharacter(first))
        {
            while (start > 0 && IsWordCharacter(text[start - 1]))
            {
                start--;
            }

            while (i < text.Length && (IsWordCharacter(text[i]) || text[i] == '.'))
            {
                i++;
            }
        }
        else if (first == '"' || first == '\'')
        {
            i++;
            while (i < text.Length && text[i] != first && text[i] != '\n')
            {
                i += text[i] == '\\' ? 2 : 1;
            }

            i = Math.Min(i + 1, text.Length);
        }
        else if (string.CompareOrdinal(text, i, "//", 0, 2) == 0)
        {
            var end = text.IndexOf('\n', i);
            i = end < 0 ? text.Length : end;
        }
        else if (string.CompareOrdinal(text, i, "/*", 0, 2) == 0)
        {
            var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
            i = end < 0 ? text.Length : end + 2;
        }
        else
        {
            i++;
        }

        length = i - start;
    }

    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static string Insert(StringBuilder steps, Kind kind, string text, int position, string inserted) =>
        Record(steps, kind, position, 0, inserted, text.Insert(position, inserted));

    private static string Replace(string text, int position, int length, string replacement) =>
        string.Concat(text.AsSpan(0, position), replacement, text.AsSpan(position + length));

    private static string Record(StringBuilder steps, Kind kind, int position, int removed, string? inserted, string result)
    {
        steps.Append(steps.Length == 0 ? string.Empty : " then ").Append(kind).Append(" at ").Append(position);
        if (removed > 0)
        {
            steps.Append(" removing ").Append(removed);
        }

        if (inserted != null)
        {
            steps.Append(" inserting ").Append(Escape(inserted, 60));
        }

        return result;
    }

    /// <summary>A C#-style literal, shortened to <paramref name="max"/> characters, that shows control and non-ASCII characters.</summary>
    public static string Escape(string value, int max)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value.Length > max ? value.Substring(0, max) : value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when c < 0x20 || c > 0x7E => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return builder.Append(value.Length > max ? "\"..." + value.Length + " chars" : "\"").ToString();
    }
}
