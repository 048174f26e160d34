using ProtoGuard.Schema.Text;

namespace ProtoGuard.Schema.Tests;

public class SourceTextTests
{
    [Theory]
    [InlineData("a\nb\nc", 3)]
    [InlineData("a\r\nb\r\nc\r\n", 4)]
    [InlineData("a\rb", 2)]
    [InlineData("", 1)]
    [InlineData("a\u2028b\u2029c\u0085d", 4)]
    public void LineCountRecognizesTheSameLineBreaksAsRoslyn(string text, int expected)
    {
        Assert.Equal(expected, SourceText.From(text, "x.proto").LineCount);
    }

    [Fact]
    public void LinePositionsAreZeroBasedUtf16()
    {
        var markup = Markup.Parse("line one\r\n// 😀 $$x\nlast");
        var text = SourceText.From(markup.Text, "x.proto");

        var position = text.GetLinePosition(markup.Position);

        // "// 😀 " is 6 UTF-16 code units: the emoji is a surrogate pair.
        Assert.Equal(new LinePosition(1, 6), position);
        Assert.Equal(markup.Position, text.GetOffset(1, 6));
    }

    [Fact]
    public void LinePositionSpanCoversBothEnds()
    {
        var markup = Markup.Parse("message [|M {\n}|]");
        var text = SourceText.From(markup.Text, "x.proto");

        Assert.Equal(new LinePositionSpan(new LinePosition(0, 8), new LinePosition(1, 1)), text.GetLinePositionSpan(markup.Span));
    }

    [Fact]
    public void OutOfRangeInputIsClampedInsteadOfThrowing()
    {
        var text = SourceText.From("ab\ncd", "x.proto");

        Assert.Equal(new LinePosition(0, 0), text.GetLinePosition(-5));
        Assert.Equal(new LinePosition(1, 2), text.GetLinePosition(100));
        Assert.Equal(5, text.GetOffset(7, 99));
        Assert.Equal(0, text.GetOffset(-1, -1));
        Assert.Equal(2, text.GetOffset(0, 99));
    }

    [Fact]
    public void TextSpanFromBoundsAndEquality()
    {
        var span = TextSpan.FromBounds(3, 7);

        Assert.Equal((3, 4, 7), (span.Start, span.Length, span.End));
        Assert.Equal(new TextSpan(3, 4), span);
        Assert.True(TextSpan.FromBounds(5, 2).IsEmpty);
    }
}
