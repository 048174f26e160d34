using ProtoGuard.Schema.Syntax;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Schema.Tests;

public class ValidFileTests
{
    private static ParsedFile ParseTestFile(string name)
    {
        var path = Path.Combine(TestSupport.TestDataDirectory(), "valid", name);
        var file = ProtoParser.Parse(SourceText.From(File.ReadAllText(path), path));
        Assert.True(file.Diagnostics.Count == 0, "Unexpected diagnostics:\n" + TestSupport.RenderDiagnostics(file));
        return file;
    }

    public static TheoryData<string> ValidFiles()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Path.Combine(TestSupport.TestDataDirectory(), "valid"), "*.proto").OrderBy(p => p, StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    /// <summary>Set <c>PROTOGUARD_UPDATE_GOLDEN=1</c> to rewrite the <c>*.ast.txt</c> files, then review the diff.</summary>
    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void SyntaxTreeMatchesTheGoldenDump(string fileName)
    {
        var file = ParseTestFile(fileName);
        var actual = SyntaxDump.Render(file);
        var expectedPath = Path.Combine(TestSupport.TestDataDirectory(), "valid", Path.ChangeExtension(fileName, ".ast.txt"));
        if (Environment.GetEnvironmentVariable("PROTOGUARD_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedPath, actual);
        }

        Assert.True(File.Exists(expectedPath), "Missing " + expectedPath + "; run with PROTOGUARD_UPDATE_GOLDEN=1");
        Assert.Equal(File.ReadAllText(expectedPath).Replace("\r\n", "\n"), actual);
    }

    [Fact]
    public void Proto3FileWithEveryConstructHasTheExpectedShape()
    {
        var file = ParseTestFile("everything_proto3.proto");
        var root = file.Root;

        Assert.Equal("syntax", root.Syntax!.Keyword);
        Assert.Equal("proto3", root.Syntax.Value);
        Assert.Equal("acme.users.v1", root.Package!.Name.Text);
        Assert.Equal(
            new[] { ("google/protobuf/timestamp.proto", ImportModifier.None), ("acme/common/v1/common.proto", ImportModifier.Public), ("acme/legacy/legacy.proto", ImportModifier.Weak) },
            root.Imports.Select(i => (i.Path, i.Modifier)).ToArray());
        Assert.Equal(new[] { "csharp_namespace", "java_multiple_files", "optimize_for", "(acme.file_meta)" }, root.Options.Select(o => o.Name.Text).ToArray());
        Assert.Equal(new[] { "User", "GetUserRequest", "ListUsersRequest", "UploadSummary", "ChatMessage" }, root.Messages.Select(m => m.Name.Text).ToArray());
        Assert.Equal(new[] { "User", "Address", "GetUserRequest", "ListUsersRequest", "UploadSummary", "ChatMessage" }, root.AllMessages().Select(m => m.Name.Text).ToArray());
        Assert.Equal(new[] { "Kind", "Role" }, root.AllEnums().Select(e => e.Name.Text).ToArray());
        Assert.Equal(1 + 1 + 3 + 4 + 5 + 1 + 1, root.Declarations.Count);

        var fileMeta = Assert.IsType<AggregateValue>(root.Options[3].Value);
        Assert.Equal(new[] { "owner", "tags", "nested" }, fileMeta.Fields.Select(f => f.Name.Text).ToArray());
        Assert.Equal(new[] { "a", "b" }, Assert.IsType<ListValue>(fileMeta.Fields[1].Value).Elements.Select(e => ((StringValue)e).Value).ToArray());
        Assert.Equal(2UL, ((IntegerValue)Assert.IsType<AggregateValue>(fileMeta.Fields[2].Value).Fields[0].Value).Magnitude);

        var user = root.Messages[0];
        Assert.Equal(
            new[] { "id", "display_name", "email", "tags", "counters", "create_time", "role", "avatar", "score", "ratio", "big", "octal", "escaped" },
            user.Fields.Select(f => f.Name.Text).ToArray());
        Assert.Equal(Enumerable.Range(1, 13).Select(i => (long?)i).ToArray(), user.Fields.Select(f => f.Number).ToArray());
        Assert.Equal(new[] { "phone", "address" }, user.Oneofs.Single().Fields.Select(f => f.Name.Text).ToArray());
        Assert.Equal(15, user.AllFields.Count());
        Assert.Equal(FieldLabel.Optional, user.Fields[2].Label);
        Assert.Equal(FieldLabel.Repeated, user.Fields[3].Label);
        Assert.Null(user.Fields[4].Type);
        Assert.Equal(("string", "int64"), (user.Fields[4].MapType!.KeyType.Text, user.Fields[4].MapType!.ValueType.Text));
        Assert.Equal("google.protobuf.Timestamp", user.Fields[5].Type!.Text);
        Assert.Equal(".acme.users.v1.Role", user.Fields[6].Type!.Text);
        Assert.Equal(new[] { "json_name", "deprecated" }, user.Fields[1].Options.Select(o => o.Name.Text).ToArray());
        Assert.Equal("(acme.msg_opt).sub.value", user.Options[1].Name.Text);
        Assert.Equal(new[] { true, false, false }, user.Options[1].Name.Parts.Select(p => p.IsExtension).ToArray());
        Assert.Equal(-42L, ((IntegerValue)user.Options[1].Value).AsInt64);
        var negativeInf = Assert.IsType<IdentifierValue>(user.Fields[8].Options[0].Value);
        Assert.True(negativeInf.IsNegative);
        Assert.Equal("inf", negativeInf.Name);
        Assert.Equal(1500.0, Assert.IsType<FloatValue>(user.Fields[9].Options[0].Value).Value);
        Assert.Equal(ulong.MaxValue, Assert.IsType<IntegerValue>(user.Fields[10].Options[0].Value).AsUInt64);
        Assert.Equal(493UL, Assert.IsType<IntegerValue>(user.Fields[11].Options[0].Value).Magnitude);
        Assert.Equal("tab\there AA\u00e9\U0001F600 \"quoted\" single", Assert.IsType<StringValue>(user.Fields[12].Options[0].Value).Value);

        Assert.Equal(3, user.Reserved[0].Ranges.Count);
        Assert.True(user.Reserved[0].Ranges[2].EndIsMax);
        Assert.Equal((101L, 110L), (user.Reserved[0].Ranges[1].Start!.Value, user.Reserved[0].Ranges[1].End!.Value));
        Assert.Equal(new[] { "old_name", "older_name" }, user.Reserved[1].Names.Select(n => n.Name).ToArray());

        var role = root.Enums.Single();
        Assert.Equal(new long?[] { 0, 1, 1, -1 }, role.Values.Select(v => v.Number).ToArray());
        Assert.Equal("-1", file.Text(role.Values[3].NumberSpan));
        Assert.Equal((-10L, -5L), (role.Reserved[0].Ranges[1].Start!.Value, role.Reserved[0].Ranges[1].End!.Value));

        var service = root.Services.Single();
        Assert.Equal(
            new[] { ("GetUser", false, false, false), ("ListUsers", false, true, true), ("UploadUsers", true, false, true), ("Chat", true, true, false) },
            service.Rpcs.Select(r => (r.Name.Text, r.ClientStreaming, r.ServerStreaming, r.HasBody)).ToArray());
        Assert.Equal("stream", file.Text(service.Rpcs[1].ServerStreamingSpan));
        var http = Assert.IsType<AggregateValue>(service.Rpcs[1].Options[1].Value);
        Assert.Equal("additional_bindings", http.Fields[1].Name.Text);
    }

    [Fact]
    public void Proto3FileCommentsAreAttachedLikeProtoc()
    {
        var root = ParseTestFile("everything_proto3.proto").Root;

        Assert.Equal(new[] { " Detached comment about the file.\n" }, root.Syntax!.Comments.Detached);
        Assert.Equal(" Leading comment for syntax.\n", root.Syntax.Comments.Leading);
        Assert.Equal(" Trailing comment for syntax.\n", root.Syntax.Comments.Trailing);
        var user = root.Messages[0];
        Assert.Equal(" A user of the system.\n", user.Comments.Leading);
        Assert.Equal(" The user's id.\n", user.Fields[0].Comments.Leading);
        Assert.Equal(" Must be a UUID.\n", user.Fields[0].Comments.Trailing);
        Assert.Equal(" Gets a user.\n", root.Services[0].Rpcs[0].Comments.Leading);
        Assert.Equal(" The user service.\n", root.Services[0].Comments.Leading);
    }

    [Fact]
    public void Proto2FileWithGroupsAndExtensionsHasTheExpectedShape()
    {
        var root = ParseTestFile("groups_proto2.proto").Root;

        var search = root.Messages[0];
        var result = search.Fields[0];
        Assert.True(result.IsGroup);
        Assert.Equal(FieldLabel.Repeated, result.Label);
        Assert.Equal("Result", result.Name.Text);
        Assert.Equal(new[] { "url", "title", "snippets" }, result.GroupBody!.Fields.Select(f => f.Name.Text).ToArray());
        Assert.Equal(FieldLabel.Required, result.GroupBody.Fields[0].Label);
        Assert.Equal("untitled", ((StringValue)result.GroupBody.Fields[1].Options[0].Value).Value);
        Assert.Equal(new byte[] { 1, 2, 0xff }, ((StringValue)search.Fields[3].Options[0].Value).GetBytes());
        Assert.Equal(2, search.ExtensionRanges.Count);
        Assert.True(search.ExtensionRanges[1].Ranges[0].EndIsMax);
        Assert.Equal("(verification)", search.ExtensionRanges[1].Options[0].Name.Text);
        var details = search.Oneofs[0].Fields[1];
        Assert.True(details.IsGroup);
        Assert.Equal("level", details.GroupBody!.Fields[0].Name.Text);
        Assert.Equal("Other", search.Extends[0].Extendee.Text);
        Assert.Equal(new[] { "SearchResponse", "google.protobuf.FieldOptions" }, root.Extends.Select(e => e.Extendee.Text).ToArray());
        Assert.True(root.Extends[0].Fields[1].IsGroup);
        Assert.Equal(
            new[] { "SearchResponse", "Result", "Details", "Other", "Annotation" },
            root.AllMessages().Select(m => m.Name.Text).ToArray());
    }

    [Fact]
    public void EditionsFileHasTheExpectedShape()
    {
        var root = ParseTestFile("editions_2023.proto").Root;

        Assert.Equal("edition", root.Syntax!.Keyword);
        Assert.True(root.Syntax.IsEdition);
        Assert.Equal("2023", root.Syntax.Value);
        Assert.Equal("features.(pb.cpp).string_type", root.Options[1].Name.Text);
        var item = root.Messages[0];
        Assert.Equal("features.field_presence", item.Fields[0].Options[0].Name.Text);
        Assert.Equal("EXPLICIT", ((IdentifierValue)item.Fields[0].Options[0].Value).Name);
        Assert.Equal(new[] { ("old_name", true), ("other_old_name", true) }, item.Reserved[1].Names.Select(n => (n.Name, n.IsIdentifier)).ToArray());
        Assert.Equal("COLOR_BLUE", root.Enums[0].Reserved[0].Names[0].Name);
    }

    [Fact]
    public void Editions2024VisibilityAndImportOptionAreParsed()
    {
        var root = ParseTestFile("editions_2024.proto").Root;

        Assert.Equal(ImportModifier.Option, root.Imports[0].Modifier);
        Assert.Equal(SymbolVisibility.Export, root.Messages[0].Visibility);
        Assert.Equal(SymbolVisibility.Local, root.Enums[0].Visibility);
    }
}
