using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Schema.Tests;

/// <summary>Spans of declarations and their parts, expressed with markup (never hand-counted).</summary>
public class ParserSpanTests
{
    [Fact]
    public void FieldPartsHaveExactSpans()
    {
        var markup = Markup.Parse("message M {\n  {|field:{|label:repeated|} {|type:.pkg.Type|} {|name:items|} = {|number:12|} [{|option:(my.opt).sub = -1|}];|}\n}");
        var field = TestSupport.ParseValid(markup.Text).Root.Messages[0].Fields[0];

        Assert.Equal(markup["field"], field.Span);
        Assert.Equal(markup["label"], field.LabelSpan);
        Assert.Equal(markup["type"], field.Type!.Span);
        Assert.Equal(markup["name"], field.Name.Span);
        Assert.Equal(markup["number"], field.NumberSpan);
        Assert.Equal(markup["option"], field.Options[0].Span);
    }

    [Fact]
    public void FieldWithoutLabelHasAnEmptyLabelSpanAtItsStart()
    {
        var markup = Markup.Parse(TestSupport.Proto3 + "message M { $$int32 a = 1; }");
        var field = TestSupport.ParseValid(markup.Text).Root.Messages[0].Fields[0];

        Assert.Equal(FieldLabel.None, field.Label);
        Assert.Equal(new Text.TextSpan(markup.Position, 0), field.LabelSpan);
    }

    [Fact]
    public void NegativeNumberSpanIncludesTheSign()
    {
        var markup = Markup.Parse("enum E { A = [|- 5|]; }");
        var value = TestSupport.ParseValid(markup.Text).Root.Enums[0].Values[0];

        Assert.Equal(-5L, value.Number);
        Assert.Equal(markup.Span, value.NumberSpan);
    }

    [Fact]
    public void MapTypeSpansCoverKeyValueAndWholeType()
    {
        var markup = Markup.Parse("message M { {|map:map < {|key:string|} , {|value:google.protobuf.Any|} >|} m = 1; }");
        var map = TestSupport.ParseValid(markup.Text).Root.Messages[0].Fields[0].MapType!;

        Assert.Equal(markup["map"], map.Span);
        Assert.Equal(markup["key"], map.KeyType.Span);
        Assert.Equal(markup["value"], map.ValueType.Span);
    }

    [Fact]
    public void DottedNamesIgnoreWhitespaceBetweenParts()
    {
        var markup = Markup.Parse("package [|foo . bar.baz|];");
        var name = TestSupport.ParseValid(markup.Text).Root.Package!.Name;

        Assert.Equal("foo.bar.baz", name.Text);
        Assert.Equal(markup.Span, name.Span);
    }

    [Fact]
    public void OptionNamePartsHaveSpansIncludingParentheses()
    {
        var markup = Markup.Parse("option {|p0:(.a.b)|}.{|p1:c|}.{|p2:(d)|} = {|value:\"x\" 'y'|};");
        var option = TestSupport.ParseValid(markup.Text).Root.Options[0];

        Assert.Equal("(.a.b).c.(d)", option.Name.Text);
        Assert.Equal(new[] { markup["p0"], markup["p1"], markup["p2"] }, option.Name.Parts.Select(p => p.Span).ToArray());
        Assert.Equal(".a.b", option.Name.Parts[0].Name.Text);
        var value = Assert.IsType<StringValue>(option.Value);
        Assert.Equal("xy", value.Value);
        Assert.Equal(markup["value"], value.Span);
        Assert.Equal(2, value.PartSpans.Count);
    }

    [Fact]
    public void AggregateValueKeepsATreeWithSpans()
    {
        var markup = Markup.Parse("option (o) = {|agg:{ {|a:a: -1|} {|b:b: [1, 2.5, X]|}, {|c:c < d: \"x\"; >|} {|ext:[pkg.ext]: true|} {|any:[type.googleapis.com/pkg.M] { }|} }|};");
        var aggregate = Assert.IsType<AggregateValue>(TestSupport.ParseValid(markup.Text).Root.Options[0].Value);

        Assert.Equal(markup["agg"], aggregate.Span);
        Assert.Equal(new[] { markup["a"], markup["b"], markup["c"], markup["ext"], markup["any"] }, aggregate.Fields.Select(f => f.Span).ToArray());
        Assert.Equal(-1L, ((IntegerValue)aggregate.Fields[0].Value).AsInt64);
        var list = (ListValue)aggregate.Fields[1].Value;
        Assert.Equal(new[] { OptionValueKind.Integer, OptionValueKind.Float, OptionValueKind.Identifier }, list.Elements.Select(e => e.Kind).ToArray());
        Assert.Equal("x", ((StringValue)((AggregateValue)aggregate.Fields[2].Value).Fields[0].Value).Value);
        Assert.True(aggregate.Fields[3].IsExtension);
        Assert.Equal("pkg.ext", aggregate.Fields[3].Name.Text);
        Assert.Equal(("type.googleapis.com", "pkg.M"), (aggregate.Fields[4].TypeUrlPrefix, aggregate.Fields[4].Name.Text));
    }

    [Fact]
    public void RpcSpansCoverStreamKeywordsAndTypes()
    {
        var markup = Markup.Parse("service S { {|rpc:rpc Chat ({|cs:stream|} {|in:In|}) returns ({|ss:stream|} {|out:.p.Out|});|} }");
        var rpc = TestSupport.ParseValid(markup.Text).Root.Services[0].Rpcs[0];

        Assert.Equal(markup["rpc"], rpc.Span);
        Assert.Equal(markup["cs"], rpc.ClientStreamingSpan);
        Assert.Equal(markup["in"], rpc.InputType.Span);
        Assert.Equal(markup["ss"], rpc.ServerStreamingSpan);
        Assert.Equal(markup["out"], rpc.OutputType.Span);
    }

    [Fact]
    public void StreamIsAlwaysTheKeywordLikeInProtoc()
    {
        var file = TestSupport.ParseValid("service S { rpc A(stream.Req) returns (stream .Resp); }");
        var rpc = file.Root.Services[0].Rpcs[0];

        Assert.True(rpc.ClientStreaming);
        Assert.Equal(".Req", rpc.InputType.Text);
        Assert.True(rpc.ServerStreaming);
        Assert.Equal(".Resp", rpc.OutputType.Text);
    }

    [Fact]
    public void ReservedRangesHaveSpansForEachBound()
    {
        var markup = Markup.Parse("message M { reserved {|r1:{|s1:1|}|}, {|r2:{|s2:5|} to {|e2:max|}|}; }");
        var ranges = TestSupport.ParseValid(markup.Text).Root.Messages[0].Reserved[0].Ranges.ToArray();

        Assert.Equal(new[] { markup["r1"], markup["r2"] }, ranges.Select(r => r.Span).ToArray());
        Assert.Equal((markup["s1"], markup["s1"]), (ranges[0].StartSpan, ranges[0].EndSpan));
        Assert.Equal((markup["s2"], markup["e2"]), (ranges[1].StartSpan, ranges[1].EndSpan));
        Assert.Equal((1L, (long?)1L), (ranges[0].Start!.Value, ranges[0].End));
        Assert.Null(ranges[1].End);
    }

    [Fact]
    public void MessageSpanRunsFromKeywordToClosingBrace()
    {
        var markup = Markup.Parse("// c\n[|message M {\n  message N {}\n}|]\n");
        Assert.Equal(markup.Span, TestSupport.ParseValid(markup.Text).Root.Messages[0].Span);
    }

    [Fact]
    public void ImportSpansCoverModifierAndPath()
    {
        var markup = Markup.Parse("{|imp:import {|mod:public|} {|path:\"a.proto\"|};|}");
        var import = TestSupport.ParseValid(markup.Text).Root.Imports[0];

        Assert.Equal(markup["imp"], import.Span);
        Assert.Equal(markup["mod"], import.ModifierSpan);
        Assert.Equal(markup["path"], import.PathSpan);
    }

    [Fact]
    public void SyntaxSpansCoverKeywordAndValue()
    {
        var markup = Markup.Parse("{|kw:edition|} = {|value:\"2023\"|};");
        var syntax = TestSupport.ParseValid(markup.Text).Root.Syntax!;

        Assert.Equal(markup["kw"], syntax.KeywordSpan);
        Assert.Equal(markup["value"], syntax.ValueSpan);
    }

    [Fact]
    public void KeywordsCanBeUsedAsNames()
    {
        var file = TestSupport.ParseValid(
            TestSupport.Proto3 +
            "message message { int32 syntax = 1; optional int32 option = 2; string reserved = 3; map<string, string> map = 4; stream rpc = 5; }\n" +
            "enum enum { option = 0; reserved = 1; message = 2; }\n" +
            "message extensions { extensions extensions = 1; reserved reserved = 2; }");

        Assert.Equal(new[] { "syntax", "option", "reserved", "map", "rpc" }, file.Root.Messages[0].Fields.Select(f => f.Name.Text).ToArray());
        Assert.Equal(new[] { "option", "reserved", "message" }, file.Root.Enums[0].Values.Select(v => v.Name.Text).ToArray());
        Assert.Equal(new[] { "extensions", "reserved" }, file.Root.Messages[1].Fields.Select(f => f.Type!.Text).ToArray());
    }
}
