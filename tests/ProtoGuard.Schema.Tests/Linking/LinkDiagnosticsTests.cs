using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Linking;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Schema.Tests.Linking;

/// <summary>Each link problem is reported with its id on the offending token (marked <c>[|...|]</c>), and only there.</summary>
public class LinkDiagnosticsTests
{
    [Theory]
    [InlineData(LinkDiagnosticIds.UnresolvedImport, "syntax = \"proto3\";\nimport [|\"missing/thing.proto\"|];\n")]
    [InlineData(LinkDiagnosticIds.UnresolvedType, "syntax = \"proto3\";\nmessage M { [|Nope|] n = 1; }\n")]
    [InlineData(LinkDiagnosticIds.UnresolvedType, "syntax = \"proto3\";\nmessage M { map<string, [|Nope|]> n = 1; }\n")]
    [InlineData(LinkDiagnosticIds.UnresolvedType, "syntax = \"proto3\";\nmessage M {}\nservice S { rpc R([|Req|]) returns (M); }\n")]
    [InlineData(LinkDiagnosticIds.DuplicateSymbol, "syntax = \"proto3\";\nmessage M {}\nmessage [|M|] {}\n")]
    [InlineData(LinkDiagnosticIds.DuplicateSymbol, "syntax = \"proto3\";\nenum A { X = 0; }\nenum B { [|X|] = 0; }\n")]
    [InlineData(LinkDiagnosticIds.InvalidFieldNumber, "syntax = \"proto3\";\nmessage M { int32 a = [|0|]; }\n")]
    [InlineData(LinkDiagnosticIds.InvalidFieldNumber, "syntax = \"proto3\";\nmessage M { int32 a = [|536870912|]; }\n")]
    [InlineData(LinkDiagnosticIds.InvalidFieldNumber, "syntax = \"proto3\";\nmessage M { int32 a = [|19000|]; }\n")]
    [InlineData(LinkDiagnosticIds.DuplicateNumber, "syntax = \"proto3\";\nmessage M { int32 a = 1; int32 b = [|1|]; }\n")]
    [InlineData(LinkDiagnosticIds.DuplicateNumber, "syntax = \"proto3\";\nenum E { A = 0; B = [|0|]; }\n")]
    [InlineData(LinkDiagnosticIds.ReservedConflict, "syntax = \"proto3\";\nmessage M { reserved 5; int32 a = [|5|]; }\n")]
    [InlineData(LinkDiagnosticIds.ReservedConflict, "syntax = \"proto3\";\nmessage M { reserved \"a\"; int32 [|a|] = 1; }\n")]
    [InlineData(LinkDiagnosticIds.InvalidRange, "syntax = \"proto2\";\nmessage M { reserved 5 to 10; extensions [|8 to 20|]; }\n")]
    [InlineData(LinkDiagnosticIds.InvalidRange, "syntax = \"proto2\";\nmessage M { reserved [|10 to 5|]; }\n")]
    [InlineData(LinkDiagnosticIds.Proto3Violation, "syntax = \"proto3\";\nenum E { A = [|1|]; }\n")]
    [InlineData(LinkDiagnosticIds.Proto3Violation, "syntax = \"proto3\";\nmessage M { [|extensions 100 to 200;|] }\n")]
    [InlineData(LinkDiagnosticIds.InvalidOption, "syntax = \"proto3\";\noption [|java_pakage|] = \"x\";\n")]
    [InlineData(LinkDiagnosticIds.InvalidOption, "syntax = \"proto3\";\noption [|(my.opt)|] = 1;\n")]
    [InlineData(LinkDiagnosticIds.InvalidOption, "syntax = \"proto3\";\noption java_multiple_files = [|\"yes\"|];\n")]
    [InlineData(LinkDiagnosticIds.InvalidTypeUsage, "syntax = \"proto3\";\nmessage M { map<[|double|], string> m = 1; }\n")]
    [InlineData(LinkDiagnosticIds.InvalidTypeUsage, "syntax = \"proto2\";\nmessage M { extensions 100 to 200; }\nextend M { optional int32 x = [|5|]; }\n")]
    public void ReportsTheProblemOnTheOffendingToken(string id, string markup)
    {
        var source = Markup.Parse(markup);

        var file = Link(source.Text);

        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(source.Span, diagnostic.Span);
        Assert.Equal(SchemaSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public void UnimportedTypeNamesTheFileToImport()
    {
        var files = new Dictionary<string, string>
        {
            ["a.proto"] = "syntax = \"proto3\";\npackage p;\nmessage A {}\n",
            ["b.proto"] = "syntax = \"proto3\";\npackage p;\nimport \"c.proto\";\nmessage B { A a = 1; }\n",
            ["c.proto"] = "syntax = \"proto3\";\npackage p;\nimport \"a.proto\";\n",
        };

        var compilation = ProtoCompilation.Create(new[] { "a.proto", "b.proto" }, path => files.TryGetValue(path, out var text) ? SourceText.From(text, path) : null);

        var diagnostic = Assert.Single(compilation.GetFile("b.proto")!.Diagnostics);
        Assert.Equal("Type \"A\" is defined in \"a.proto\", which is not imported by \"b.proto\"; add the import", diagnostic.Message);
    }

    [Fact]
    public void PublicImportsMakeTypesVisibleTransitively()
    {
        var files = new Dictionary<string, string>
        {
            ["a.proto"] = "syntax = \"proto3\";\npackage p;\nmessage A {}\n",
            ["c.proto"] = "syntax = \"proto3\";\npackage p;\nimport public \"a.proto\";\n",
            ["b.proto"] = "syntax = \"proto3\";\npackage p;\nimport \"c.proto\";\nmessage B { A a = 1; }\n",
        };

        var compilation = ProtoCompilation.Create(new[] { "b.proto" }, path => files.TryGetValue(path, out var text) ? SourceText.From(text, path) : null);

        Assert.False(compilation.HasErrors);
        Assert.Equal("p.A", compilation.GetFile("b.proto")!.MessageTypes[0].Fields[0].MessageType!.FullName);
        Assert.Equal(new[] { "a.proto", "c.proto", "b.proto" }, compilation.AllFiles.Select(file => file.Name));
    }

    [Fact]
    public void ImportCyclesAreReportedAndLinkingTerminates()
    {
        var files = new Dictionary<string, string>
        {
            ["a.proto"] = "syntax = \"proto3\";\nimport \"b.proto\";\nmessage A {}\n",
            ["b.proto"] = "syntax = \"proto3\";\nimport \"a.proto\";\nmessage B {}\n",
        };

        var compilation = ProtoCompilation.Create(new[] { "a.proto" }, path => files.TryGetValue(path, out var text) ? SourceText.From(text, path) : null);

        var diagnostic = Assert.Single(compilation.GetFile("b.proto")!.Diagnostics);
        Assert.Equal(LinkDiagnosticIds.ImportCycle, diagnostic.Id);
        Assert.Equal("Import cycle: a.proto -> b.proto -> a.proto; break the cycle by moving the shared declarations into a separate file", diagnostic.Message);
    }

    [Fact]
    public void FirstComponentRuleStopsAtTheInnermostMatch()
    {
        // protoc resolves "Inner" in "Inner.Leaf" to M.Inner (innermost scope), and then requires Leaf inside it:
        // the top-level Inner.Leaf is never considered.
        var file = Link(
            "syntax = \"proto3\";\npackage p;\nmessage Inner { message Leaf {} }\nmessage M {\n  message Inner {}\n  Inner.Leaf f = 1;\n  .p.Inner.Leaf g = 2;\n  Inner h = 3;\n}\n");

        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal(LinkDiagnosticIds.UnresolvedType, diagnostic.Id);
        var message = file.MessageTypes[1];
        Assert.Equal("p.Inner.Leaf", message.Fields[1].MessageType!.FullName);
        Assert.Equal("p.M.Inner", message.Fields[2].MessageType!.FullName);
    }

    [Fact]
    public void TypeLookupSkipsNonTypesWithTheSameName()
    {
        var file = Link("syntax = \"proto3\";\npackage p;\nmessage Foo {}\nmessage M {\n  int32 Foo = 1;\n  Foo bar = 2;\n}\n");

        Assert.Empty(file.Diagnostics);
        Assert.Equal("p.Foo", file.MessageTypes[1].Fields[1].MessageType!.FullName);
    }

    [Theory]
    [InlineData("foo_bar", "fooBar")]
    [InlineData("foo__bar", "fooBar")]
    [InlineData("_foo", "Foo")]
    [InlineData("foo_", "foo")]
    [InlineData("foo_1bar", "foo1bar")]
    [InlineData("FooBar", "FooBar")]
    public void JsonNamesFollowProtoc(string name, string expected) => Assert.Equal(expected, FileBuilder.ToJsonName(name));

    [Fact]
    public void CustomOptionsAreMergedAndEncodedLikeProtoc()
    {
        var file = Link(
            "syntax = \"proto3\";\npackage a;\nimport \"google/protobuf/descriptor.proto\";\n" +
            "extend google.protobuf.MessageOptions { M mo = 50002; }\n" +
            "message M { int32 foo_bar = 1; repeated int32 r = 2;\n  option (mo) = { foo_bar: 3 r: [1, 2] };\n  option (mo).r = 5;\n}\n");

        Assert.Empty(file.Diagnostics);
        var options = file.MessageTypes[0].Options!;
        var value = (DynamicMessage)options.GetValue("a.mo")!;
        Assert.Equal(new object[] { 1L, 2L, 5L }, value.Find("r")!.Values);
        // 50002: { 1: 3, 2: packed [1, 2, 5] }, exactly as protoc 35.1 writes it.
        Assert.Equal(Convert.FromHexString("92B5180708031203010205"), options.ToByteArray());
    }

    /// <summary>Custom options of every kind, each deprecated in edition 2023 (protoc requires the deprecation_warning).</summary>
    private const string DeprecatedOptions =
        "edition = \"2023\";\nimport \"google/protobuf/descriptor.proto\";\n" +
        "extend google.protobuf.FileOptions { bool f = 50001 [feature_support = { edition_introduced: EDITION_2023 edition_deprecated: EDITION_2023 deprecation_warning: \"w\" }]; }\n" +
        "extend google.protobuf.MessageOptions { bool m = 50001 [feature_support = { edition_introduced: EDITION_2023 edition_deprecated: EDITION_2023 deprecation_warning: \"w\" }]; }\n" +
        "extend google.protobuf.FieldOptions { bool pii = 50001 [feature_support = { edition_introduced: EDITION_2023 edition_deprecated: EDITION_2023 deprecation_warning: \"w\" }]; }\n" +
        "extend google.protobuf.OneofOptions { bool o = 50001 [feature_support = { edition_introduced: EDITION_2023 edition_deprecated: EDITION_2023 deprecation_warning: \"w\" }]; }\n" +
        "extend google.protobuf.EnumOptions { bool e = 50001 [feature_support = { edition_introduced: EDITION_2023 edition_deprecated: EDITION_2023 deprecation_warning: \"w\" }]; }\n" +
        "extend google.protobuf.EnumValueOptions { bool v = 50001 [feature_support = { edition_introduced: EDITION_2023 edition_deprecated: EDITION_2023 deprecation_warning: \"w\" }]; }\n" +
        "extend google.protobuf.ServiceOptions { bool s = 50001 [feature_support = { edition_introduced: EDITION_2023 edition_deprecated: EDITION_2023 deprecation_warning: \"w\" }]; }\n" +
        "extend google.protobuf.MethodOptions { bool r = 50001 [feature_support = { edition_introduced: EDITION_2023 edition_deprecated: EDITION_2023 deprecation_warning: \"w\" }]; }\n";

    /// <summary>
    /// protoc 35.1 reports a deprecated option at the name of the element that sets it (DescriptorPool's NAME location),
    /// a file's at its package statement; where protoc has no position (a oneof, a file without a package) the option is
    /// marked. The golden cases deprecated_*.proto check the same against protoc itself.
    /// </summary>
    [Theory]
    [InlineData("message M {\n  string [|email|] = 1 [(pii) = true];\n}\n")]
    [InlineData("message M {\n  map<string, string> [|labels|] = 1 [(pii) = true];\n}\n")]
    [InlineData("message M {\n  oneof c {\n    string [|phone|] = 1 [(pii) = true];\n  }\n}\n")]
    [InlineData("message M {\n  extensions 100 to 199;\n}\nextend M {\n  string [|nickname|] = 100 [(pii) = true];\n}\n")]
    [InlineData("message [|M|] {\n  option (m) = true;\n}\n")]
    [InlineData("message M {\n  message [|Inner|] { option (m) = true; }\n}\n")]
    [InlineData("enum [|E|] {\n  option (e) = true;\n  E_UNSPECIFIED = 0;\n}\n")]
    [InlineData("enum E {\n  [|E_UNSPECIFIED|] = 0 [(v) = true];\n}\n")]
    [InlineData("service [|S|] {\n  option (s) = true;\n}\n")]
    [InlineData("message M {}\nservice S {\n  rpc [|Get|](M) returns (M) { option (r) = true; }\n}\n")]
    [InlineData("option (f) = true;\n[|package   p.q;|]\n")]
    [InlineData("option [|(f)|] = true;\n")]
    [InlineData("message M {\n  oneof c {\n    option [|(o)|] = true;\n    string phone = 1;\n  }\n}\n")]
    public void ReportsADeprecatedOptionWhereProtocDoes(string markup)
    {
        var source = Markup.Parse(DeprecatedOptions + markup);

        var file = Link(source.Text);

        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal((LinkDiagnosticIds.DeprecatedFeature, SchemaSeverity.Warning), (diagnostic.Id, diagnostic.Severity));
        Assert.Equal(source.Span, diagnostic.Span);
    }

    private static FileDescriptor Link(string text)
    {
        var parsed = ProtoParser.Parse(SourceText.From(text, "test.proto"));
        var compilation = ProtoCompilation.Create(new[] { new KeyValuePair<string, ParsedFile>("test.proto", parsed) });
        return compilation.GetFile("test.proto")!;
    }
}
