using ProtoGuard.Schema.Syntax;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Schema.Tests;

/// <summary>
/// Other projects compile against these exact names; this test uses each of them so that renaming one breaks here
/// first, and checks the values on a small file.
/// </summary>
public class PublicApiTests
{
    [Fact]
    public void AgreedApiNamesAndShapes()
    {
        var text = SourceText.From("syntax = \"proto3\";\npackage p;\nimport weak \"a.proto\";\nmessage M {\n  map<string, M> m = 1 [deprecated = true];\n  oneof o { string s = 2; }\n}\nenum E { E_UNSPECIFIED = 0; }\nservice S { rpc R(stream M) returns (M); }\nextend M {}\n", "api.proto");
        var parsed = ProtoParser.Parse(text);
        var parsedText = parsed.Text;
        var root = parsed.Root;
        var diagnostics = parsed.Diagnostics;

        Assert.Same(text, parsedText);
        Assert.Empty(diagnostics);
        Assert.Equal("PG0001", SchemaDiagnosticIds.SyntaxError);
        Assert.Equal(11, text.LineCount);
        Assert.Equal("api.proto", text.Path);
        Assert.Equal(text.Text.Length, root.Span.End);

        var syntax = root.Syntax!;
        Assert.Equal(("syntax", "proto3"), (syntax.Keyword, syntax.Value));
        var package = root.Package!;
        Assert.Equal("p", package.Name.Text);
        var import = root.Imports[0];
        Assert.Equal(("a.proto", ImportModifier.Weak), (import.Path, import.Modifier));
        var pathPosition = text.GetLinePositionSpan(import.PathSpan);
        Assert.Equal(new LinePosition(2, 12), pathPosition.Start);
        Assert.Equal(text.GetOffset(2, 12), import.PathSpan.Start);

        var message = root.Messages[0];
        var map = message.Fields[0];
        Assert.Equal(FieldLabel.None, map.Label);
        Assert.Null(map.Type);
        Assert.Equal(("string", "M"), (map.MapType!.KeyType.Text, map.MapType.ValueType.Text));
        Assert.Equal(1L, map.Number);
        Assert.Equal("deprecated", map.Options[0].Name.Parts[0].Name.Text);
        Assert.False(map.Options[0].Name.Parts[0].IsExtension);
        Assert.Equal(OptionValueKind.Identifier, map.Options[0].Value.Kind);
        Assert.False(map.IsGroup);
        Assert.Null(map.GroupBody);
        var oneof = message.Oneofs[0];
        Assert.Equal("s", oneof.Fields[0].Name.Text);
        Assert.Equal(new[] { "m", "s" }, message.AllFields.Select(f => f.Name.Text).ToArray());
        Assert.Empty(message.Messages);
        Assert.Empty(message.Enums);
        Assert.Empty(message.Reserved);
        Assert.Empty(message.ExtensionRanges);
        Assert.Empty(message.Extends);
        Assert.Empty(message.Options);
        Assert.Equal(2, message.Declarations.Count);

        var enumNode = root.Enums[0];
        var value = enumNode.Values[0];
        Assert.Equal((0L, "0"), (value.Number!.Value, text.ToString(value.NumberSpan)));
        Assert.Empty(enumNode.Options);
        Assert.Empty(enumNode.Reserved);

        var service = root.Services[0];
        var rpc = service.Rpcs[0];
        Assert.Equal(("R", "M", true, "M", false), (rpc.Name.Text, rpc.InputType.Text, rpc.ClientStreaming, rpc.OutputType.Text, rpc.ServerStreaming));
        Assert.Empty(service.Options);
        Assert.Empty(rpc.Options);
        var extend = root.Extends[0];
        Assert.Equal("M", extend.Extendee.Text);
        Assert.Empty(extend.Fields);

        var comments = message.Comments;
        Assert.Null(comments.Leading);
        Assert.Null(comments.Trailing);
        Assert.Empty(comments.Detached);
        Assert.Equal(new[] { "M" }, root.AllMessages().Select(m => m.Name.Text).ToArray());
        Assert.Equal(new[] { "E" }, root.AllEnums().Select(e => e.Name.Text).ToArray());
        Assert.Equal(7, root.Declarations.Count);
        Assert.Equal(SchemaSeverity.Error, ProtoParser.Parse(SourceText.From("}", "x.proto")).Diagnostics[0].Severity);
    }
}
