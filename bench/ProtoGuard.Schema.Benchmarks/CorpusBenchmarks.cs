using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Schema.Benchmarks;

/// <summary>
/// The whole googleapis corpus (7,243 files, 67 MB) through <see cref="CorpusPipeline"/>, with the text already in memory,
/// and the largest single file. Each operation takes seconds, so one invocation per iteration (Monitoring) and three
/// iterations are enough.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class CorpusBenchmarks
{
    private const string LargestFile = "google/cloud/compute/v1beta/compute.proto";

    private IReadOnlyList<SourceText> _corpus = [];
    private IReadOnlyList<SourceText> _largest = [];

    [GlobalSetup]
    public void LoadCorpus()
    {
        string root = CorpusFiles.FetchRoot();
        _corpus = CorpusFiles.All(root).Select(path => SourceText.From(File.ReadAllText(Path.Combine(root, path)), path)).ToList();
        _largest = _corpus.Where(source => source.Path == LargestFile).ToList();
    }

    [Benchmark]
    public IReadOnlyList<ParsedFile> WholeCorpus() => CorpusPipeline.Run(_corpus);

    [Benchmark]
    public IReadOnlyList<ParsedFile> LargestFileOnly() => CorpusPipeline.Run(_largest);
}
