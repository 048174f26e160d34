using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Schema.Parsing;

/// <summary>
/// Splits a .proto file into tokens like protoc's <c>io::Tokenizer</c>, and classifies the comments between tokens
/// exactly like <c>Tokenizer::NextWithComments</c> (trailing for the previous token, detached, leading for the next).
/// Always ends with one <see cref="TokenKind.EndOfFile"/> token. Every loop advances the position.
/// </summary>
internal sealed class Lexer
{
    private readonly string _text;
    private readonly List<SchemaDiagnostic> _diagnostics;
    /// <summary>The text of every one-character symbol token, indexed by the character (printable ASCII only).</summary>
    private static readonly string[] SymbolTexts = CreateSymbolTexts();

    private readonly List<Token> _tokens;
    private readonly NameTable _names;

    // False: comments are skipped like whitespace (still checked for errors), and no token carries one.
    private readonly bool _keepComments;
    private readonly List<byte> _stringBytes = new List<byte>();
    private int _position;
    private int _line;
    private bool _reportedNestedComment;

    private Lexer(string text, List<SchemaDiagnostic> diagnostics, NameTable names, bool keepComments)
    {
        _text = text;
        _diagnostics = diagnostics;
        _names = names;
        _keepComments = keepComments;

        // googleapis files average about one token per 18 characters; the estimate saves most regrowing of large lists.
        _tokens = TokenListPool.Rent((text.Length / 16) + 16);
    }

    private static string[] CreateSymbolTexts()
    {
        var texts = new string[0x7F];
        for (var c = 0x21; c < 0x7F; c++)
        {
            texts[c] = ((char)c).ToString();
        }

        return texts;
    }

    private enum CommentStart
    {
        None,
        Line,
        Block,
    }

    public static List<Token> Tokenize(string text, List<SchemaDiagnostic> diagnostics) => Tokenize(text, diagnostics, new NameTable(), keepComments: true);

    /// <summary>
    /// Tokens whose identifier and number texts are interned in <paramref name="names"/>; without
    /// <paramref name="keepComments"/> no token carries a comment.
    /// </summary>
    public static List<Token> Tokenize(string text, List<SchemaDiagnostic> diagnostics, NameTable names, bool keepComments)
    {
        var lexer = new Lexer(text, diagnostics, names, keepComments);
        lexer.Run();
        return lexer._tokens;
    }

    private int Peek(int offset = 0)
    {
        var index = _position + offset;
        return index < _text.Length ? _text[index] : -1;
    }

    private bool AtEnd => _position >= _text.Length;

    private void Advance()
    {
        if (_position < _text.Length)
        {
            if (_text[_position] == '\n')
            {
                _line++;
            }

            _position++;
        }
    }

    private bool TryConsume(char c)
    {
        if (Peek() == c)
        {
            Advance();
            return true;
        }

        return false;
    }

    /// <summary>The collector's buffer for a comment's text, or null (nothing recorded) when comments are not kept.</summary>
    private StringBuilder? Recorded(StringBuilder buffer) => _keepComments ? buffer : null;

    private void Error(string message, int start, int end) =>
        _diagnostics.Add(new SchemaDiagnostic(SchemaDiagnosticIds.SyntaxError, message, TextSpan.FromBounds(start, end), SchemaSeverity.Error));

    private void Run()
    {
        if (Peek() == '\uFEFF')
        {
            _position++;
        }

        var first = true;
        var collector = new CommentCollector();
        while (true)
        {
            collector.Reset();
            var token = NextWithComments(collector, first);
            first = false;
            if (!_keepComments)
            {
                _tokens.Add(token);
                if (token.Kind == TokenKind.EndOfFile)
                {
                    return;
                }

                continue;
            }

            if (_tokens.Count > 0 && collector.PreviousTrailing != null)
            {
                var previous = _tokens[_tokens.Count - 1];
                previous.TrailingComment = collector.PreviousTrailing;
                _tokens[_tokens.Count - 1] = previous;
            }

            token.DetachedComments = collector.Detached.Count == 0 ? Array.Empty<string>() : collector.Detached.ToArray();
            token.LeadingComment = collector.TakeLeading();
            _tokens.Add(token);
            if (token.Kind == TokenKind.EndOfFile)
            {
                return;
            }
        }
    }

    // Mirrors Tokenizer::NextWithComments from protobuf's io/tokenizer.cc.
    private Token NextWithComments(CommentCollector collector, bool atStart)
    {
        var previousLine = atStart ? -1 : _line;
        var trailingCommentEndLine = -1;

        if (atStart)
        {
            collector.DetachFromPrevious();
        }
        else
        {
            SkipWhitespaceNoNewline();
            switch (TryConsumeCommentStart())
            {
                case CommentStart.Line:
                    trailingCommentEndLine = _line;
                    ConsumeLineComment(Recorded(collector.GetBufferForLineComment()));
                    collector.Flush();
                    break;
                case CommentStart.Block:
                    ConsumeBlockComment(Recorded(collector.GetBufferForBlockComment()));
                    trailingCommentEndLine = _line;
                    SkipWhitespaceNoNewline();
                    collector.Flush();
                    break;
                default:
                    if (!TryConsume('\n'))
                    {
                        return NextToken();
                    }

                    break;
            }
        }

        while (true)
        {
            SkipWhitespaceNoNewline();
            switch (TryConsumeCommentStart())
            {
                case CommentStart.Line:
                    ConsumeLineComment(Recorded(collector.GetBufferForLineComment()));
                    break;
                case CommentStart.Block:
                    ConsumeBlockComment(Recorded(collector.GetBufferForBlockComment()));
                    SkipWhitespaceNoNewline();
                    TryConsume('\n');
                    break;
                default:
                    if (TryConsume('\n'))
                    {
                        collector.Flush();
                        collector.DetachFromPrevious();
                        break;
                    }

                    var token = NextToken();
                    var isToken = token.Kind != TokenKind.EndOfFile;
                    if (!isToken || token.IsSymbol('}') || token.IsSymbol(']') || token.IsSymbol(')'))
                    {
                        collector.Flush();
                    }

                    if (isToken && (previousLine == token.Line || trailingCommentEndLine == token.Line))
                    {
                        collector.MaybeDetachComment();
                    }

                    return token;
            }
        }
    }

    private static bool IsWhitespaceNoNewline(int c) => c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';

    private void SkipWhitespaceNoNewline()
    {
        while (IsWhitespaceNoNewline(Peek()))
        {
            _position++;
        }
    }

    private CommentStart TryConsumeCommentStart()
    {
        if (Peek() == '/' && Peek(1) == '/')
        {
            _position += 2;
            return CommentStart.Line;
        }

        if (Peek() == '/' && Peek(1) == '*')
        {
            _position += 2;
            return CommentStart.Block;
        }

        return CommentStart.None;
    }

    private void ConsumeLineComment(StringBuilder? content)
    {
        var start = _position;
        while (!AtEnd && _text[_position] != '\n')
        {
            _position++;
        }

        TryConsume('\n');
        content?.Append(_text, start, _position - start);
    }

    // Called after "/*". Records the content without the "*/" and without the leading whitespace + '*' of continuation lines.
    private void ConsumeBlockComment(StringBuilder? content)
    {
        var commentStart = _position - 2;
        var recordStart = _position;
        while (true)
        {
            while (!AtEnd && _text[_position] != '*' && _text[_position] != '/' && _text[_position] != '\n')
            {
                _position++;
            }

            if (AtEnd)
            {
                content?.Append(_text, recordStart, _position - recordStart);
                Error("Unterminated block comment; '*/' expected before the end of the file", commentStart, commentStart + 2);
                return;
            }

            if (Peek() == '\n')
            {
                Advance();
                content?.Append(_text, recordStart, _position - recordStart);
                SkipWhitespaceNoNewline();
                if (TryConsume('*') && TryConsume('/'))
                {
                    return;
                }

                recordStart = _position;
            }
            else if (Peek() == '*')
            {
                _position++;
                if (TryConsume('/'))
                {
                    content?.Append(_text, recordStart, _position - 2 - recordStart);
                    return;
                }
            }
            else
            {
                _position++;
                if (Peek() == '*' && !_reportedNestedComment)
                {
                    // Once per file: after a lost quote, URL patterns like "/v1/{name=*/things/*}" open and close
                    // comments all the way down, and one report explains them all.
                    _reportedNestedComment = true;
                    Error("'/*' inside a block comment; block comments cannot be nested", _position - 1, _position + 1);
                }
            }
        }
    }

    /// <summary>Skips whitespace and comments without recording them (protoc's plain <c>Next()</c>), then reads a token.</summary>
    private Token NextToken()
    {
        while (true)
        {
            var c = Peek();
            if (c == -1)
            {
                return new Token(TokenKind.EndOfFile, _text.Length, _text.Length, string.Empty, _line);
            }

            if (c == '\n')
            {
                Advance();
                continue;
            }

            if (IsWhitespaceNoNewline(c))
            {
                _position++;
                continue;
            }

            switch (TryConsumeCommentStart())
            {
                case CommentStart.Line:
                    ConsumeLineComment(null);
                    continue;
                case CommentStart.Block:
                    ConsumeBlockComment(null);
                    continue;
            }

            if (IsLetter(c))
            {
                return ReadIdentifier();
            }

            if (IsDigit(c) || (c == '.' && IsDigit(Peek(1))))
            {
                if (c == '.' && _tokens.Count > 0 && _tokens[_tokens.Count - 1].Kind == TokenKind.Identifier && _tokens[_tokens.Count - 1].Span.End == _position)
                {
                    Error("Need whitespace between identifier and decimal point", _position, _position + 1);
                }

                return ReadNumber();
            }

            if (c == '"' || c == '\'')
            {
                return ReadString((char)c);
            }

            if (c > 0x20 && c < 0x7F)
            {
                _position++;
                return new Token(TokenKind.Symbol, _position - 1, _position, SymbolTexts[c], _line);
            }

            SkipInvalidCharacters();
        }
    }

    private void SkipInvalidCharacters()
    {
        var start = _position;
        while (!AtEnd)
        {
            var c = _text[_position];
            if (c <= 0x20 || c >= 0x7F)
            {
                if (c == '\n' || IsWhitespaceNoNewline(c))
                {
                    break;
                }

                _position++;
            }
            else
            {
                break;
            }
        }

        var what = DescribeCharacter(_text, start);
        Error(_position - start > 1 + (char.IsHighSurrogate(_text[start]) ? 1 : 0)
            ? "Invalid characters starting with " + what + "; a .proto file may contain non-ASCII text only in comments and strings"
            : "Invalid character " + what + "; a .proto file may contain non-ASCII text only in comments and strings", start, _position);
    }

    internal static string DescribeCharacter(string text, int index)
    {
        var c = text[index];
        int codePoint = c;
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            codePoint = char.ConvertToUtf32(c, text[index + 1]);
        }

        var hex = "U+" + codePoint.ToString("X4", CultureInfo.InvariantCulture);
        return c < 0x20 || c == 0x7F || char.IsSurrogate(c) || char.IsControl(c) || char.IsWhiteSpace(c)
            ? hex
            : "'" + char.ConvertFromUtf32(codePoint >= 0xD800 && codePoint <= 0xDFFF ? 0xFFFD : codePoint) + "' (" + hex + ")";
    }

    private static bool IsLetter(int c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';

    private static bool IsDigit(int c) => c >= '0' && c <= '9';

    private static bool IsOctalDigit(int c) => c >= '0' && c <= '7';

    private static bool IsHexDigit(int c) => IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

    private static int HexValue(int c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    private Token ReadIdentifier()
    {
        var start = _position;
        while (IsLetter(Peek()) || IsDigit(Peek()))
        {
            _position++;
        }

        return new Token(TokenKind.Identifier, start, _position, _names.Get(_text, start, _position - start), _line);
    }

    // Mirrors Tokenizer::ConsumeNumber: decimal, 0x hex, 0-prefixed octal, and floats with '.', exponent or both.
    private Token ReadNumber()
    {
        var start = _position;
        var isFloat = false;
        var hasError = false;
        ulong value = 0;
        var overflow = false;

        if (Peek() == '.')
        {
            isFloat = true;
            _position++;
            SkipDigits();
            hasError |= !ReadExponent();
        }
        else if (Peek() == '0' && (Peek(1) == 'x' || Peek(1) == 'X'))
        {
            _position += 2;
            var digitsStart = _position;
            while (IsHexDigit(Peek()))
            {
                Accumulate(ref value, ref overflow, 16, HexValue(Peek()));
                _position++;
            }

            if (_position == digitsStart)
            {
                Error("'0x' must be followed by hex digits", start, _position);
                hasError = true;
            }
        }
        else if (Peek() == '0' && IsDigit(Peek(1)))
        {
            _position++;
            while (IsDigit(Peek()))
            {
                if (!IsOctalDigit(Peek()) && !hasError)
                {
                    Error("Numbers starting with a leading zero must be octal; '" + (char)Peek() + "' is not an octal digit", _position, _position + 1);
                    hasError = true;
                }

                Accumulate(ref value, ref overflow, 8, Peek() - '0');
                _position++;
            }
        }
        else
        {
            while (IsDigit(Peek()))
            {
                Accumulate(ref value, ref overflow, 10, Peek() - '0');
                _position++;
            }

            if (Peek() == '.')
            {
                isFloat = true;
                _position++;
                SkipDigits();
            }

            if (Peek() == 'e' || Peek() == 'E')
            {
                isFloat = true;
                hasError |= !ReadExponent();
            }
        }

        if (!hasError && (IsLetter(Peek()) || IsDigit(Peek()) || Peek() == '.'))
        {
            var junkStart = _position;
            while (IsLetter(Peek()) || IsDigit(Peek()) || Peek() == '.')
            {
                _position++;
            }

            Error(_text[junkStart] == '.'
                    ? (isFloat ? "Number has more than one decimal point or exponent" : "Hex and octal numbers must be integers")
                    : "Need whitespace between number and identifier", junkStart, _position);
            hasError = true;
        }

        var end = _position;
        var text = _names.Get(_text, start, end - start);
        var token = new Token(isFloat ? TokenKind.Float : TokenKind.Integer, start, end, text, _line) { HasError = hasError };
        if (isFloat)
        {
            token.FloatValue = ParseDouble(text);
        }
        else
        {
            token.IntegerValue = value;
            token.IntegerOverflow = overflow;
        }

        return token;
    }

    private void SkipDigits()
    {
        while (IsDigit(Peek()))
        {
            _position++;
        }
    }

    // At 'e'/'E' (or at a position with no exponent). Returns false after reporting a malformed exponent.
    private bool ReadExponent()
    {
        if (Peek() != 'e' && Peek() != 'E')
        {
            return true;
        }

        var start = _position;
        _position++;
        if (Peek() == '+' || Peek() == '-')
        {
            _position++;
        }

        if (!IsDigit(Peek()))
        {
            Error("'e' must be followed by an exponent", start, _position);
            return false;
        }

        SkipDigits();
        return true;
    }

    private static void Accumulate(ref ulong value, ref bool overflow, uint radix, int digit)
    {
        if (overflow)
        {
            return;
        }

        var max = (ulong.MaxValue - (ulong)digit) / radix;
        if (value > max)
        {
            overflow = true;
            return;
        }

        value = (value * radix) + (ulong)digit;
    }

    private static double ParseDouble(string text)
    {
        var end = 0;
        while (end < text.Length && (IsDigit(text[end]) || text[end] == '.' || text[end] == 'e' || text[end] == 'E' || ((text[end] == '+' || text[end] == '-') && end > 0 && (text[end - 1] == 'e' || text[end - 1] == 'E'))))
        {
            end++;
        }

        var number = text.Substring(0, end);
        if (number.EndsWith("e", StringComparison.OrdinalIgnoreCase) || number.EndsWith("+", StringComparison.Ordinal) || number.EndsWith("-", StringComparison.Ordinal))
        {
            number = number.TrimEnd('e', 'E', '+', '-');
        }

        if (number.EndsWith(".", StringComparison.Ordinal))
        {
            number += "0";
        }

        if (number.StartsWith(".", StringComparison.Ordinal))
        {
            number = "0" + number;
        }

        if (double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var result))
        {
            return result;
        }

        // Only an out-of-range exponent gets here (older runtimes fail instead of returning infinity).
        return number.IndexOf('-') >= 0 ? 0.0 : double.PositiveInfinity;
    }

    private Token ReadString(char quote)
    {
        var start = _position;
        _position++;
        var bytes = _stringBytes;
        bytes.Clear();
        var hasError = false;
        while (true)
        {
            var c = Peek();
            if (c == -1 || c == '\n')
            {
                var end = _position;
                if (end > start && _text[end - 1] == '\r' && c == '\n')
                {
                    end--;
                }

                Error(c == -1 ? "Unterminated string literal; missing closing " + quote + " before the end of the file" : "Unterminated string literal; a string cannot span lines", start, end);
                return MakeString(start, end, bytes, hasError: true);
            }

            if (c == quote)
            {
                _position++;
                return MakeString(start, _position, bytes, hasError);
            }

            if (c == '\\')
            {
                hasError |= !ReadEscape(bytes);
                continue;
            }

            if (char.IsHighSurrogate((char)c) && char.IsLowSurrogate((char)Peek(1)))
            {
                AppendUtf8(bytes, char.ConvertToUtf32((char)c, (char)Peek(1)));
                _position += 2;
                continue;
            }

            if (c == 0)
            {
                Error("Invalid control character U+0000 in string literal; use '\\0'", _position, _position + 1);
                hasError = true;
            }

            AppendUtf8(bytes, char.IsSurrogate((char)c) ? 0xFFFD : c);
            _position++;
        }
    }

    private Token MakeString(int start, int end, List<byte> bytes, bool hasError) =>
        new Token(TokenKind.String, start, end, _text.Substring(start, end - start), _line)
        {
            StringBytes = bytes.ToArray(),
            HasError = hasError,
        };

    // At '\'. Decodes one escape like protoc's ParseStringAppend; returns false after reporting an invalid one.
    private bool ReadEscape(List<byte> bytes)
    {
        var start = _position;
        _position++;
        var c = Peek();
        switch (c)
        {
            case 'a': bytes.Add(7); _position++; return true;
            case 'b': bytes.Add(8); _position++; return true;
            case 'f': bytes.Add(12); _position++; return true;
            case 'n': bytes.Add(10); _position++; return true;
            case 'r': bytes.Add(13); _position++; return true;
            case 't': bytes.Add(9); _position++; return true;
            case 'v': bytes.Add(11); _position++; return true;
            case '\\':
            case '\'':
            case '"':
            case '?':
                bytes.Add((byte)c);
                _position++;
                return true;
        }

        if (IsOctalDigit(c))
        {
            var value = 0;
            for (var i = 0; i < 3 && IsOctalDigit(Peek()); i++)
            {
                value = (value * 8) + (Peek() - '0');
                _position++;
            }

            bytes.Add(unchecked((byte)value));
            return true;
        }

        if (c == 'x' || c == 'X')
        {
            _position++;
            var value = 0;
            var digits = 0;
            for (; digits < 2 && IsHexDigit(Peek()); digits++)
            {
                value = (value * 16) + HexValue(Peek());
                _position++;
            }

            if (digits == 0)
            {
                Error("Expected hex digits after '\\x' in string literal", start, _position);
                return false;
            }

            bytes.Add((byte)value);
            return true;
        }

        if (c == 'u' || c == 'U')
        {
            var count = c == 'u' ? 4 : 8;
            _position++;
            // protoc accepts \U00000000 through \U001fffff; values above 10ffff are kept as the escape text.
            if (!TryReadHex(count, out var codePoint) || codePoint > 0x1FFFFF)
            {
                Error(c == 'u' ? "Expected four hex digits after '\\u' in string literal" : "Expected eight hex digits up to 1fffff after '\\U' in string literal", start, _position);
                return false;
            }

            if (codePoint >= 0xD800 && codePoint <= 0xDBFF && Peek() == '\\' && Peek(1) == 'u')
            {
                var save = _position;
                _position += 2;
                if (TryReadHex(4, out var low) && low >= 0xDC00 && low <= 0xDFFF)
                {
                    AppendUtf8(bytes, 0x10000 + ((codePoint - 0xD800) << 10) + (low - 0xDC00));
                    return true;
                }

                _position = save;
            }

            if (codePoint > 0x10FFFF)
            {
                foreach (var escapeChar in "\\U" + codePoint.ToString("x8", CultureInfo.InvariantCulture))
                {
                    bytes.Add((byte)escapeChar);
                }

                return true;
            }

            // Like protoc, an unpaired surrogate is encoded as is (the bytes are not valid UTF-8, neither is the string).
            AppendUtf8(bytes, codePoint);
            return true;
        }

        if (c == -1 || c == '\n')
        {
            Error("Invalid escape sequence '\\' at the end of the line in string literal", start, _position);
            return false;
        }

        var length = char.IsHighSurrogate((char)c) && char.IsLowSurrogate((char)Peek(1)) ? 2 : 1;
        _position += length;
        Error("Invalid escape sequence '\\" + _text.Substring(start + 1, length) + "' in string literal", start, _position);
        return false;
    }

    private bool TryReadHex(int count, out int value)
    {
        value = 0;
        for (var i = 0; i < count; i++)
        {
            if (!IsHexDigit(Peek()))
            {
                return false;
            }

            if (value > 0x1FFFFF)
            {
                value = int.MaxValue;
            }
            else
            {
                value = (value * 16) + HexValue(Peek());
            }

            _position++;
        }

        return true;
    }

    private static void AppendUtf8(List<byte> bytes, int codePoint)
    {
        if (codePoint < 0x80)
        {
            bytes.Add((byte)codePoint);
        }
        else if (codePoint < 0x800)
        {
            bytes.Add((byte)(0xC0 | (codePoint >> 6)));
            bytes.Add((byte)(0x80 | (codePoint & 0x3F)));
        }
        else if (codePoint < 0x10000)
        {
            bytes.Add((byte)(0xE0 | (codePoint >> 12)));
            bytes.Add((byte)(0x80 | ((codePoint >> 6) & 0x3F)));
            bytes.Add((byte)(0x80 | (codePoint & 0x3F)));
        }
        else
        {
            bytes.Add((byte)(0xF0 | (codePoint >> 18)));
            bytes.Add((byte)(0x80 | ((codePoint >> 12) & 0x3F)));
            bytes.Add((byte)(0x80 | ((codePoint >> 6) & 0x3F)));
            bytes.Add((byte)(0x80 | (codePoint & 0x3F)));
        }
    }

    /// <summary>protoc's CommentCollector: decides which comment blocks are trailing, detached or leading.</summary>
    private sealed class CommentCollector
    {
        private readonly StringBuilder _buffer = new StringBuilder();
        private bool _hasComment;
        private bool _isLineComment;
        private bool _canAttachToPrevious = true;
        private bool _hasTrailingComment;
        private int _commentCount;

        public string? PreviousTrailing { get; private set; }

        public List<string> Detached { get; } = new List<string>();

        /// <summary>Back to the state of a new collector, keeping the buffers (one collector serves every token).</summary>
        public void Reset()
        {
            _buffer.Clear();
            _hasComment = false;
            _isLineComment = false;
            _canAttachToPrevious = true;
            _hasTrailingComment = false;
            _commentCount = 0;
            PreviousTrailing = null;
            Detached.Clear();
        }

        public StringBuilder GetBufferForLineComment()
        {
            if (_hasComment && !_isLineComment)
            {
                Flush();
            }

            _hasComment = true;
            _isLineComment = true;
            return _buffer;
        }

        public StringBuilder GetBufferForBlockComment()
        {
            if (_hasComment)
            {
                Flush();
            }

            _hasComment = true;
            _isLineComment = false;
            return _buffer;
        }

        public void ClearBuffer()
        {
            _buffer.Clear();
            _hasComment = false;
        }

        public void Flush()
        {
            if (!_hasComment)
            {
                return;
            }

            var comment = Normalize(_buffer.ToString());
            if (_canAttachToPrevious)
            {
                PreviousTrailing = (PreviousTrailing ?? string.Empty) + comment;
                _hasTrailingComment = true;
                _canAttachToPrevious = false;
            }
            else
            {
                Detached.Add(comment);
            }

            ClearBuffer();
            _commentCount++;
        }

        public void DetachFromPrevious() => _canAttachToPrevious = false;

        public void MaybeDetachComment()
        {
            var count = _commentCount + (_hasComment ? 1 : 0);
            if (count != 1)
            {
                return;
            }

            if (_hasTrailingComment && PreviousTrailing != null)
            {
                Detached.Insert(0, PreviousTrailing);
                PreviousTrailing = null;
            }

            Flush();
        }

        public string? TakeLeading() => _hasComment ? Normalize(_buffer.ToString()) : null;

        // protoc keeps '\r' of CRLF files inside comments; drop it so comments read the same on every platform.
        private static string Normalize(string comment) => comment.IndexOf('\r') < 0 ? comment : comment.Replace("\r\n", "\n");
    }
}
