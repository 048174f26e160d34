using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Schema.Benchmarks;

/// <summary>
/// The googleapis corpus (the 7,234 files protoc links in one pool, 67 MB) through <see cref="CorpusPipeline"/> (parse + link + descriptors, with
/// parsing on one thread or on every core), parsing alone, and parsing the largest single file; the text is already in memory. Each operation takes seconds, so one invocation per iteration (Monitoring) and three
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
        var root = CorpusFiles.FetchRoot();
        _corpus = CorpusFiles.OnePool(root).Select(path => SourceText.From(File.ReadAllText(Path.Combine(root, path)), path)).ToList();
        _largest = _corpus.Where(source => source.Path == LargestFile).ToList();
    }

    [Benchmark]
    public CorpusResult WholeCorpus() => CorpusPipeline.Run(_corpus);

    [Benchmark]
    public CorpusResult WholeCorpusParallelParse() => CorpusPipeline.Run(_corpus, Environment.ProcessorCount);

    [Benchmark]
    public ParsedFile[] WholeCorpusParseOnly() => CorpusPipeline.Parse(_corpus);

    [Benchmark]
    public ParsedFile[] LargestFileParseOnly() => CorpusPipeline.Parse(_largest);
}
