using System;

namespace ProtoGuard.Schema.Text;

/// <summary>A range of UTF-16 code units in a <see cref="SourceText"/>: <c>[Start, End)</c>.</summary>
public readonly struct TextSpan : IEquatable<TextSpan>
{
    public TextSpan(int start, int length)
    {
        Start = start < 0 ? 0 : start;
        Length = length < 0 ? 0 : length;
    }

    public int Start { get; }

    public int Length { get; }

    public int End => Start + Length;

    public bool IsEmpty => Length == 0;

    /// <summary>Creates a span from its bounds; an <paramref name="end"/> before <paramref name="start"/> gives an empty span.</summary>
    public static TextSpan FromBounds(int start, int end) => new TextSpan(start, end < start ? 0 : end - start);

    public bool Contains(int position) => position >= Start && position < End;

    public bool Contains(TextSpan span) => span.Start >= Start && span.End <= End;

    public bool Equals(TextSpan other) => Start == other.Start && Length == other.Length;

    public override bool Equals(object? obj) => obj is TextSpan other && Equals(other);

    public override int GetHashCode() => unchecked((Start * 397) ^ Length);

    public static bool operator ==(TextSpan left, TextSpan right) => left.Equals(right);

    public static bool operator !=(TextSpan left, TextSpan right) => !left.Equals(right);

    public override string ToString() => "[" + Start + ".." + End + ")";
}
