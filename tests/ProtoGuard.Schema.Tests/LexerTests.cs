using ProtoGuard.Schema.Parsing;

namespace ProtoGuard.Schema.Tests;

public class LexerTests
{
    private static (List<Token> Tokens, List<SchemaDiagnostic> Diagnostics) Lex(string text)
    {
        var diagnostics = new List<SchemaDiagnostic>();
        return (Lexer.Tokenize(text, diagnostics), diagnostics);
    }

    private static Token Single(string text)
    {
        var (tokens, diagnostics) = Lex(text);
        Assert.Empty(diagnostics);
        Assert.Equal(2, tokens.Count);
        Assert.Equal(TokenKind.EndOfFile, tokens[1].Kind);
        return tokens[0];
    }

    [Fact]
    public void TokensHaveExactSpans()
    {
        var markup = Markup.Parse("{|a:map|}{|b:<|}{|c:string|}, /* x */ {|d:.5e3|} {|e:\"s\\\"\"|}\n\t{|f:foo_1|}");
        var (tokens, diagnostics) = Lex(markup.Text);

        Assert.Empty(diagnostics);
        Assert.Equal(
            new[] { markup["a"], markup["b"], markup["c"], markup["d"], markup["e"], markup["f"] },
            tokens.Where(t => t.Text != ",").Take(6).Select(t => t.Span).ToArray());
        Assert.Equal(
            new[] { TokenKind.Identifier, TokenKind.Symbol, TokenKind.Identifier, TokenKind.Symbol, TokenKind.Float, TokenKind.String, TokenKind.Identifier, TokenKind.EndOfFile },
            tokens.Select(t => t.Kind).ToArray());
        Assert.Equal(1, tokens[6].Line);
    }

    [Theory]
    [InlineData("0", 0UL)]
    [InlineData("42", 42UL)]
    [InlineData("0x2A", 42UL)]
    [InlineData("0XfF", 255UL)]
    [InlineData("052", 42UL)]
    [InlineData("18446744073709551615", ulong.MaxValue)]
    [InlineData("0xFFFFFFFFFFFFFFFF", ulong.MaxValue)]
    public void IntegersAreDecoded(string text, ulong expected)
    {
        var token = Single(text);
        Assert.Equal(TokenKind.Integer, token.Kind);
        Assert.Equal(expected, token.IntegerValue);
        Assert.False(token.IntegerOverflow);
    }

    [Theory]
    [InlineData("18446744073709551616")]
    [InlineData("0x10000000000000000")]
    public void IntegerOverflowIsFlagged(string text)
    {
        Assert.True(Single(text).IntegerOverflow);
    }

    [Theory]
    [InlineData("1.", 1.0)]
    [InlineData(".5", 0.5)]
    [InlineData("1e10", 1e10)]
    [InlineData("1.5E-3", 1.5e-3)]
    [InlineData("2e+2", 200.0)]
    [InlineData("0.25", 0.25)]
    [InlineData("1e999", double.PositiveInfinity)]
    public void FloatsAreDecoded(string text, double expected)
    {
        var token = Single(text);
        Assert.Equal(TokenKind.Float, token.Kind);
        Assert.Equal(expected, token.FloatValue);
    }

    [Theory]
    [InlineData("inf")]
    [InlineData("nan")]
    [InlineData("max")]
    public void InfNanAndMaxAreIdentifiers(string text)
    {
        Assert.Equal(TokenKind.Identifier, Single(text).Kind);
    }

    [Theory]
    [InlineData("\"\\a\\b\\f\\n\\r\\t\\v\\\\\\'\\\"\\?\"", new byte[] { 7, 8, 12, 10, 13, 9, 11, 92, 39, 34, 63 })]
    [InlineData("'\\101\\0\\7\\377'", new byte[] { 65, 0, 7, 255 })]
    [InlineData("\"\\x41\\X4f\\xf\"", new byte[] { 0x41, 0x4f, 0x0f })]
    [InlineData("\"\\u00e9\"", new byte[] { 0xC3, 0xA9 })]
    [InlineData("\"\\U0001F600\"", new byte[] { 0xF0, 0x9F, 0x98, 0x80 })]
    [InlineData("\"\\ud83d\\ude00\"", new byte[] { 0xF0, 0x9F, 0x98, 0x80 })]
    [InlineData("\"é\"", new byte[] { 0xC3, 0xA9 })]
    [InlineData("\"😀\"", new byte[] { 0xF0, 0x9F, 0x98, 0x80 })]
    [InlineData("\"\\1234\"", new byte[] { 0x53, (byte)'4' })]
    [InlineData("\"\\U00110000\"", new byte[] { (byte)'\\', (byte)'U', (byte)'0', (byte)'0', (byte)'1', (byte)'1', (byte)'0', (byte)'0', (byte)'0', (byte)'0' })]
    [InlineData("\"\\ud800\"", new byte[] { 0xED, 0xA0, 0x80 })]
    public void StringEscapesAreDecodedToBytes(string text, byte[] expected)
    {
        var token = Single(text);
        Assert.Equal(TokenKind.String, token.Kind);
        Assert.Equal(expected, token.StringBytes);
    }

    [Fact]
    public void UnterminatedStringStopsAtTheEndOfTheLine()
    {
        var markup = Markup.Parse("option x = [|\"abc|]\r\nmessage");
        var (tokens, diagnostics) = Lex(markup.Text);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(markup.Span, diagnostic.Span);
        Assert.StartsWith("Unterminated string literal", diagnostic.Message);
        Assert.Equal("message", tokens[^2].Text);
    }

    [Fact]
    public void UnterminatedBlockCommentPointsAtItsStart()
    {
        var markup = Markup.Parse("message M {}\n[|/*|] never closed");
        var (tokens, diagnostics) = Lex(markup.Text);

        Assert.Equal(markup.Span, Assert.Single(diagnostics).Span);
        Assert.Equal(5, tokens.Count);
    }

    [Fact]
    public void SlashThatIsNotACommentIsASymbol()
    {
        var (tokens, diagnostics) = Lex("a / b");
        Assert.Empty(diagnostics);
        Assert.Equal(new[] { "a", "/", "b", string.Empty }, tokens.Select(t => t.Text).ToArray());
    }

    [Fact]
    public void InvalidCharactersAreReportedOnceForARunAndSkipped()
    {
        var markup = Markup.Parse("a [|\u00e9\u00e8|] b");
        var (tokens, diagnostics) = Lex(markup.Text);

        Assert.Equal(markup.Span, Assert.Single(diagnostics).Span);
        Assert.Equal(new[] { "a", "b", string.Empty }, tokens.Select(t => t.Text).ToArray());
    }

    [Fact]
    public void ByteOrderMarkIsIgnored()
    {
        var (tokens, diagnostics) = Lex("\uFEFFsyntax");
        Assert.Empty(diagnostics);
        Assert.Equal(new TextSpanProbe(1, 6), new TextSpanProbe(tokens[0].Span.Start, tokens[0].Span.Length));
    }

    [Fact]
    public void LineAndBlockCommentMarkersAreStrippedLikeProtoc()
    {
        var (tokens, _) = Lex("a;\n// one\n// two\nb;\n/*\n * three\n *   four\n */\nc;");

        Assert.Equal(" one\n two\n", tokens.Single(t => t.Text == "b").LeadingComment);
        Assert.Equal("\n three\n   four\n", tokens.Single(t => t.Text == "c").LeadingComment);
    }

    private readonly record struct TextSpanProbe(int Start, int Length);
}
