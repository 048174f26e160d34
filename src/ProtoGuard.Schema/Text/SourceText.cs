using System.Collections.Generic;

namespace ProtoGuard.Schema.Text;

/// <summary>
/// The text of one .proto file plus its line table. Line breaks are those of Roslyn's SourceText (<c>\r\n</c>, <c>\n</c>,
/// <c>\r</c>, U+0085, U+2028, U+2029), so positions agree with what the IDE shows. Every lookup clamps out-of-range input instead of throwing,
/// because analyzers must never throw.
/// </summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    private SourceText(string text, string path)
    {
        Text = text;
        Path = path;
        _lineStarts = ComputeLineStarts(text);
    }

    public string Path { get; }

    public string Text { get; }

    public int Length => Text.Length;

    public int LineCount => _lineStarts.Length;

    public static SourceText From(string text, string path) => new SourceText(text ?? string.Empty, path ?? string.Empty);

    /// <summary>The offset at which the 0-based <paramref name="line"/> starts (clamped to the existing lines).</summary>
    public int GetLineStart(int line) => _lineStarts[Clamp(line, 0, _lineStarts.Length - 1)];

    /// <summary>The span of the 0-based <paramref name="line"/>, without its line break.</summary>
    public TextSpan GetLineSpan(int line)
    {
        var index = Clamp(line, 0, _lineStarts.Length - 1);
        var start = _lineStarts[index];
        var end = index + 1 < _lineStarts.Length ? _lineStarts[index + 1] : Text.Length;
        while (end > start && IsLineBreak(Text[end - 1]))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    public LinePosition GetLinePosition(int offset)
    {
        var position = Clamp(offset, 0, Text.Length);
        var line = FindLine(position);
        return new LinePosition(line, position - _lineStarts[line]);
    }

    public LinePositionSpan GetLinePositionSpan(TextSpan span) =>
        new LinePositionSpan(GetLinePosition(span.Start), GetLinePosition(span.End));

    /// <summary>The offset of a 0-based line and character; both are clamped to the text (the character to the line's content).</summary>
    public int GetOffset(int line, int character)
    {
        var lineSpan = GetLineSpan(line);
        return character <= 0 ? lineSpan.Start : character >= lineSpan.Length ? lineSpan.End : lineSpan.Start + character;
    }

    public string ToString(TextSpan span)
    {
        var start = Clamp(span.Start, 0, Text.Length);
        var end = Clamp(span.End, start, Text.Length);
        return Text.Substring(start, end - start);
    }

    public override string ToString() => Text;

    private int FindLine(int position)
    {
        var low = 0;
        var high = _lineStarts.Length - 1;
        while (low < high)
        {
            var mid = low + ((high - low + 1) / 2);
            if (_lineStarts[mid] <= position)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return low;
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (IsLineBreak(c))
            {
                starts.Add(i + 1);
            }
        }

        return starts.ToArray();
    }

    private static bool IsLineBreak(char c) => c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';

    private static int Clamp(int value, int min, int max) => value < min ? min : value > max ? max : value;
}
