using System.Text;
using ProtoGuard.Schema.Syntax;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Schema.Tests;

/// <summary>The parser must never throw, never hang and always produce spans inside the text.</summary>
public class RobustnessTests
{
    private static readonly string[] Fragments =
    {
        "{", "}", ";", "\"", "'", "/*", "*/", "//", "\n", "\r", "\\", "\0", "é", "😀", "\ud800", "\udc00", "\u2028", "=", "[", "]", "(", ")", "<", ">", "-", ".",
        "message", "enum", "option", "oneof", "map", "group", "rpc", "stream", "returns", "to", "max", "reserved", "0x", "1e", "09",
    };

    [Fact]
    public void FiveThousandSeededMutationsOfTheValidFilesNeverThrowAndKeepSpansInBounds()
    {
        var sources = Directory.GetFiles(Path.Combine(TestSupport.TestDataDirectory(), "valid"), "*.proto")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToArray();
        var random = new Random(20261124);
        var withDiagnostics = 0;
        for (var i = 0; i < 5000; i++)
        {
            var text = sources[random.Next(sources.Length)];
            var mutations = 1 + random.Next(3);
            for (var m = 0; m < mutations; m++)
            {
                text = Mutate(text, random);
            }

            var file = ProtoParser.Parse(SourceText.From(text, "mutant.proto"));
            AssertWellFormed(file);
            if (file.Diagnostics.Count > 0)
            {
                withDiagnostics++;
            }
        }

        // Nearly every mutation breaks the file; if few do, the mutator is not doing its job.
        Assert.True(withDiagnostics > 3000, "only " + withDiagnostics + " mutants had diagnostics");
    }

    [Theory]
    [InlineData("{", "")]
    [InlineData("message M {", "")]
    [InlineData("message M { message N {", "} }")]
    [InlineData("option (x) = {a {", "")]
    [InlineData("option (x) = {a: [", "")]
    [InlineData("(", "")]
    [InlineData("[", "")]
    [InlineData("/* /* ", "")]
    public void DeeplyNestedInputTerminatesWithoutStackOverflow(string open, string close)
    {
        var text = string.Concat(Enumerable.Repeat(open, 20000)) + string.Concat(Enumerable.Repeat(close, 20000));
        var file = ProtoParser.Parse(SourceText.From(text, "deep.proto"));
        AssertWellFormed(file);
        Assert.NotEmpty(file.Diagnostics);
    }

    [Theory]
    [InlineData(31, 0)]
    [InlineData(32, 1)]
    public void MessageNestingLimitMatchesProtoc(int depth, int expectedDiagnostics)
    {
        var text = string.Concat(Enumerable.Repeat("message M {\n", depth)) + string.Concat(Enumerable.Repeat("}\n", depth)) + "message After {}";
        var file = ProtoParser.Parse(SourceText.From(text, "nested.proto"));

        Assert.Equal(expectedDiagnostics, file.Diagnostics.Count);
        Assert.Equal("After", file.Root.Messages[^1].Name.Text);
    }

    [Fact]
    public void EmptyAndWhitespaceOnlyFilesHaveNoDiagnostics()
    {
        foreach (var text in new[] { string.Empty, "\n\n", "  // only a comment", "\uFEFF", "\r\n/* c */\r\n" })
        {
            var file = ProtoParser.Parse(SourceText.From(text, "empty.proto"));
            Assert.Empty(file.Diagnostics);
            Assert.Empty(file.Root.Declarations);
        }
    }

    [Fact]
    public void NullTextIsTreatedAsEmpty()
    {
        var file = ProtoParser.Parse(null!);
        Assert.Empty(file.Diagnostics);
    }

    [Fact]
    public void RandomPrintableGarbageNeverThrows()
    {
        var random = new Random(7);
        for (var i = 0; i < 300; i++)
        {
            var builder = new StringBuilder();
            var length = random.Next(1, 400);
            for (var c = 0; c < length; c++)
            {
                builder.Append(random.Next(10) == 0 ? Fragments[random.Next(Fragments.Length)] : ((char)random.Next(0x20, 0x7F)).ToString());
            }

            AssertWellFormed(ProtoParser.Parse(SourceText.From(builder.ToString(), "garbage.proto")));
        }
    }

    private static string Mutate(string text, Random random)
    {
        if (text.Length == 0)
        {
            return Fragments[random.Next(Fragments.Length)];
        }

        var position = random.Next(text.Length);
        var length = Math.Min(text.Length - position, 1 + random.Next(20));
        switch (random.Next(6))
        {
            case 0:
                return text.Substring(0, position);
            case 1:
                return text.Substring(0, position) + (char)random.Next(0, 0x80) + text.Substring(position + 1);
            case 2:
                return text.Remove(position, length);
            case 3:
                return text.Insert(position, text.Substring(position, length));
            case 4:
                return text.Insert(position, Fragments[random.Next(Fragments.Length)]);
            default:
                var other = random.Next(text.Length);
                return text.Insert(other, text.Substring(position, length));
        }
    }

    internal static void AssertWellFormed(ParsedFile file)
    {
        var length = file.Text.Length;
        foreach (var diagnostic in file.Diagnostics)
        {
            Assert.Equal(SchemaDiagnosticIds.SyntaxError, diagnostic.Id);
            Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message));
            Assert.InRange(diagnostic.Span.Start, 0, length);
            Assert.InRange(diagnostic.Span.End, diagnostic.Span.Start, length);
        }

        for (var i = 1; i < file.Diagnostics.Count; i++)
        {
            Assert.True(file.Diagnostics[i - 1].Span.Start <= file.Diagnostics[i].Span.Start, "diagnostics are not sorted");
        }

        new SpanChecker(length).Visit(file.Root);
    }

    private sealed class SpanChecker : SyntaxWalker
    {
        private readonly int _length;

        public SpanChecker(int length)
        {
            _length = length;
        }

        private void Check(TextSpan span)
        {
            Assert.InRange(span.Start, 0, _length);
            Assert.InRange(span.End, span.Start, _length);
        }

        private void CheckNode(SyntaxNode node)
        {
            Check(node.Span);
            Assert.NotNull(node.Comments);
        }

        public override void VisitMessage(MessageNode node)
        {
            CheckNode(node);
            Check(node.Name.Span);
            base.VisitMessage(node);
        }

        public override void VisitField(FieldNode node)
        {
            CheckNode(node);
            Check(node.Name.Span);
            Check(node.NumberSpan);
            Assert.True(node.Span.Contains(node.Name.Span), "field name outside the field");
            base.VisitField(node);
        }

        public override void VisitOption(OptionNode node)
        {
            CheckNode(node);
            Check(node.Value.Span);
            Assert.True(node.Span.Contains(node.Name.Span), "option name outside the option");
        }

        public override void VisitEnumValue(EnumValueNode node)
        {
            CheckNode(node);
            Check(node.NumberSpan);
            base.VisitEnumValue(node);
        }

        public override void VisitRpc(RpcNode node)
        {
            CheckNode(node);
            Check(node.InputType.Span);
            Check(node.OutputType.Span);
            base.VisitRpc(node);
        }

        public override void VisitEnum(EnumNode node)
        {
            CheckNode(node);
            base.VisitEnum(node);
        }

        public override void VisitService(ServiceNode node)
        {
            CheckNode(node);
            base.VisitService(node);
        }
    }
}
