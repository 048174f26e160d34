using System;
using System.Collections.Generic;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Schema.Parsing;

internal enum TokenKind : byte
{
    EndOfFile,
    Identifier,
    Integer,
    Float,
    String,
    Symbol,
}

/// <summary>
/// One token. A large file has hundreds of thousands, so tokens are values in the lexer's list rather than objects
/// the garbage collector has to trace and promote while the file is parsed; what most tokens lack (comments, string
/// bytes) lives in a side object allocated only when present, and the integer and float values share one field.
/// </summary>
internal struct Token
{
    private TokenExtra? _extra;

    // IntegerValue's bits for an Integer token, FloatValue's for a Float token.
    private ulong _value;

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

    public ulong IntegerValue
    {
        get => Kind == TokenKind.Integer ? _value : 0;
        set => _value = value;
    }

    public bool IntegerOverflow { get; set; }

    public double FloatValue
    {
        get => Kind == TokenKind.Float ? BitConverter.Int64BitsToDouble(unchecked((long)_value)) : 0;
        set => _value = unchecked((ulong)BitConverter.DoubleToInt64Bits(value));
    }

    public byte[] StringBytes
    {
        get => _extra?.StringBytes ?? Array.Empty<byte>();
        set
        {
            if (_extra != null || value.Length > 0)
            {
                (_extra ??= new TokenExtra()).StringBytes = value;
            }
        }
    }

    /// <summary>The lexer already reported an error inside this token.</summary>
    public bool HasError { get; set; }

    /// <summary>Comment block right before this token (protoc's next_leading_comments).</summary>
    public string? LeadingComment
    {
        get => _extra?.LeadingComment;
        set
        {
            if (_extra != null || value != null)
            {
                (_extra ??= new TokenExtra()).LeadingComment = value;
            }
        }
    }

    /// <summary>Detached comment blocks between the previous token and this one.</summary>
    public IReadOnlyList<string> DetachedComments
    {
        get => _extra?.DetachedComments ?? Array.Empty<string>();
        set
        {
            if (_extra != null || value.Count > 0)
            {
                (_extra ??= new TokenExtra()).DetachedComments = value;
            }
        }
    }

    /// <summary>Comment right after this token on its line (protoc's prev_trailing_comments).</summary>
    public string? TrailingComment
    {
        get => _extra?.TrailingComment;
        set
        {
            if (_extra != null || value != null)
            {
                (_extra ??= new TokenExtra()).TrailingComment = value;
            }
        }
    }

    public bool IsSymbol(char symbol) => Kind == TokenKind.Symbol && Text[0] == symbol;

    public bool IsKeyword(string keyword) => Kind == TokenKind.Identifier && Text == keyword;

    public override string ToString() => Kind + " '" + Text + "' " + Span;

    private sealed class TokenExtra
    {
        public byte[]? StringBytes { get; set; }

        public string? LeadingComment { get; set; }

        public IReadOnlyList<string>? DetachedComments { get; set; }

        public string? TrailingComment { get; set; }
    }
}
