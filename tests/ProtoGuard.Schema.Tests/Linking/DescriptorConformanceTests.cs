using System.Diagnostics;
using System.Reflection;
using Google.Protobuf.Reflection;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Linking;
using ProtoGuard.Schema.Text;
using Xunit.Abstractions;

namespace ProtoGuard.Schema.Tests.Linking;

/// <summary>
/// The linker and the descriptor writer against protoc 35.1: every file's FileDescriptorProto (options included,
/// source info excluded) must equal what protoc writes with <c>--descriptor_set_out --include_imports</c>, compared
/// field by field after decoding both with Google.Protobuf.
/// </summary>
public class DescriptorConformanceTests
{
    private static readonly string LinkerTestData = Path.Combine(Protoc.RepositoryRoot(), "tests", "ProtoGuard.Schema.Tests", "testdata", "linker");

    private readonly ITestOutputHelper _output;

    public DescriptorConformanceTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void WellKnownTypesFromGrpcToolsMatchProtoc()
    {
        var root = Protoc.IncludeDirectory;
        var files = ProtoFilesUnder(root);
        Assert.Contains("google/protobuf/descriptor.proto", files);

        var mismatches = Compare(new[] { root }, files);

        Assert.True(mismatches.Count == 0, Describe(mismatches));
    }

    [Fact]
    public void EmbeddedWellKnownTypesLinkWithoutAnyResolverAndMatchProtoc()
    {
        var files = WellKnownFiles.ImportPaths.Where(path => !path.Contains("/compiler/", StringComparison.Ordinal)).OrderBy(path => path, StringComparer.Ordinal).ToList();
        Assert.Equal(ProtoFilesUnder(Protoc.IncludeDirectory), files);
        var expected = Protoc.DescriptorSet(new[] { Protoc.IncludeDirectory }, files);

        var compilation = ProtoCompilation.Create(files, _ => null);

        Assert.False(compilation.HasErrors);
        foreach (var protoc in expected.File)
        {
            var ours = FileDescriptorProto.Parser.ParseFrom(DescriptorWriter.WriteFileDescriptorProto(compilation.GetFile(protoc.Name)!));
            Assert.Null(DescriptorComparer.FirstDifference(protoc, ours));
        }
    }

    [Fact]
    public void GoogleApiCommonProtosMatchProtoc()
    {
        var root = Path.Combine(PackagePath("CommonProtosPath"), "content", "protos");
        var files = ProtoFilesUnder(root);
        Assert.True(files.Count > 30, "expected the Google.Api.CommonProtos protos under " + root);

        var mismatches = Compare(new[] { root, Protoc.IncludeDirectory }, files);

        Assert.True(mismatches.Count == 0, Describe(mismatches));
    }

    /// <summary>
    /// All of googleapis (google-proto-files@6.0.1) that protoc accepts. Files that do not match yet are listed in
    /// testdata/linker/known_mismatches.txt: the test fails when a listed file starts matching (remove it from the
    /// list) and when any other file stops matching. PROTOGUARD_UPDATE_KNOWN_MISMATCHES=1 rewrites the list.
    /// </summary>
    [Fact]
    public void GoogleapisCorpusMatchesProtoc()
    {
        var root = Protoc.CorpusRoot();
        var rejected = new HashSet<string>(ReadList("protoc_rejects.txt"), StringComparer.Ordinal);
        var files = ProtoFilesUnder(root).Where(file => !rejected.Contains(file)).ToList();
        Assert.Equal(7234, files.Count);

        var mismatches = Compare(new[] { root }, files);

        var knownPath = Path.Combine(LinkerTestData, "known_mismatches.txt");
        if (Environment.GetEnvironmentVariable("PROTOGUARD_UPDATE_KNOWN_MISMATCHES") == "1")
        {
            File.WriteAllLines(knownPath, mismatches.Keys.OrderBy(key => key, StringComparer.Ordinal));
        }

        var known = new HashSet<string>(ReadList("known_mismatches.txt"), StringComparer.Ordinal);
        var regressions = mismatches.Keys.Where(file => !known.Contains(file)).OrderBy(file => file, StringComparer.Ordinal).ToArray();
        var fixedFiles = known.Where(file => !mismatches.ContainsKey(file)).OrderBy(file => file, StringComparer.Ordinal).ToArray();
        _output.WriteLine($"{files.Count - mismatches.Count} of {files.Count} files match protoc ({mismatches.Count} known mismatches)");
        Assert.True(regressions.Length == 0, "New mismatches:\n" + Describe(regressions.ToDictionary(file => file, file => mismatches[file])));
        Assert.True(fixedFiles.Length == 0, "These files match protoc now; remove them from known_mismatches.txt:\n" + string.Join("\n", fixedFiles));
    }

    /// <summary>
    /// The same 7,234 files with <c>--include_source_info</c>: each FileDescriptorProto (every location, span and
    /// comment, in protoc's order) is byte for byte protoc's.
    /// </summary>
    [Fact]
    public void GoogleapisCorpusWithSourceInfoIsByteEqualWithProtoc()
    {
        var root = Protoc.CorpusRoot();
        var rejected = new HashSet<string>(ReadList("protoc_rejects.txt"), StringComparer.Ordinal);
        var files = ProtoFilesUnder(root).Where(file => !rejected.Contains(file)).ToList();
        Assert.Equal(7234, files.Count);
        var expected = Protoc.DescriptorSetBytes(new[] { root }, files, includeSourceInfo: true);

        var compilation = ProtoCompilation.Create(files, path => ReadFrom(new[] { root }, path));
        var actual = DescriptorWriter.WriteFileDescriptorSet(compilation.WithImports(compilation.Files), includeSourceInfo: true);

        Assert.False(compilation.HasErrors);
        CraftedCorpusConformanceTests.AssertSameFiles(expected, actual);
        Assert.True(expected.AsSpan().SequenceEqual(actual));
    }

    private Dictionary<string, string> Compare(IReadOnlyList<string> roots, IReadOnlyList<string> files)
    {
        var expected = Protoc.DescriptorSet(roots, files);
        var clock = Stopwatch.StartNew();
        var compilation = ProtoCompilation.Create(files, path => ReadFrom(roots, path));
        _output.WriteLine($"parse + link of {compilation.AllFiles.Count} files: {clock.ElapsedMilliseconds} ms");

        var mismatches = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var protoc in expected.File)
        {
            var file = compilation.GetFile(protoc.Name);
            if (file == null)
            {
                mismatches[protoc.Name] = "not linked";
                continue;
            }

            var error = file.Diagnostics.FirstOrDefault(diagnostic => diagnostic.Severity == SchemaSeverity.Error);
            if (error != null)
            {
                var position = file.Parsed.Text.GetLinePosition(error.Span.Start);
                mismatches[protoc.Name] = $"reported {error.Id} at {position.Line + 1}:{position.Character + 1}: {error.Message}";
                continue;
            }

            var ours = FileDescriptorProto.Parser.ParseFrom(DescriptorWriter.WriteFileDescriptorProto(file));
            var difference = DescriptorComparer.FirstDifference(protoc, ours);
            if (difference != null)
            {
                mismatches[protoc.Name] = difference;
            }
        }

        _output.WriteLine($"{expected.File.Count - mismatches.Count} of {expected.File.Count} files match protoc");
        return mismatches;
    }

    private static SourceText? ReadFrom(IReadOnlyList<string> roots, string importPath)
    {
        foreach (var root in roots)
        {
            var path = Path.Combine(root, importPath);
            if (File.Exists(path))
            {
                return SourceText.From(File.ReadAllText(path), importPath);
            }
        }

        return null;
    }

    private static List<string> ProtoFilesUnder(string root) =>
        Directory.GetFiles(root, "*.proto", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToList();

    private static IEnumerable<string> ReadList(string name) =>
        File.ReadAllLines(Path.Combine(LinkerTestData, name)).Where(line => line.Length > 0 && !line.StartsWith('#'));

    private static string PackagePath(string key) => typeof(DescriptorConformanceTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    private static string Describe(Dictionary<string, string> mismatches) =>
        mismatches.Count + " file(s) differ from protoc:\n" + string.Join("\n", mismatches.OrderBy(entry => entry.Key, StringComparer.Ordinal).Take(40).Select(entry => entry.Key + ": " + entry.Value));
}
