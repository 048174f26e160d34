using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Linking;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Schema.Tests.Linking;

/// <summary>
/// Linking on several threads (every file declared in protoc's order on one thread, then completed in parallel once the
/// files it needs are) gives exactly what linking on one thread gives: protoc's bytes, the same files in the same order,
/// the same diagnostics in the same order, also where the order files are built in shows: a name declared only by a
/// later file, an extension number reused across files, descriptor.proto loaded just for options, a replaced symbol.
/// </summary>
public class ParallelLinkTests
{
    private const int Threads = 4;

    private static readonly string ConformanceRoot = Path.Combine(Protoc.RepositoryRoot(), "tests", "ProtoGuard.Schema.Tests", "testdata", "conformance");
    private static readonly string LinkErrorsRoot = Path.Combine(Protoc.RepositoryRoot(), "tests", "ProtoGuard.Schema.Tests", "testdata", "link_errors");
    private static readonly string LinkerTestData = Path.Combine(Protoc.RepositoryRoot(), "tests", "ProtoGuard.Schema.Tests", "testdata", "linker");

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void CraftedCorpusLinkedInParallelIsByteEqualWithProtoc(bool includeSourceInfo)
    {
        var files = Directory.GetFiles(ConformanceRoot, "*.proto").Select(path => Path.GetFileName(path)).OrderBy(name => name, StringComparer.Ordinal).ToList();
        var expected = Protoc.DescriptorSetBytes(new[] { ConformanceRoot, Protoc.IncludeDirectory }, files, includeSourceInfo);

        var compilation = ProtoCompilation.Create(files, path => Read(ConformanceRoot, path), Threads);
        var actual = DescriptorWriter.WriteFileDescriptorSet(compilation.WithImports(compilation.Files), includeSourceInfo);

        Assert.True(compilation.CompletedInParallel);
        Assert.False(compilation.HasErrors);
        CraftedCorpusConformanceTests.AssertSameFiles(expected, actual);
        Assert.True(expected.AsSpan().SequenceEqual(actual));
    }

    [Fact]
    public void GoogleapisCorpusLinkedInParallelIsByteEqualWithProtoc()
    {
        var root = Protoc.CorpusRoot();
        var rejected = new HashSet<string>(File.ReadAllLines(Path.Combine(LinkerTestData, "protoc_rejects.txt")).Where(line => line.Length > 0 && !line.StartsWith('#')), StringComparer.Ordinal);
        var files = Directory.GetFiles(root, "*.proto", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(file => !rejected.Contains(file))
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToList();
        var expected = Protoc.DescriptorSetBytes(new[] { root }, files, includeSourceInfo: true);

        var compilation = ProtoCompilation.Create(files, path => Read(root, path), Threads);
        var actual = DescriptorWriter.WriteFileDescriptorSet(compilation.WithImports(compilation.Files), includeSourceInfo: true);
        var chunks = DescriptorWriter.WriteFileDescriptorSetChunks(compilation.WithImports(compilation.Files).ToList(), includeSourceInfo: true, Threads);

        Assert.True(compilation.CompletedInParallel);
        Assert.False(compilation.HasErrors);
        CraftedCorpusConformanceTests.AssertSameFiles(expected, actual);
        Assert.True(expected.AsSpan().SequenceEqual(actual));
        Assert.True(expected.AsSpan().SequenceEqual(chunks.SelectMany(chunk => chunk).ToArray()));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void CraftedCorpusParsedAheadOnOtherThreadsAndWrittenInChunksIsByteEqualWithProtoc(bool includeSourceInfo)
    {
        var files = Directory.GetFiles(ConformanceRoot, "*.proto").Select(path => Path.GetFileName(path)).OrderBy(name => name, StringComparer.Ordinal).ToList();
        var expected = Protoc.DescriptorSetBytes(new[] { ConformanceRoot, Protoc.IncludeDirectory }, files, includeSourceInfo);
        var parsing = files.ToDictionary(path => path, path => Task.Run(() => ProtoParser.Parse(Read(ConformanceRoot, path)!)), StringComparer.Ordinal);
        var asked = new List<string>();
        var read = new List<string>();

        var compilation = ProtoCompilation.Create(
            files,
            path =>
            {
                asked.Add(path);
                return parsing.TryGetValue(path, out var parse) ? parse.Result : null;
            },
            path =>
            {
                read.Add(path);
                return null;
            },
            Threads);
        var written = compilation.WithImports(compilation.Files).ToList();
        var chunks = DescriptorWriter.WriteFileDescriptorSetChunks(written, includeSourceInfo, Threads);

        Assert.True(compilation.CompletedInParallel);
        Assert.False(compilation.HasErrors);
        Assert.Equal(files.OrderBy(path => path, StringComparer.Ordinal), asked.Where(parsing.ContainsKey).OrderBy(path => path, StringComparer.Ordinal));
        Assert.DoesNotContain(read, parsing.ContainsKey);
        Assert.Equal(written.Count, chunks.Length);
        Assert.True(expected.AsSpan().SequenceEqual(chunks.SelectMany(chunk => chunk).ToArray()));
    }

    [Theory]
    [MemberData(nameof(LinkGoldenTests.Cases), MemberType = typeof(LinkGoldenTests))]
    public void EachLinkErrorCaseGivesTheSameResultInParallel(string fileName)
    {
        AssertSameAsOneThread(new[] { fileName }, path => Read(LinkErrorsRoot, path));
    }

    [Fact]
    public void AllLinkErrorCasesLinkedTogetherGiveTheSameResultInParallel()
    {
        var files = Directory.GetFiles(LinkErrorsRoot, "*.proto").Select(path => Path.GetFileName(path)).OrderBy(name => name, StringComparer.Ordinal).ToList();

        AssertSameAsOneThread(files, path => Read(LinkErrorsRoot, path));
    }

    [Fact]
    public void ATypeDeclaredOnlyByALaterFileIsNotNamedInTheError()
    {
        var files = new Dictionary<string, string>
        {
            ["a.proto"] = "syntax = \"proto3\";\npackage p;\nmessage A { Foo foo = 1; }\n",
            ["b.proto"] = "syntax = \"proto3\";\npackage p;\nmessage Foo {}\nmessage B { A a = 1; }\n",
        };

        var compilation = AssertSameAsOneThread(new[] { "a.proto", "b.proto" }, path => FromMemory(files, path));

        Assert.Equal("Type \"Foo\" is not defined; check the spelling and the imports", Assert.Single(compilation.GetFile("a.proto")!.Diagnostics).Message);
        Assert.Equal("Type \"A\" is defined in \"a.proto\", which is not imported by \"b.proto\"; add the import", Assert.Single(compilation.GetFile("b.proto")!.Diagnostics).Message);
    }

    [Fact]
    public void AnExtensionNumberReusedAcrossFilesIsReportedOnTheLaterFileInItsPlace()
    {
        var files = new Dictionary<string, string>
        {
            ["base.proto"] = "syntax = \"proto2\";\npackage p;\nmessage M { extensions 100 to 200; }\n",
            ["x.proto"] = "syntax = \"proto2\";\npackage p;\nimport \"base.proto\";\nextend M { optional int32 x = 100; }\n",
            ["y.proto"] = "syntax = \"proto2\";\npackage p;\nimport \"base.proto\";\nextend M { optional int32 y = 100; optional int32 z = 300; }\n",
        };

        var compilation = AssertSameAsOneThread(new[] { "x.proto", "y.proto" }, path => FromMemory(files, path));

        Assert.Empty(compilation.GetFile("x.proto")!.Diagnostics);
        Assert.Equal(
            new[] { LinkDiagnosticIds.ExtensionNumberReused, LinkDiagnosticIds.InvalidTypeUsage },
            compilation.GetFile("y.proto")!.Diagnostics.Select(diagnostic => diagnostic.Id));
    }

    [Fact]
    public void DescriptorProtoLoadedOnlyForOptionsComesLastAndIsComplete()
    {
        var files = new Dictionary<string, string>
        {
            ["a.proto"] = "syntax = \"proto3\";\npackage p;\noption java_package = \"com.p\";\nmessage A { map<string, int32> m = 1; }\n",
            ["b.proto"] = "syntax = \"proto3\";\npackage p;\nimport \"a.proto\";\nmessage B { A a = 1 [deprecated = true]; }\n",
        };

        var compilation = AssertSameAsOneThread(new[] { "b.proto" }, path => FromMemory(files, path));

        Assert.False(compilation.HasErrors);
        Assert.Equal(new[] { "a.proto", "b.proto", "google/protobuf/descriptor.proto" }, compilation.AllFiles.Select(file => file.Name));
        Assert.NotNull(compilation.GetFile("b.proto")!.MessageTypes[0].Fields[0].Options);
    }

    [Fact]
    public void AReplacedMapEntrySymbolGivesTheSameResultInParallel()
    {
        var files = new Dictionary<string, string>
        {
            ["a.proto"] = "syntax = \"proto3\";\npackage p;\nmessage M {\n  message FooEntry { string key = 1; }\n  map<string, string> foo = 2;\n}\n",
            ["b.proto"] = "syntax = \"proto3\";\npackage p;\nimport \"a.proto\";\nmessage B { M.FooEntry e = 1; }\n",
        };

        var compilation = AssertSameAsOneThread(new[] { "a.proto", "b.proto" }, path => FromMemory(files, path));

        Assert.False(compilation.CompletedInParallel);
        Assert.Contains(compilation.GetFile("a.proto")!.Diagnostics, diagnostic => diagnostic.Id == LinkDiagnosticIds.DuplicateSymbol);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(Threads, 2)]
    public void TheCallbackRunsOnceAFileIsDeclaredAndOnceItIsCompleted(int threads, int callsPerFile)
    {
        var parsed = new[]
        {
            new KeyValuePair<string, ParsedFile>("a.proto", ProtoParser.Parse(SourceText.From("syntax = \"proto3\";\npackage p;\nmessage A {}\n", "a.proto"))),
            new KeyValuePair<string, ParsedFile>("b.proto", ProtoParser.Parse(SourceText.From("syntax = \"proto3\";\npackage p;\nimport \"a.proto\";\nmessage B { A a = 1; }\n", "b.proto"))),
        };
        var calls = 0;

        var compilation = ProtoCompilation.Create(parsed, null, threads, () => Interlocked.Increment(ref calls));

        Assert.False(compilation.HasErrors);
        Assert.Equal(callsPerFile * compilation.AllFiles.Count, calls);
    }

    /// <summary>Links <paramref name="files"/> on one thread and on several; everything observable must be equal.</summary>
    private static ProtoCompilation AssertSameAsOneThread(IReadOnlyList<string> files, Func<string, SourceText?> read)
    {
        var oneThread = ProtoCompilation.Create(files, read);
        var parallel = ProtoCompilation.Create(files, read, Threads);

        Assert.Equal(oneThread.Files.Select(file => file.Name), parallel.Files.Select(file => file.Name));
        Assert.Equal(oneThread.AllFiles.Select(file => file.Name), parallel.AllFiles.Select(file => file.Name));
        for (var i = 0; i < oneThread.AllFiles.Count; i++)
        {
            var expected = oneThread.AllFiles[i];
            var actual = parallel.AllFiles[i];
            Assert.Equal(Describe(expected.Diagnostics), Describe(actual.Diagnostics));
            Assert.Equal(DescriptorWriter.WriteFileDescriptorProto(expected, includeSourceInfo: true), DescriptorWriter.WriteFileDescriptorProto(actual, includeSourceInfo: true));
        }

        return parallel;
    }

    private static string[] Describe(IEnumerable<SchemaDiagnostic> diagnostics) =>
        diagnostics.Select(diagnostic => $"{diagnostic.Span.Start}-{diagnostic.Span.End} {diagnostic.Id} {diagnostic.Severity}: {diagnostic.Message}").ToArray();

    private static SourceText? FromMemory(Dictionary<string, string> files, string path) =>
        files.TryGetValue(path, out var text) ? SourceText.From(text, path) : null;

    private static SourceText? Read(string root, string path)
    {
        var full = Path.Combine(root, path);
        return File.Exists(full) ? SourceText.From(File.ReadAllText(full), path) : null;
    }
}
