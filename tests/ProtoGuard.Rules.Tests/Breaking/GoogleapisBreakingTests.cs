using ProtoGuard.Rules.Breaking;
using ProtoGuard.Rules.Breaking.Baseline;
using ProtoGuard.Rules.Breaking.Model;
using ProtoGuard.Schema.Linking;
using ProtoGuard.Schema.Text;
using Xunit.Abstractions;

namespace ProtoGuard.Rules.Tests.Breaking;

/// <summary>The real corpus (googleapis, npm google-proto-files@6.0.1) against itself, directly and through its baseline.</summary>
public sealed class GoogleapisBreakingTests
{
    private readonly ITestOutputHelper output;

    public GoogleapisBreakingTests(ITestOutputHelper output)
    {
        this.output = output;
    }

    [Fact]
    public void Googleapis_against_itself_and_its_baseline_reports_nothing()
    {
        var root = RepositoryPaths.Corpus;
        var rejected = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "tests", "ProtoGuard.Schema.Tests", "testdata", "linker", "protoc_rejects.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToHashSet(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(root, "*.proto", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(path => !rejected.Contains(path))
            .Order(StringComparer.Ordinal)
            .ToArray();

        SchemaShape Load() => SchemaShapeBuilder.Build(ProtoCompilation.Create(files, path =>
            File.Exists(Path.Combine(root, path)) ? SourceText.From(File.ReadAllText(Path.Combine(root, path)), path) : null));

        var first = Load();
        var second = Load();
        var baseline = BaselineWriter.Write(first);
        var read = BaselineReader.Read(baseline);
        Assert.Empty(read.Errors);
        output.WriteLine($"{first.Files.Count} files, baseline {baseline.Length / 1024} KB, {baseline.Count(c => c == '\n')} lines");

        foreach (var category in BreakingCategory.All)
        {
            Assert.Empty(BreakingChecker.Check(first, second, category).Select(finding => finding.ToString()));
            Assert.Empty(BreakingChecker.Check(read.Schema!, second, category).Select(finding => finding.ToString()));
        }
    }
}
