using ProtoGuard.Schema;
using ProtoGuard.Schema.Linking;

namespace ProtoGuard.Cli.Tests;

/// <summary>
/// <c>protoguard build</c>'s parsing ahead: every file parsed once, whoever asks first (a worker or the linker's
/// thread), the same parsed file for every caller, and an unreadable file reported by name, the first in the given order.
/// </summary>
public sealed class ParseAheadTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("protoguard-parse-ahead-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4)]
    public void EachFileIsParsedOnceAndLinksAsIfParsedBeforehand(int workers)
    {
        var files = Enumerable.Range(0, 40).Select(i => Write($"p/f{i:00}.proto", $"syntax = \"proto3\";\npackage p;\n{(i > 0 ? $"import \"p/f{i - 1:00}.proto\";\n" : string.Empty)}message M{i} {{ {(i > 0 ? $"M{i - 1} previous = 1;" : string.Empty)} }}\n")).ToArray();
        using var progress = ProgressReporter.Start(new StringWriter());

        var parsing = ParseAhead.Start(files, progress, workers);
        var firstAnswers = new ParsedFile?[files.Length];
        for (var i = files.Length - 1; i >= 0; i--)
        {
            // Last file first: against the workers' order, so some files are parsed here and some waited for.
            firstAnswers[i] = parsing.Get(files[i].DisplayPath);
        }

        var compilation = ProtoCompilation.Create(files.Select(file => file.DisplayPath), parsing.Get, _ => null, 2);

        Assert.True(parsing.Finish(new StringWriter()));
        Assert.All(firstAnswers, Assert.NotNull);
        Assert.Equal(firstAnswers, files.Select(file => parsing.Get(file.DisplayPath)));
        Assert.Equal(firstAnswers, compilation.Files.Select(file => file.Parsed));
        Assert.False(compilation.HasErrors);
        Assert.Null(parsing.Get("p/unknown.proto"));
    }

    [Fact]
    public void TheWarmUpSampleLinksWithoutDiagnostics()
    {
        var compilation = JitWarmUp.Compile();

        Assert.Equal(["google/protobuf/descriptor.proto", "google/protobuf/timestamp.proto", "protoguard/warm_up.proto"], compilation.AllFiles.Select(file => file.Name));
        Assert.All(compilation.AllFiles, file => Assert.Empty(file.Diagnostics));
    }

    [Fact]
    public void TheFirstUnreadableFileInTheGivenOrderIsNamed()
    {
        var files = new[]
        {
            Write("a.proto", "syntax = \"proto3\";\n"),
            new ProtoFile(Path.Combine(_directory, "missing1.proto"), "missing1.proto"),
            new ProtoFile(Path.Combine(_directory, "missing2.proto"), "missing2.proto"),
        };
        using var progress = ProgressReporter.Start(new StringWriter());
        var error = new StringWriter();

        var parsing = ParseAhead.Start(files, progress, 2);
        var unreadable = parsing.Get("missing2.proto");

        Assert.False(parsing.Finish(error));
        Assert.Null(unreadable);
        Assert.NotNull(parsing.Get("a.proto"));
        Assert.StartsWith("protoguard: cannot read 'missing1.proto': ", error.ToString(), StringComparison.Ordinal);
        Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private ProtoFile Write(string importPath, string text)
    {
        var path = Path.Combine(_directory, importPath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return new ProtoFile(path, importPath);
    }
}
