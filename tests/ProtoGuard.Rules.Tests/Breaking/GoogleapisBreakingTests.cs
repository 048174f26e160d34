using ProtoGuard.Rules.Breaking;
using ProtoGuard.Rules.Breaking.Baseline;
using ProtoGuard.Rules.Breaking.Model;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Linking;
using ProtoGuard.Schema.Text;
using Xunit.Abstractions;

namespace ProtoGuard.Rules.Tests.Breaking;

/// <summary>The real corpus (googleapis, npm google-proto-files@6.0.1) against itself, directly and through its baseline.</summary>
public sealed class GoogleapisBreakingTests
{
    private readonly ITestOutputHelper _output;

    public GoogleapisBreakingTests(ITestOutputHelper output)
    {
        this._output = output;
    }

    [Fact]
    public void Googleapis_against_itself_its_baseline_and_its_image_reports_nothing()
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

        ProtoCompilation Compile() => ProtoCompilation.Create(files, path =>
            File.Exists(Path.Combine(root, path)) ? SourceText.From(File.ReadAllText(Path.Combine(root, path)), path) : null);

        var compilation = Compile();
        var first = SchemaShapeBuilder.Build(compilation);
        var second = SchemaShapeBuilder.Build(Compile());
        var baseline = BaselineWriter.Write(first);
        var read = BaselineReader.Read(baseline);
        Assert.Empty(read.Errors);

        // The image protoguard build --include-imports writes, read back: the same schema, attribute for attribute.
        var image = DescriptorSetShapeBuilder.Build(DescriptorReader.ReadFileSet(DescriptorWriter.WriteFileDescriptorSet(SchemaShapeBuilder.Reachable(compilation.Files)))!, out var problem);
        Assert.Null(problem);
        Assert.Equal(baseline, BaselineWriter.Write(image!));
        _output.WriteLine($"{first.Files.Count} files, baseline {baseline.Length / 1024} KB, {baseline.Count(c => c == '\n')} lines");

        foreach (var category in BreakingCategory.All)
        {
            Assert.Empty(BreakingChecker.Check(first, second, category).Select(finding => finding.ToString()));
            Assert.Empty(BreakingChecker.Check(read.Schema!, second, category).Select(finding => finding.ToString()));
            Assert.Empty(BreakingChecker.Check(image!, second, category).Select(finding => finding.ToString()));
        }
    }
}
