using System;

namespace ProtoGuard.Schema.Text;

/// <summary>A 0-based line and a 0-based character offset (UTF-16 code units) within that line.</summary>
public readonly struct LinePosition : IEquatable<LinePosition>, IComparable<LinePosition>
{
    public LinePosition(int line, int character)
    {
        Line = line;
        Character = character;
    }

    public int Line { get; }

    public int Character { get; }

    public bool Equals(LinePosition other) => Line == other.Line && Character == other.Character;

    public override bool Equals(object? obj) => obj is LinePosition other && Equals(other);

    public override int GetHashCode() => unchecked((Line * 397) ^ Character);

    public int CompareTo(LinePosition other) => Line != other.Line ? Line.CompareTo(other.Line) : Character.CompareTo(other.Character);

    public static bool operator ==(LinePosition left, LinePosition right) => left.Equals(right);

    public static bool operator !=(LinePosition left, LinePosition right) => !left.Equals(right);

    public override string ToString() => Line + "," + Character;
}

/// <summary>A start and end <see cref="LinePosition"/>, the shape Roslyn's <c>Location.Create</c> expects.</summary>
public readonly struct LinePositionSpan : IEquatable<LinePositionSpan>
{
    public LinePositionSpan(LinePosition start, LinePosition end)
    {
        Start = start;
        End = end;
    }

    public LinePosition Start { get; }

    public LinePosition End { get; }

    public bool Equals(LinePositionSpan other) => Start == other.Start && End == other.End;

    public override bool Equals(object? obj) => obj is LinePositionSpan other && Equals(other);

    public override int GetHashCode() => unchecked((Start.GetHashCode() * 397) ^ End.GetHashCode());

    public static bool operator ==(LinePositionSpan left, LinePositionSpan right) => left.Equals(right);

    public static bool operator !=(LinePositionSpan left, LinePositionSpan right) => !left.Equals(right);

    public override string ToString() => "(" + Start + ")-(" + End + ")";
}
