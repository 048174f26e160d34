using ProtoGuard.Schema.Syntax;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Schema.Tests;

/// <summary>
/// Expected values are what protoc (libprotoc 35.1, from Grpc.Tools 2.85.0) writes into SourceCodeInfo for
/// testdata/valid/comments.proto (<c>protoc --include_source_info -o out.pb comments.proto</c>, decoded).
/// </summary>
public class CommentAttachmentTests
{
    private static FileNode Root()
    {
        var path = Path.Combine(TestSupport.TestDataDirectory(), "valid", "comments.proto");
        var file = ProtoParser.Parse(SourceText.From(File.ReadAllText(path), path));
        Assert.Empty(file.Diagnostics);
        return file.Root;
    }

    private static void AssertComments(Comments actual, string? leading, string? trailing, params string[] detached)
    {
        Assert.Equal(leading, actual.Leading);
        Assert.Equal(trailing, actual.Trailing);
        Assert.Equal(detached, actual.Detached);
    }

    [Fact]
    public void FileLevelDeclarationsMatchProtoc()
    {
        var root = Root();
        AssertComments(root.Syntax!.Comments, " syntax leading\n", " syntax trailing block ", " file detached 1\n", " file detached 2\n", " block\n detached ");
        AssertComments(root.Package!.Comments, " package leading\n", " package trailing\n", " detached before package\n");
    }

    [Fact]
    public void MessageAndFieldCommentsMatchProtoc()
    {
        var message = Root().Messages[0];
        AssertComments(message.Comments, " after trailing, is this leading of next?\n", " M trailing\n");
        AssertComments(message.Fields[0].Comments, " f1 leading 1\n f1 leading 2\n", " f1 trailing\n");
        AssertComments(message.Fields[1].Comments, null, null, " f1 trailing line 2?\n");
        AssertComments(message.Fields[2].Comments, null, null, " f2 block trailing ");
        AssertComments(message.Fields[3].Comments, " f4 leading block ", null);
        AssertComments(message.Fields[4].Comments, null, " dangling at end of M\n");
    }

    [Fact]
    public void EnumAndServiceCommentsMatchProtoc()
    {
        var root = Root();
        var enumNode = root.Enums[0];
        AssertComments(enumNode.Comments, " leading of E\n", null);
        AssertComments(enumNode.Values[0].Comments, null, " e0 trailing\n");
        AssertComments(enumNode.Values[1].Comments, " e1 leading\n", null);
        var service = root.Services[0];
        AssertComments(service.Comments, " leading\nmulti-line\nwithout stars ", null);
        AssertComments(service.Rpcs[0].Comments, " rpc leading\n", " rpc trailing\n");
        AssertComments(service.Rpcs[0].Options[0].Comments, " option leading\n", null);
    }

    [Fact]
    public void CarriageReturnsAreRemovedFromComments()
    {
        var file = TestSupport.ParseValid("syntax = \"proto3\";\r\n// a\r\n// b\r\nmessage M {}\r\n");
        Assert.Equal(" a\n b\n", file.Root.Messages[0].Comments.Leading);
    }

    [Fact]
    public void CommentAfterMissingSemicolonStillLeadsTheNextDeclaration()
    {
        var file = TestSupport.Parse(TestSupport.Proto3 + "message M {\n  int32 a = 1 // a trailing\n  // b leading\n  int32 b = 2;\n}\n");
        Assert.Single(file.Diagnostics);
        Assert.Equal(" a trailing\n", file.Root.Messages[0].Fields[0].Comments.Trailing);
        Assert.Equal(" b leading\n", file.Root.Messages[0].Fields[1].Comments.Leading);
    }
}
