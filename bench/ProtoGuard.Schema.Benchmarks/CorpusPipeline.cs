using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading.Tasks;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Linking;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Schema.Benchmarks;

/// <summary>
/// What ProtoGuard does with a whole tree of .proto files, measured by both the BenchmarkDotNet job and the
/// whole-process comparison with protoc (bench/schema-vs-protoc.sh): parse every file, link them all into one
/// <see cref="ProtoCompilation"/> (imports, name resolution, options) and serialize the FileDescriptorSet, like
/// <c>protoc --descriptor_set_out</c>. Everything is kept until the end, like protoc keeps every descriptor, so peak
/// memory is that of holding the whole corpus.
/// </summary>
public static class CorpusPipeline
{
    /// <summary>Parses (on <paramref name="parseThreads"/> threads), links and writes the descriptor set.</summary>
    public static CorpusResult Run(IReadOnlyList<SourceText> sources, int parseThreads = 1)
    {
        var phases = new PhaseClock();
        var parsed = Parse(sources, parseThreads);
        phases.End("parse");

        var files = new KeyValuePair<string, ParsedFile>[parsed.Length];
        for (var i = 0; i < parsed.Length; i++)
        {
            files[i] = new KeyValuePair<string, ParsedFile>(sources[i].Path, parsed[i]);
        }

        var compilation = ProtoCompilation.Create(files, _ => null);
        phases.End("link");

        var descriptorSet = DescriptorWriter.WriteFileDescriptorSet(compilation.Files);
        phases.End("descriptors");
        return new CorpusResult(parsed, compilation, descriptorSet.Length, phases.Phases);
    }

    /// <summary>Parsing only, on one thread: the figure to compare with earlier results.</summary>
    public static ParsedFile[] Parse(IReadOnlyList<SourceText> sources, int threads = 1)
    {
        var parsed = new ParsedFile[sources.Count];
        if (threads <= 1)
        {
            for (var i = 0; i < parsed.Length; i++)
            {
                parsed[i] = ProtoParser.Parse(sources[i]);
            }
        }
        else
        {
            Parallel.For(0, parsed.Length, new ParallelOptions { MaxDegreeOfParallelism = threads }, i => parsed[i] = ProtoParser.Parse(sources[i]));
        }

        return parsed;
    }

    private sealed class PhaseClock
    {
        private readonly Stopwatch _stopwatch = Stopwatch.StartNew();
        private TimeSpan _lastTime;
        private long _lastAllocated = GC.GetTotalAllocatedBytes(precise: true);
        private TimeSpan _lastPause = GC.GetTotalPauseDuration();

        public List<Phase> Phases { get; } = new List<Phase>();

        public void End(string name)
        {
            var time = _stopwatch.Elapsed;
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var pause = GC.GetTotalPauseDuration();
            Phases.Add(new Phase(name, time - _lastTime, allocated - _lastAllocated, pause - _lastPause));
            (_lastTime, _lastAllocated, _lastPause) = (time, allocated, pause);
        }
    }
}

/// <summary>One phase of <see cref="CorpusPipeline.Run"/>: wall time, bytes allocated (all threads) and GC pause time.</summary>
public sealed record Phase(string Name, TimeSpan Time, long AllocatedBytes, TimeSpan GcPause);

public sealed record CorpusResult(IReadOnlyList<ParsedFile> Parsed, ProtoCompilation Compilation, int DescriptorSetBytes, IReadOnlyList<Phase> Phases);
