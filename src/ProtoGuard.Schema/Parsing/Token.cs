using System;
using System.Collections.Generic;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Schema.Parsing;

internal enum TokenKind
{
    EndOfFile,
    Identifier,
    Integer,
    Float,
    String,
    Symbol,
}

internal sealed class Token
{
    public Token(TokenKind kind, int start, int end, string text, int line)
    {
        Kind = kind;
        Span = TextSpan.FromBounds(start, end);
        Text = text;
        Line = line;
    }

    public TokenKind Kind { get; }

    public TextSpan Span { get; }

    public string Text { get; }

    /// <summary>0-based, counting <c>\n</c> only (protoc's notion, used for comment attachment).</summary>
    public int Line { get; }

    public ulong IntegerValue { get; set; }

    public bool IntegerOverflow { get; set; }

    public double FloatValue { get; set; }

    public byte[] StringBytes { get; set; } = Array.Empty<byte>();

    /// <summary>The lexer already reported an error inside this token.</summary>
    public bool HasError { get; set; }

    /// <summary>Comment block right before this token (protoc's next_leading_comments).</summary>
    public string? LeadingComment { get; set; }

    /// <summary>Detached comment blocks between the previous token and this one.</summary>
    public IReadOnlyList<string> DetachedComments { get; set; } = Array.Empty<string>();

    /// <summary>Comment right after this token on its line (protoc's prev_trailing_comments).</summary>
    public string? TrailingComment { get; set; }

    public bool IsSymbol(char symbol) => Kind == TokenKind.Symbol && Text[0] == symbol;

    public bool IsKeyword(string keyword) => Kind == TokenKind.Identifier && Text == keyword;

    public override string ToString() => Kind + " '" + Text + "' " + Span;
}
