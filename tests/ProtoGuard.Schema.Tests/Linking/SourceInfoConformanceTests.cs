using System.Reflection;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Linking;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Schema.Tests.Linking;

/// <summary>
/// SourceCodeInfo written with <c>includeSourceInfo</c> against protoc's <c>--include_source_info</c>: the descriptor
/// sets of the well-known types (Grpc.Tools) and of Google.Api.CommonProtos are byte for byte protoc's — every
/// location in protoc's order with its span and comments, options at their interpreted paths.
/// </summary>
public class SourceInfoConformanceTests
{
    [Fact]
    public void WellKnownTypesWithSourceInfoAreByteEqualWithProtoc() => AssertByteEqual(new[] { Protoc.IncludeDirectory }, Protoc.IncludeDirectory);

    [Fact]
    public void GoogleApiCommonProtosWithSourceInfoAreByteEqualWithProtoc()
    {
        var root = Path.Combine(typeof(SourceInfoConformanceTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "CommonProtosPath").Value!, "content", "protos");
        AssertByteEqual(new[] { root, Protoc.IncludeDirectory }, root);
    }

    private static void AssertByteEqual(string[] roots, string filesUnder)
    {
        var files = Directory.GetFiles(filesUnder, "*.proto", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(filesUnder, path).Replace('\\', '/')).OrderBy(path => path, StringComparer.Ordinal).ToList();
        Assert.True(files.Count > 10, "expected .proto files under " + filesUnder);
        var expected = Protoc.DescriptorSetBytes(roots, files, includeSourceInfo: true);

        var compilation = ProtoCompilation.Create(files, path => roots.Select(root => Path.Combine(root, path)).Where(File.Exists).Select(full => SourceText.From(File.ReadAllText(full), path)).FirstOrDefault());
        var actual = DescriptorWriter.WriteFileDescriptorSet(compilation.WithImports(compilation.Files), includeSourceInfo: true);

        Assert.False(compilation.HasErrors);
        CraftedCorpusConformanceTests.AssertSameFiles(expected, actual);
        Assert.Equal(expected, actual);
    }
}
