using Google.Protobuf.Reflection;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Linking;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Schema.Tests.Linking;

/// <summary>
/// SourceCodeInfo written with <c>includeSourceInfo</c>: every location ProtoGuard writes (declarations and their
/// names, numbers, types and labels) must exist in protoc's output with the same span and comments.
/// </summary>
public class SourceInfoConformanceTests
{
    [Fact]
    public void LocationsAndCommentsOfTheWellKnownTypesMatchProtoc()
    {
        string root = Protoc.IncludeDirectory;
        List<string> files = Directory.GetFiles(root, "*.proto", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/')).OrderBy(path => path, StringComparer.Ordinal).ToList();
        FileDescriptorSet expected = Protoc.DescriptorSet(new[] { root }, files, includeSourceInfo: true);
        ProtoCompilation compilation = ProtoCompilation.Create(files, path => File.Exists(Path.Combine(root, path)) ? SourceText.From(File.ReadAllText(Path.Combine(root, path)), path) : null);

        int compared = 0;
        foreach (FileDescriptorProto protoc in expected.File)
        {
            var protocLocations = protoc.SourceCodeInfo.Location
                .GroupBy(location => string.Join(",", location.Path))
                .ToDictionary(group => group.Key, group => group.First());
            FileDescriptorProto ours = FileDescriptorProto.Parser.ParseFrom(DescriptorWriter.WriteFileDescriptorProto(compilation.GetFile(protoc.Name)!, includeSourceInfo: true));
            foreach (SourceCodeInfo.Types.Location location in ours.SourceCodeInfo.Location)
            {
                string path = string.Join(",", location.Path);
                Assert.True(protocLocations.TryGetValue(path, out SourceCodeInfo.Types.Location? reference), $"{protoc.Name}: protoc has no location [{path}]");
                Assert.True(reference!.Span.SequenceEqual(location.Span), $"{protoc.Name} [{path}]: protoc span [{string.Join(",", reference.Span)}], ours [{string.Join(",", location.Span)}]");
                Assert.Equal(reference.LeadingComments, location.LeadingComments);
                Assert.Equal(reference.TrailingComments, location.TrailingComments);
                Assert.Equal(reference.LeadingDetachedComments, location.LeadingDetachedComments);
                compared++;
            }

            Assert.Null(DescriptorComparer.FirstDifference(new FileDescriptorProto(protoc) { SourceCodeInfo = null }, ours.Clone().Also(clone => clone.SourceCodeInfo = null)));
        }

        Assert.True(compared > 1000, "compared only " + compared + " locations");
    }
}

internal static class CloneExtensions
{
    public static T Also<T>(this T value, Action<T> action)
    {
        action(value);
        return value;
    }
}
