using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Linking;
using ProtoGuard.Schema.Tests.Linking;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Schema.Tests;

/// <summary>
/// <see cref="ProtoParser.ParseWithoutComments"/> (what <c>protoguard build</c> uses without source info): the same
/// diagnostics and the same descriptors as with comments, no comment anywhere in the tree, and no SourceCodeInfo
/// written from it by mistake.
/// </summary>
public class ParseWithoutCommentsTests
{
    private static readonly string ConformanceRoot = Path.Combine(Protoc.RepositoryRoot(), "tests", "ProtoGuard.Schema.Tests", "testdata", "conformance");

    [Fact]
    public void CraftedCorpusLinksToTheSameDescriptorsAndDiagnosticsWithoutComments()
    {
        var files = Directory.GetFiles(ConformanceRoot, "*.proto").Select(path => Path.GetFileName(path)).OrderBy(name => name, StringComparer.Ordinal).ToList();
        var texts = files.ToDictionary(path => path, path => SourceText.From(File.ReadAllText(Path.Combine(ConformanceRoot, path)), path), StringComparer.Ordinal);

        var with = ProtoCompilation.Create(files, path => texts.TryGetValue(path, out var text) ? ProtoParser.Parse(text) : null, _ => null, 2);
        var without = ProtoCompilation.Create(files, path => texts.TryGetValue(path, out var text) ? ProtoParser.ParseWithoutComments(text) : null, _ => null, 2);

        Assert.Equal(with.AllFiles.Select(file => file.Name), without.AllFiles.Select(file => file.Name));
        for (var i = 0; i < with.AllFiles.Count; i++)
        {
            Assert.Equal(with.AllFiles[i].Diagnostics.Select(d => (d.Id, d.Span, d.Message)), without.AllFiles[i].Diagnostics.Select(d => (d.Id, d.Span, d.Message)));
            Assert.Equal(DescriptorWriter.WriteFileDescriptorProto(with.AllFiles[i]), DescriptorWriter.WriteFileDescriptorProto(without.AllFiles[i]));
        }

        Assert.All(without.Files, file => Assert.All(file.Parsed.Root.Declarations, node => Assert.True(node.Comments.IsEmpty)));
        Assert.All(without.Files, file => Assert.All(file.Parsed.Root.AllMessages(), message => Assert.True(message.Comments.IsEmpty && message.Fields.All(field => field.Comments.IsEmpty))));
        Assert.All(without.Files, file => Assert.False(file.Parsed.HasComments));
        Assert.Throws<InvalidOperationException>(() => DescriptorWriter.WriteFileDescriptorProto(without.Files[0], includeSourceInfo: true));
    }

    [Fact]
    public void CommentErrorsAreStillReported()
    {
        var text = SourceText.From("syntax = \"proto3\";\n// fine\nmessage M {} /* never closed\n", "broken.proto");

        var with = ProtoParser.Parse(text);
        var without = ProtoParser.ParseWithoutComments(text);

        Assert.NotEmpty(with.Diagnostics);
        Assert.Equal(with.Diagnostics.Select(d => (d.Span, d.Message)), without.Diagnostics.Select(d => (d.Span, d.Message)));
        Assert.NotNull(with.Root.Messages[0].Comments.Leading);
        Assert.Null(without.Root.Messages[0].Comments.Leading);
    }
}
