using System;
using System.Collections.Generic;
using System.Text;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Schema.Syntax;

/// <summary><c>option name = value;</c>, or one <c>name = value</c> inside <c>[...]</c>.</summary>
public sealed class OptionNode : SyntaxNode
{
    public OptionName Name { get; internal set; } = OptionName.Missing(0);

    public OptionValue Value { get; internal set; } = new MissingValue(new TextSpan(0, 0));

    /// <summary>True for <c>[name = value]</c> on a field, enum value or extension range; false for an <c>option</c> statement.</summary>
    public bool IsCompact { get; internal set; }
}

/// <summary>One component of an option name: <c>java_package</c>, or <c>(my.ext)</c> when <see cref="IsExtension"/>.</summary>
public sealed class OptionNamePart
{
    internal OptionNamePart(Identifier name, bool isExtension, TextSpan span)
    {
        Name = name;
        IsExtension = isExtension;
        Span = span;
    }

    /// <summary>The name; for an extension the (possibly dotted) name inside the parentheses.</summary>
    public Identifier Name { get; }

    public bool IsExtension { get; }

    /// <summary>Includes the parentheses of an extension part.</summary>
    public TextSpan Span { get; }

    public override string ToString() => IsExtension ? "(" + Name.Text + ")" : Name.Text;
}

public sealed class OptionName
{
    private string? _text;

    internal OptionName(IReadOnlyList<OptionNamePart> parts, TextSpan span)
    {
        Parts = parts;
        Span = span;
    }

    /// <summary>A name whose canonical <paramref name="text"/> is known (the source text when nothing separates its parts).</summary>
    internal OptionName(IReadOnlyList<OptionNamePart> parts, TextSpan span, string text)
        : this(parts, span)
    {
        _text = text;
    }

    public IReadOnlyList<OptionNamePart> Parts { get; }

    public TextSpan Span { get; }

    /// <summary>The canonical text, e.g. <c>(my.opt).sub.field</c>.</summary>
    /// <remarks>Built once: the linker asks for it several times per option (a benign race at worst builds it twice).</remarks>
    public string Text => _text ??= BuildText();

    private string BuildText()
    {
        if (Parts.Count == 1 && !Parts[0].IsExtension)
        {
            return Parts[0].Name.Text;
        }

        var builder = new StringBuilder();
        for (var i = 0; i < Parts.Count; i++)
        {
            if (i > 0)
            {
                builder.Append('.');
            }

            builder.Append(Parts[i].ToString());
        }

        return builder.ToString();
    }

    internal static OptionName Missing(int position) => new OptionName(Array.Empty<OptionNamePart>(), new TextSpan(position, 0));

    public override string ToString() => Text;
}

public enum OptionValueKind
{
    Identifier,
    Integer,
    Float,
    String,
    Aggregate,
    List,

    /// <summary>The value was missing or garbled (a PG0001 was reported).</summary>
    Missing,
}

/// <summary>An option value or a value inside a text-format message literal.</summary>
public abstract class OptionValue
{
    protected OptionValue(TextSpan span)
    {
        Span = span;
    }

    /// <summary>The whole value, including a leading <c>-</c>.</summary>
    public TextSpan Span { get; }

    public abstract OptionValueKind Kind { get; }
}

/// <summary>An identifier value: an enum value name, <c>true</c>/<c>false</c>, <c>inf</c>/<c>nan</c> (possibly negated).</summary>
public sealed class IdentifierValue : OptionValue
{
    internal IdentifierValue(string name, bool isNegative, TextSpan span)
        : base(span)
    {
        Name = name;
        IsNegative = isNegative;
    }

    public override OptionValueKind Kind => OptionValueKind.Identifier;

    public string Name { get; }

    /// <summary>True for <c>-inf</c> and the like.</summary>
    public bool IsNegative { get; }

    public bool? AsBoolean => IsNegative ? null : Name == "true" ? true : Name == "false" ? false : (bool?)null;

    public override string ToString() => (IsNegative ? "-" : string.Empty) + Name;
}

public sealed class IntegerValue : OptionValue
{
    internal IntegerValue(ulong magnitude, bool isNegative, bool overflow, TextSpan span)
        : base(span)
    {
        Magnitude = magnitude;
        IsNegative = isNegative;
        Overflow = overflow;
    }

    public override OptionValueKind Kind => OptionValueKind.Integer;

    /// <summary>The absolute value (meaningless when <see cref="Overflow"/>).</summary>
    public ulong Magnitude { get; }

    public bool IsNegative { get; }

    /// <summary>True when the literal does not fit in 64 bits.</summary>
    public bool Overflow { get; }

    public long? AsInt64 => ToInt64(Magnitude, IsNegative, Overflow);

    /// <summary><see cref="AsInt64"/> of a literal, without a node (the parser needs it for every field number).</summary>
    internal static long? ToInt64(ulong magnitude, bool isNegative, bool overflow)
    {
        if (overflow)
        {
            return null;
        }

        if (isNegative)
        {
            return magnitude <= 9223372036854775808UL ? unchecked(-(long)magnitude) : (long?)null;
        }

        return magnitude <= long.MaxValue ? (long)magnitude : (long?)null;
    }

    public ulong? AsUInt64 => Overflow || (IsNegative && Magnitude != 0) ? null : Magnitude;

    public override string ToString() => Overflow ? "<overflow>" : (IsNegative ? "-" : string.Empty) + Magnitude.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public sealed class FloatValue : OptionValue
{
    internal FloatValue(double value, TextSpan span)
        : base(span)
    {
        Value = value;
    }

    public override OptionValueKind Kind => OptionValueKind.Float;

    /// <summary>The value with its sign applied.</summary>
    public double Value { get; }

    public override string ToString() => Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}

public sealed class StringValue : OptionValue
{
    private readonly byte[] _bytes;

    internal StringValue(string value, byte[] bytes, IReadOnlyList<TextSpan> partSpans, TextSpan span)
        : base(span)
    {
        Value = value;
        _bytes = bytes;
        PartSpans = partSpans;
    }

    public override OptionValueKind Kind => OptionValueKind.String;

    /// <summary>The decoded value of all adjacent literals, UTF-8 decoded (invalid sequences become U+FFFD).</summary>
    public string Value { get; }

    /// <summary>The spans of the adjacent literals that were concatenated.</summary>
    public IReadOnlyList<TextSpan> PartSpans { get; }

    /// <summary>The exact decoded bytes (what a <c>bytes</c> option receives).</summary>
    public byte[] GetBytes() => (byte[])_bytes.Clone();

    /// <summary>The decoded bytes when they are not valid UTF-8 (protoc keeps such bytes as they are in string values), else null.</summary>
    internal byte[]? InvalidUtf8Bytes
    {
        get
        {
            if (Value.IndexOf('\uFFFD') < 0)
            {
                return null;
            }

            var encoded = System.Text.Encoding.UTF8.GetBytes(Value);
            if (encoded.Length == _bytes.Length)
            {
                var same = true;
                for (var i = 0; i < encoded.Length && same; i++)
                {
                    same = encoded[i] == _bytes[i];
                }

                if (same)
                {
                    return null;
                }
            }

            return GetBytes();
        }
    }

    public override string ToString() => "\"" + Value + "\"";
}

/// <summary>A text-format message literal: <c>{ a: 1 b: [1, 2] c { d: "x" } }</c> (or with angle brackets).</summary>
public sealed class AggregateValue : OptionValue
{
    internal AggregateValue(IReadOnlyList<AggregateField> fields, TextSpan span)
        : base(span)
    {
        Fields = fields;
    }

    public override OptionValueKind Kind => OptionValueKind.Aggregate;

    public IReadOnlyList<AggregateField> Fields { get; }
}

/// <summary>A <c>[a, b]</c> list inside a message literal.</summary>
public sealed class ListValue : OptionValue
{
    internal ListValue(IReadOnlyList<OptionValue> elements, TextSpan span)
        : base(span)
    {
        Elements = elements;
    }

    public override OptionValueKind Kind => OptionValueKind.List;

    public IReadOnlyList<OptionValue> Elements { get; }
}

public sealed class MissingValue : OptionValue
{
    internal MissingValue(TextSpan span)
        : base(span)
    {
    }

    public override OptionValueKind Kind => OptionValueKind.Missing;
}

/// <summary>
/// One <c>name: value</c> of a message literal. The name is a field name, an extension <c>[pkg.ext]</c>, or an
/// <c>Any</c> type URL <c>[type.googleapis.com/pkg.Msg]</c>.
/// </summary>
public sealed class AggregateField
{
    internal AggregateField(Identifier name, bool isExtension, string? typeUrlPrefix, OptionValue value, TextSpan span)
    {
        Name = name;
        IsExtension = isExtension;
        TypeUrlPrefix = typeUrlPrefix;
        Value = value;
        Span = span;
    }

    /// <summary>The field name, or the name inside brackets (without the URL prefix).</summary>
    public Identifier Name { get; }

    public bool IsExtension { get; }

    /// <summary>For <c>[type.googleapis.com/pkg.Msg]</c>: <c>type.googleapis.com</c>; otherwise null.</summary>
    public string? TypeUrlPrefix { get; }

    public OptionValue Value { get; }

    public TextSpan Span { get; }
}
