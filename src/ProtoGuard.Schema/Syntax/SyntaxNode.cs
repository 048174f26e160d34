using System;
using System.Collections.Generic;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Schema.Syntax;

/// <summary>
/// Comments attached to a declaration the way protoc fills <c>SourceCodeInfo.Location</c>: the comment block right
/// before the declaration (<see cref="Leading"/>), the one right after its first <c>;</c> or <c>{</c>
/// (<see cref="Trailing"/>), and blocks before it separated by blank lines (<see cref="Detached"/>).
/// Markers are stripped like protoc does: <c>//</c> comments keep the text after the slashes including the newline,
/// <c>/* */</c> comments keep the inside minus a leading <c>*</c> on continuation lines.
/// </summary>
public sealed class Comments
{
    public static readonly Comments None = new Comments(null, null, Array.Empty<string>());

    public Comments(string? leading, string? trailing, IReadOnlyList<string> detached)
    {
        Leading = leading;
        Trailing = trailing;
        Detached = detached;
    }

    public string? Leading { get; }

    public string? Trailing { get; }

    public IReadOnlyList<string> Detached { get; }

    public bool IsEmpty => Leading == null && Trailing == null && Detached.Count == 0;
}

public abstract class SyntaxNode
{
    /// <summary>From the first token of the declaration through its terminating <c>;</c> or <c>}</c> (or the last token parsed, after an error).</summary>
    public TextSpan Span { get; internal set; }

    public Comments Comments { get; internal set; } = Comments.None;
}

/// <summary>A simple or dotted name as written, e.g. <c>foo</c>, <c>google.protobuf.Timestamp</c> or <c>.pkg.Msg</c>.</summary>
public sealed class Identifier
{
    public Identifier(string text, TextSpan span)
    {
        Text = text;
        Span = span;
    }

    /// <summary>The name without whitespace or comments between its parts; a leading <c>.</c> is kept. Empty when missing.</summary>
    public string Text { get; }

    public TextSpan Span { get; }

    /// <summary>True when the parser expected a name here and found none (after reporting PG0001).</summary>
    public bool IsMissing => Text.Length == 0;

    public bool IsFullyQualified => Text.Length > 0 && Text[0] == '.';

    internal static Identifier Missing(int position) => new Identifier(string.Empty, new TextSpan(position, 0));

    public override string ToString() => Text;
}
