using ProtoGuard.Schema.Syntax;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Schema.Tests;

/// <summary>After a syntax error the parser reports once, continues, and still builds the rest of the tree.</summary>
public class ParserRecoveryTests
{
    [Fact]
    public void MissingSemicolonIsReportedRightAfterThePreviousTokenAndBothFieldsAreKept()
    {
        var markup = Markup.Parse(TestSupport.Proto3 + "message M {\n  int32 a = 1$$\n  int32 b = 2;\n}");
        var file = TestSupport.Parse(markup.Text);

        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal(new TextSpan(markup.Position, 0), diagnostic.Span);
        Assert.Equal("Expected ';' after field declaration", diagnostic.Message);
        Assert.Equal(new[] { "a", "b" }, file.Root.Messages[0].Fields.Select(f => f.Name.Text).ToArray());
    }

    [Fact]
    public void UnexpectedClosingBraceIsReportedAtTheBrace()
    {
        var markup = Markup.Parse(TestSupport.Proto3 + "message M {}\n[|}|]\nmessage N {}");
        var file = TestSupport.Parse(markup.Text);

        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal(markup.Span, diagnostic.Span);
        Assert.StartsWith("Unexpected '}'", diagnostic.Message);
        Assert.Equal(2, file.Root.Messages.Count);
    }

    [Fact]
    public void ErrorInsideAFieldSkipsOnlyThatField()
    {
        var file = TestSupport.Parse(TestSupport.Proto3 + "message M {\n  int32 a = = 1;\n  int32 b = 2;\n}\nmessage N {}");

        Assert.Single(file.Diagnostics);
        var message = file.Root.Messages[0];
        Assert.Equal(new[] { "a", "b" }, message.Fields.Select(f => f.Name.Text).ToArray());
        Assert.Null(message.Fields[0].Number);
        Assert.Equal(2L, message.Fields[1].Number);
        Assert.Equal("N", file.Root.Messages[1].Name.Text);
    }

    [Fact]
    public void UnclosedMessageEndsBeforeATopLevelOnlyDeclaration()
    {
        var file = TestSupport.Parse(TestSupport.Proto3 + "message M {\n  int32 a = 1;\n\nservice S {\n  rpc Get(M) returns (M);\n}\n");

        Assert.Single(file.Diagnostics);
        Assert.Single(file.Root.Messages);
        Assert.Equal("Get", file.Root.Services.Single().Rpcs.Single().Name.Text);
    }

    [Fact]
    public void UnclosedEnumEndsBeforeAMessage()
    {
        var file = TestSupport.Parse(TestSupport.Proto3 + "enum E {\n  A = 0;\nmessage M { int32 a = 1; }\n");

        Assert.Single(file.Diagnostics);
        Assert.Equal("A", file.Root.Enums.Single().Values.Single().Name.Text);
        Assert.Equal("a", file.Root.Messages.Single().Fields.Single().Name.Text);
    }

    [Fact]
    public void MissingOpenBraceOnTheNameLineIsAssumed()
    {
        var markup = Markup.Parse(TestSupport.Proto3 + "message M$$\n  int32 a = 1;\n}\nmessage N {}");
        var file = TestSupport.Parse(markup.Text);

        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal(new TextSpan(markup.Position, 0), diagnostic.Span);
        Assert.Equal("a", file.Root.Messages[0].Fields.Single().Name.Text);
        Assert.Equal("N", file.Root.Messages[1].Name.Text);
    }

    [Fact]
    public void BadMessageLiteralIsReportedOnceAndTheStatementStillEnds()
    {
        var markup = Markup.Parse(TestSupport.Proto3 + "option (o) = { a: 1 [|:|] b: 2 };\nmessage M {}");
        var file = TestSupport.Parse(markup.Text);

        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal(markup.Span, diagnostic.Span);
        Assert.Equal(OptionValueKind.Missing, file.Root.Options.Single().Value.Kind);
        Assert.Single(file.Root.Messages);
    }

    [Fact]
    public void MissingFieldNumberKeepsTheFieldWithANullNumber()
    {
        var file = TestSupport.Parse(TestSupport.Proto3 + "message M { string name = [deprecated = true]; }");

        Assert.Single(file.Diagnostics);
        var field = file.Root.Messages[0].Fields.Single();
        Assert.Null(field.Number);
        Assert.Equal("deprecated", field.Options.Single().Name.Text);
    }

    [Fact]
    public void LexerErrorsAreNotRepeatedByTheParser()
    {
        var file = TestSupport.Parse(TestSupport.Proto3 + "import \"unterminated;\nmessage M {}");

        Assert.Single(file.Diagnostics);
        Assert.StartsWith("Unterminated string literal", file.Diagnostics[0].Message);
        Assert.Single(file.Root.Messages);
    }

    [Fact]
    public void EveryErrorInAFileIsReported()
    {
        var file = TestSupport.Parse(TestSupport.Proto3 + "message A { int32 a = ; }\nmessage B { int32 = 1; }\nenum C { X 0; }\nservice D { rpc E() returns (F); }");

        Assert.Equal(4, file.Diagnostics.Count);
        Assert.Equal(new[] { "A", "B" }, file.Root.Messages.Select(m => m.Name.Text).ToArray());
        Assert.Single(file.Root.Enums);
        Assert.Single(file.Root.Services);
    }

    [Fact]
    public void SkippingAfterAnErrorStopsAtAFieldOnTheNextLine()
    {
        var file = TestSupport.Parse(TestSupport.Proto3 + "message M {\n  int32 a = 1 garbage\n  repeated .p.T b = 2;\n  int32 c = 3;\n}\nenum E {\n  A = 0 junk\n  B = -1;\n}");

        Assert.Equal(2, file.Diagnostics.Count);
        Assert.Equal(new[] { "a", "b", "c" }, file.Root.Messages[0].Fields.Select(f => f.Name.Text).ToArray());
        Assert.Equal(new[] { "A", "B" }, file.Root.Enums[0].Values.Select(v => v.Name.Text).ToArray());
    }

    [Fact]
    public void NestedEnumMissingItsBraceEndsAtTheNextField()
    {
        var file = TestSupport.Parse(TestSupport.Proto3 + "message M {\n  enum Kind {\n    KIND_UNSPECIFIED = 0;\n\n  string name = 1;\n  Kind kind = 2;\n}\n");

        Assert.Single(file.Diagnostics);
        var message = file.Root.Messages[0];
        Assert.Equal("KIND_UNSPECIFIED", message.Enums.Single().Values.Single().Name.Text);
        Assert.Equal(new[] { "name", "kind" }, message.Fields.Select(f => f.Name.Text).ToArray());
    }

    [Fact]
    public void ARunOfUnexpectedLinesIsReportedOnce()
    {
        var file = TestSupport.Parse(TestSupport.Proto3 + "message M {\n  ) ) )\n  ] ] ]\n  int32 a = 1;\n  ]\n}\n");

        Assert.Equal(2, file.Diagnostics.Count);
        Assert.Equal("a", file.Root.Messages[0].Fields.Single().Name.Text);
    }

    [Fact]
    public void MethodWithOptionOnTheNextLineGetsAnAssumedBody()
    {
        var file = TestSupport.Parse(TestSupport.Proto3 + "service S {\n  rpc Get(A) returns (B)\n    option deprecated = true;\n  }\n  rpc Put(A) returns (B);\n}\n");

        Assert.Single(file.Diagnostics);
        var rpcs = file.Root.Services.Single().Rpcs.ToArray();
        Assert.Equal(new[] { "Get", "Put" }, rpcs.Select(r => r.Name.Text).ToArray());
        Assert.Equal("deprecated", rpcs[0].Options.Single().Name.Text);
    }

    [Fact]
    public void MessageLiteralMissingItsOpenBraceDoesNotCloseTheMessage()
    {
        var file = TestSupport.Parse(TestSupport.Proto3 + "message M {\n  string a = 1 [(x) =\n    b: 1\n  }];\n  string d = 2;\n}\nmessage N {}\n");

        Assert.Single(file.Diagnostics);
        Assert.Equal(new[] { "a", "d" }, file.Root.Messages[0].Fields.Select(f => f.Name.Text).ToArray());
        Assert.Equal(2, file.Root.Messages.Count);
    }

    [Fact]
    public void SyntaxWithoutEqualsIsStillRecognized()
    {
        var file = TestSupport.Parse("syntax \"proto3\";\nmessage M { int32 a = 1; }\n");

        Assert.Single(file.Diagnostics);
        Assert.Equal("proto3", file.Root.Syntax!.Value);
    }
}
