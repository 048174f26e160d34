using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Linking;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Schema.Tests.Linking;

/// <summary>
/// The crafted proto2 / editions / option-import corpus (testdata/conformance, written by its generate.py: every scalar
/// option type on every kind of element, aggregates, every editions feature and value, custom features, import option,
/// groups, extensions, defaults, visibility): compiled as one set, ProtoGuard's FileDescriptorSet must be byte for
/// byte protoc 35.1's (<c>--include_imports</c>, with and without <c>--include_source_info</c>: every location in
/// protoc's order, options at their interpreted paths, source-retention options stripped).
/// </summary>
public class CraftedCorpusConformanceTests
{
    private static readonly string Root = Path.Combine(Protoc.RepositoryRoot(), "tests", "ProtoGuard.Schema.Tests", "testdata", "conformance");

    private static List<string> Files() => Directory.GetFiles(Root, "*.proto")
        .Select(Path.GetFileName).OrderBy(name => name, StringComparer.Ordinal).ToList()!;

    [Fact]
    public void TheCorpusHasAtLeastSixtyProto2EditionsAndOptionImportFiles()
    {
        var files = Files();
        Assert.True(files.Count >= 60, "only " + files.Count + " files");
        var texts = files.Select(file => File.ReadAllText(Path.Combine(Root, file))).ToArray();
        Assert.Contains(texts, text => text.StartsWith("syntax = \"proto2\";", StringComparison.Ordinal));
        Assert.Contains(texts, text => text.StartsWith("edition = \"2023\";", StringComparison.Ordinal));
        Assert.Contains(texts, text => text.StartsWith("edition = \"2024\";", StringComparison.Ordinal));
        Assert.True(texts.Count(text => text.Contains("import option", StringComparison.Ordinal)) >= 5);
        Assert.DoesNotContain(texts, text => text.StartsWith("syntax = \"proto3\";", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void DescriptorSetIsByteEqualWithProtoc(bool includeSourceInfo)
    {
        var files = Files();
        var expected = Protoc.DescriptorSetBytes(new[] { Root, Protoc.IncludeDirectory }, files, includeSourceInfo);

        var compilation = ProtoCompilation.Create(files, Read);
        var actual = DescriptorWriter.WriteFileDescriptorSet(compilation.WithImports(compilation.Files), includeSourceInfo);

        Assert.False(compilation.HasErrors, string.Join("\n", compilation.AllFiles.SelectMany(file => file.Diagnostics).Where(d => d.Severity == SchemaSeverity.Error).Take(10)));
        AssertSameFiles(expected, actual);
        Assert.True(expected.SequenceEqual(actual), "the descriptor sets decode alike but differ in bytes");
    }

    /// <summary>
    /// Compares the sets file by file (Google.Protobuf cannot decode them: protoc keeps string defaults that are not
    /// valid UTF-8 as they are), naming the first file and offset that differ.
    /// </summary>
    internal static void AssertSameFiles(byte[] expected, byte[] actual)
    {
        var protoc = SplitFiles(expected);
        var ours = SplitFiles(actual);
        for (var i = 0; i < Math.Min(protoc.Count, ours.Count); i++)
        {
            var offset = 0;
            while (offset < protoc[i].Length && offset < ours[i].Length && protoc[i][offset] == ours[i][offset])
            {
                offset++;
            }

            Assert.True(protoc[i].Length == ours[i].Length && offset == protoc[i].Length, $"file #{i} ({FileName(protoc[i])}) differs from protoc's at byte {offset} of {protoc[i].Length} (ours: {ours[i].Length} bytes)");
        }

        Assert.Equal(protoc.Count, ours.Count);
    }

    private static List<byte[]> SplitFiles(byte[] set)
    {
        var files = new List<byte[]>();
        var position = 0;
        while (position < set.Length)
        {
            Assert.Equal(0x0A, set[position++]);
            var length = (int)ReadVarint(set, ref position);
            files.Add(set.AsSpan(position, length).ToArray());
            position += length;
        }

        return files;
    }

    private static string FileName(byte[] file)
    {
        var position = 0;
        if (file.Length == 0 || file[position++] != 0x0A)
        {
            return "?";
        }

        var length = (int)ReadVarint(file, ref position);
        return System.Text.Encoding.UTF8.GetString(file, position, length);
    }

    private static ulong ReadVarint(byte[] bytes, ref int position)
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = bytes[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }

    private static SourceText? Read(string path)
    {
        var full = Path.Combine(Root, path);
        return File.Exists(full) ? SourceText.From(File.ReadAllText(full), path) : null;
    }
}
