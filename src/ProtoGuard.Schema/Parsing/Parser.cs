using System;
using System.Collections.Generic;
using System.Text;
using ProtoGuard.Schema.Syntax;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Schema.Parsing;

/// <summary>
/// Recursive-descent parser over the token list. It never throws and always terminates: every loop either consumes a
/// token or exits, and nesting deeper than <see cref="MaxNestingDepth"/> is reported and skipped iteratively.
/// After a syntax error in a statement it reports once and skips to the next <c>;</c>, past a balanced <c>{...}</c>,
/// before a <c>}</c>, or to a declaration keyword that starts a new line; a missing <c>;</c> before a line break or
/// <c>}</c> is reported and treated as present.
/// Comments are attached like protoc's Parser (upcoming doc comments swapped at each end of declaration).
/// </summary>
internal sealed partial class Parser
{
    /// <summary>protoc reports "Reached maximum recursion limit for nested messages" at the 32nd nested message.</summary>
    internal const int MaxNestingDepth = 31;

    /// <summary>protoc's text-format parser accepts message literals up to 100 levels deep.</summary>
    internal const int MaxLiteralNestingDepth = 100;

    private static readonly UTF8Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private readonly SourceText _source;
    private readonly NameTable _names;
    private readonly List<Token> _tokens;
    private readonly List<SchemaDiagnostic> _diagnostics;
    private int _index;
    private int _depth;

    // Diagnostic count when the current statement began: a missing ';' after an earlier error in the same statement is
    // a consequence of that error and is not reported again.
    private int _statementDiagnosticMark;

    // A run of unexpected tokens in a block is reported once, at its first statement.
    private bool _previousMemberWasUnexpected;
    private bool _memberWasUnexpected;
    private bool _oneofLabelReported;
    private string? _upcomingLeading;
    private IReadOnlyList<string> _upcomingDetached;

    private Parser(SourceText source, NameTable names, List<Token> tokens, List<SchemaDiagnostic> diagnostics)
    {
        _source = source;
        _names = names;
        _tokens = tokens;
        _diagnostics = diagnostics;
        _upcomingLeading = tokens[0].LeadingComment;
        _upcomingDetached = tokens[0].DetachedComments;
    }

    private enum FieldContext
    {
        Message,
        Oneof,
        Extend,
    }

    public static ParsedFile Parse(SourceText source, bool keepComments = true)
    {
        var diagnostics = new List<SchemaDiagnostic>();
        var names = new NameTable();
        var tokens = Lexer.Tokenize(source.Text, diagnostics, names, keepComments);
        var parser = new Parser(source, names, tokens, diagnostics);
        var root = parser.ParseFile();
        TokenListPool.Return(tokens);
        SyntaxLegalizer.Check(root, diagnostics);
        var sorted = new List<SchemaDiagnostic>(diagnostics.Count);
        sorted.AddRange(diagnostics);
        StableSortByPosition(sorted);
        return new ParsedFile(source, root, sorted) { HasComments = keepComments };
    }

    private static void StableSortByPosition(List<SchemaDiagnostic> diagnostics)
    {
        var keyed = new List<KeyValuePair<int, SchemaDiagnostic>>(diagnostics.Count);
        for (var i = 0; i < diagnostics.Count; i++)
        {
            keyed.Add(new KeyValuePair<int, SchemaDiagnostic>(i, diagnostics[i]));
        }

        keyed.Sort((a, b) =>
        {
            var byStart = a.Value.Span.Start.CompareTo(b.Value.Span.Start);
            return byStart != 0 ? byStart : a.Key.CompareTo(b.Key);
        });
        diagnostics.Clear();
        foreach (var pair in keyed)
        {
            diagnostics.Add(pair.Value);
        }
    }

    // ---------------------------------------------------------------- tokens

    private Token Current => _tokens[_index];

    private bool AtEnd => Current.Kind == TokenKind.EndOfFile;

    private Token PeekToken(int offset)
    {
        var index = _index + offset;
        return _tokens[index < _tokens.Count ? index : _tokens.Count - 1];
    }

    private Token? PreviousToken => _index > 0 ? _tokens[_index - 1] : null;

    private int PreviousEnd => _index > 0 ? _tokens[_index - 1].Span.End : 0;

    private Token Advance()
    {
        var token = _tokens[_index];
        if (_index < _tokens.Count - 1)
        {
            _index++;
        }

        return token;
    }

    private static Identifier ToIdentifier(Token token) => new Identifier(token.Text, token.Span);

    private TextSpan SpanFrom(int start) => TextSpan.FromBounds(start, PreviousEnd);

    /// <summary>True when the tokens from <paramref name="first"/> up to <paramref name="end"/> (exclusive) touch, with nothing between them.</summary>
    private bool IsContiguous(int first, int end)
    {
        for (var i = first + 1; i < end; i++)
        {
            if (_tokens[i - 1].Span.End != _tokens[i].Span.Start)
            {
                return false;
            }
        }

        return true;
    }

    // ---------------------------------------------------------------- diagnostics

    private void Report(TextSpan span, string message, Token? blamed)
    {
        // The lexer already explained what is wrong with this token; a parser error on top would only repeat it.
        if (blamed.HasValue && blamed.Value.HasError)
        {
            return;
        }

        _diagnostics.Add(new SchemaDiagnostic(SchemaDiagnosticIds.SyntaxError, message, span, SchemaSeverity.Error));
    }

    private void ReportUnexpected(string expectation)
    {
        var token = Current;
        Report(token.Span, expectation + ", found " + Describe(token), token);
    }

    private void ReportUnexpectedMember(string expectation)
    {
        if (!_previousMemberWasUnexpected)
        {
            ReportUnexpected(expectation);
        }

        _memberWasUnexpected = true;
    }

    private void ReportMissingAfterPrevious(string message) =>
        Report(new TextSpan(PreviousEnd, 0), message, PreviousToken);

    private static string WithArticle(string noun) => ("aeiou".IndexOf(noun[0]) >= 0 ? "an " : "a ") + noun;

    internal static string Describe(Token token)
    {
        if (token.Kind == TokenKind.EndOfFile)
        {
            return "end of file";
        }

        var text = token.Text.Length > 40 ? token.Text.Substring(0, 37) + "..." : token.Text;
        return "'" + text + "'";
    }

    // ---------------------------------------------------------------- comments and statement ends

    private Comments ConsumeEndOfDeclaration(bool hasLocation)
    {
        var terminator = Advance();
        return AttachComments(terminator, Current, hasLocation, terminator.IsSymbol('}'));
    }

    // Mirrors Parser::TryConsumeEndOfDeclaration: the node gets the doc comment saved at the previous end of
    // declaration; the comment leading the next token is saved for the next declaration.
    private Comments AttachComments(Token terminator, Token next, bool hasLocation, bool closesScope)
    {
        var leading = _upcomingLeading;
        _upcomingLeading = next.LeadingComment;
        if (hasLocation)
        {
            var comments = leading == null && terminator.TrailingComment == null && _upcomingDetached.Count == 0
                ? Comments.None
                : new Comments(leading, terminator.TrailingComment, _upcomingDetached);
            _upcomingDetached = next.DetachedComments;
            return comments;
        }

        if (closesScope || _upcomingDetached.Count == 0)
        {
            _upcomingDetached = next.DetachedComments;
        }
        else if (next.DetachedComments.Count > 0)
        {
            var merged = new List<string>(_upcomingDetached);
            merged.AddRange(next.DetachedComments);
            _upcomingDetached = merged;
        }

        return Comments.None;
    }

    /// <summary>
    /// Consumes the <c>;</c> that ends a declaration. When it is missing, reports it right after the previous token; if
    /// the next token starts a new line (or closes the block) the <c>;</c> is assumed, otherwise the statement is skipped.
    /// </summary>
    private Comments ExpectSemicolon(string context)
    {
        if (Current.IsSymbol(';'))
        {
            return ConsumeEndOfDeclaration(hasLocation: true);
        }

        if (_diagnostics.Count == _statementDiagnosticMark)
        {
            ReportMissingAfterPrevious("Expected ';' " + context);
        }

        var previous = PreviousToken;
        if (previous.HasValue && (AtEnd || Current.IsSymbol('}') || Current.Line > previous.Value.Line))
        {
            return AttachComments(previous.Value, Current, hasLocation: true, closesScope: false);
        }

        SkipStatement();
        return Comments.None;
    }

    /// <summary>
    /// Consumes the <c>{</c> that opens a body. When it is missing: reports it after the previous token and, if the next
    /// token starts a new line, assumes it (returns true); otherwise returns false and the caller skips the statement.
    /// </summary>
    private bool ExpectOpenBrace(Expectation context, out Comments comments)
    {
        if (Current.IsSymbol('{'))
        {
            comments = ConsumeEndOfDeclaration(hasLocation: true);
            return true;
        }

        comments = Comments.None;
        var previous = PreviousToken;
        if (previous.HasValue && !AtEnd && Current.Line > previous.Value.Line && !Current.IsSymbol('}'))
        {
            ReportMissingAfterPrevious("Expected '{' " + context.ToString());
            comments = AttachComments(previous.Value, Current, hasLocation: true, closesScope: false);
            return true;
        }

        ReportUnexpected("Expected '{' " + context.ToString());
        return false;
    }

    /// <summary>protoc's SkipStatement, plus a stop before a declaration keyword that starts a line.</summary>
    private void SkipStatement()
    {
        var start = _index;
        var openBrackets = 0;
        var sawColon = false;
        while (!AtEnd)
        {
            var token = Current;
            if (token.IsSymbol(';'))
            {
                ConsumeEndOfDeclaration(hasLocation: false);
                return;
            }

            if (token.IsSymbol('{'))
            {
                Advance();
                SkipRestOfBlock();
                return;
            }

            // A '}' inside an unclosed '[', or one followed by ';' or ']' after text-format 'name:' pairs, closes a
            // message literal whose '{' went missing, not the enclosing block.
            if (token.IsSymbol('}') && openBrackets == 0 && !(sawColon && (PeekToken(1).IsSymbol(';') || PeekToken(1).IsSymbol(']'))))
            {
                return;
            }

            openBrackets += token.IsSymbol('[') ? 1 : token.IsSymbol(']') && openBrackets > 0 ? -1 : 0;
            sawColon |= token.IsSymbol(':');

            if (_index > start && (StartsDeclarationOnNewLine(_index) || StartsFieldOrValueOnNewLine(_index)))
            {
                return;
            }

            Advance();
        }
    }

    /// <summary>
    /// A line starting with <c>[label] Type name =</c> or <c>NAME = number</c> is almost certainly a new field or enum
    /// value, so skipping after an error stops there instead of swallowing it.
    /// </summary>
    private bool StartsFieldOrValueOnNewLine(int index)
    {
        if (!StartsOnNewLine(index) || _tokens[index].Kind != TokenKind.Identifier)
        {
            return false;
        }

        var next = PeekAt(index + 1);
        if (next.IsSymbol('='))
        {
            var number = PeekAt(index + 2).IsSymbol('-') ? index + 3 : index + 2;
            return PeekAt(number).Kind == TokenKind.Integer;
        }

        return LooksLikeField(index);
    }

    private Token PeekAt(int index) => _tokens[index < _tokens.Count ? index : _tokens.Count - 1];

    /// <summary><c>[label] Type name =</c>: a field, which cannot appear in an enum or a service.</summary>
    private bool LooksLikeField(int index)
    {
        var i = index;
        Token At(int k) => PeekAt(k);
        if ((At(i).Kind != TokenKind.Identifier && !At(i).IsSymbol('.')) || At(i).IsKeyword("option"))
        {
            return false;
        }

        if (_tokens[i].Text is "optional" or "required" or "repeated")
        {
            i++;
        }

        if (At(i).IsSymbol('.'))
        {
            i++;
        }

        if (At(i).Kind != TokenKind.Identifier)
        {
            return false;
        }

        i++;
        while (At(i).IsSymbol('.') && At(i + 1).Kind == TokenKind.Identifier)
        {
            i += 2;
        }

        return At(i).Kind == TokenKind.Identifier && At(i + 1).IsSymbol('=');
    }

    /// <summary>Skips to and past the <c>}</c> that closes an already consumed <c>{</c>, counting nested braces (no recursion).</summary>
    private void SkipRestOfBlock()
    {
        var depth = 1;
        while (!AtEnd)
        {
            if (Current.IsSymbol('}'))
            {
                ConsumeEndOfDeclaration(hasLocation: false);
                depth--;
                if (depth == 0)
                {
                    return;
                }
            }
            else
            {
                if (Current.IsSymbol('{'))
                {
                    depth++;
                }

                Advance();
            }
        }
    }

    private bool StartsOnNewLine(int index) =>
        index > 0 && index < _tokens.Count && _tokens[index].Line > _tokens[index - 1].Line;

    private bool StartsDeclarationOnNewLine(int index) => StartsOnNewLine(index) && IsDeclarationStart(index);

    /// <summary>Whether the tokens at <paramref name="index"/> unambiguously begin a declaration (keyword plus a fitting next token).</summary>
    private bool IsDeclarationStart(int index)
    {
        var token = _tokens[index];
        if (token.Kind != TokenKind.Identifier)
        {
            return false;
        }

        var next = _tokens[index + 1 < _tokens.Count ? index + 1 : index];
        var nextIsName = next.Kind == TokenKind.Identifier;
        switch (token.Text)
        {
            case "message":
            case "enum":
            case "service":
            case "oneof":
            case "rpc":
            case "package":
                return nextIsName;
            case "extend":
            case "repeated":
            case "optional":
            case "required":
                return nextIsName || next.IsSymbol('.');
            case "option":
                return nextIsName || next.IsSymbol('(');
            case "import":
                return next.Kind == TokenKind.String || next.IsKeyword("public") || next.IsKeyword("weak");
            case "syntax":
            case "edition":
                return next.IsSymbol('=');
            case "reserved":
                return next.Kind == TokenKind.Integer || next.Kind == TokenKind.String || nextIsName || next.IsSymbol('-');
            case "extensions":
                return next.Kind == TokenKind.Integer;
            case "export":
            case "local":
                return next.IsKeyword("message") || next.IsKeyword("enum");
            default:
                return false;
        }
    }

    /// <summary>
    /// Parses <c>{ member* }</c> after the <c>{</c> was consumed. Returns when the block is closed, at the end of the
    /// file, or when a line starts with a declaration that cannot belong to this block (the <c>}</c> was forgotten).
    /// </summary>
    private void ParseBlockBody(Expectation construct, Action parseMember, Func<int, bool> cannotAppearInside)
    {
        var previousWasUnexpected = false;
        while (true)
        {
            if (AtEnd)
            {
                ReportMissingAfterPrevious("Expected '}' to close " + construct.ToString());
                return;
            }

            if (Current.IsSymbol('}'))
            {
                ConsumeEndOfDeclaration(hasLocation: false);
                return;
            }

            if (StartsOnNewLine(_index) && cannotAppearInside(_index))
            {
                ReportMissingAfterPrevious("Expected '}' to close " + construct.ToString());
                return;
            }

            var before = _index;
            var diagnosticCount = _diagnostics.Count;
            _statementDiagnosticMark = diagnosticCount;
            _previousMemberWasUnexpected = previousWasUnexpected;
            _memberWasUnexpected = false;
            parseMember();
            previousWasUnexpected = _memberWasUnexpected;
            if (_index == before)
            {
                if (_diagnostics.Count == diagnosticCount)
                {
                    ReportUnexpected("Unexpected token in " + construct.ToString());
                }

                Advance();
            }
        }
    }

    // ---------------------------------------------------------------- names and literals

    /// <summary>
    /// Parses <c>[.]ident{.ident}</c>; returns null without consuming anything when no name starts here. A name written
    /// without whitespace or comments between its parts (nearly all) is interned like the identifiers, so a type named
    /// throughout a file is one string.
    /// </summary>
    private Identifier? ParseTypeName()
    {
        var start = Current.Span.Start;
        var first = _index;
        if (Current.IsSymbol('.'))
        {
            if (PeekToken(1).Kind != TokenKind.Identifier)
            {
                return null;
            }

            Advance();
        }
        else if (Current.Kind != TokenKind.Identifier)
        {
            return null;
        }

        Advance();
        while (Current.IsSymbol('.') && PeekToken(1).Kind == TokenKind.Identifier)
        {
            Advance();
            Advance();
        }

        var span = SpanFrom(start);
        if (_index == first + 1)
        {
            return new Identifier(_tokens[first].Text, span);
        }

        if (IsContiguous(first, _index))
        {
            return new Identifier(_names.Get(_source.Text, span.Start, span.Length), span);
        }

        var builder = new StringBuilder();
        for (var i = first; i < _index; i++)
        {
            builder.Append(_tokens[i].Text);
        }

        return new Identifier(builder.ToString(), span);
    }

    /// <summary>Adjacent string literals, concatenated (Current must be a string).</summary>
    private StringValue ParseStrings()
    {
        var start = Current.Span.Start;
        if (PeekToken(1).Kind != TokenKind.String)
        {
            // One literal (nearly always): its decoded bytes are the value's, nothing to concatenate.
            var single = Advance();
            var singleBytes = single.StringBytes;
            return new StringValue(Utf8.GetString(singleBytes), singleBytes, new[] { single.Span }, single.Span);
        }

        var bytes = new List<byte>();
        var spans = new List<TextSpan>();
        while (Current.Kind == TokenKind.String)
        {
            var token = Advance();
            bytes.AddRange(token.StringBytes);
            spans.Add(token.Span);
        }

        var array = bytes.ToArray();
        return new StringValue(Utf8.GetString(array), array, spans, SpanFrom(start));
    }

    /// <summary>
    /// Parses an optionally negative integer. Returns false (nothing consumed) when there is no number here; a float is
    /// consumed and reported, giving a null value.
    /// </summary>
    private bool ParseInteger(Expectation what, out long? value, out TextSpan span)
    {
        var start = Current.Span.Start;
        value = null;
        span = new TextSpan(start, 0);
        var negative = Current.IsSymbol('-') && (PeekToken(1).Kind == TokenKind.Integer || PeekToken(1).Kind == TokenKind.Float);
        var token = negative ? PeekToken(1) : Current;
        if (token.Kind == TokenKind.Integer)
        {
            if (negative)
            {
                Advance();
            }

            Advance();
            span = SpanFrom(start);
            value = IntegerValue.ToInt64(token.IntegerValue, negative, token.IntegerOverflow);
            if (value == null)
            {
                Report(span, "Integer " + _source.ToString(span) + " is out of range", token);
            }

            return true;
        }

        if (token.Kind == TokenKind.Float)
        {
            if (negative)
            {
                Advance();
            }

            Advance();
            span = SpanFrom(start);
            Report(span, "Expected an integer " + what.ToString() + ", found '" + _source.ToString(span) + "'", token);
            return true;
        }

        ReportUnexpected("Expected " + WithArticle(what.ToString()));
        return false;
    }

    /// <summary>
    /// What the parser expects, e.g. <c>field number for 'id'</c>, for error messages only: the text is put together
    /// when there is an error, not for every field.
    /// </summary>
    private readonly struct Expectation
    {
        private readonly string _text;
        private readonly string? _quotedName;

        public Expectation(string text, string? quotedName = null)
        {
            _text = text;
            _quotedName = quotedName;
        }

        public static implicit operator Expectation(string text) => new Expectation(text);

        public override string ToString() => _quotedName == null ? _text : _text + "'" + _quotedName + "'";
    }
}
