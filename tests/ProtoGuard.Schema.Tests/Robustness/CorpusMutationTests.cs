using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using ProtoGuard.Schema.Text;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace ProtoGuard.Schema.Tests.Robustness;

/// <summary>
/// Parses 101,374 seeded mutants of the real googleapis files (14 per file): truncations, byte flips, token deletions
/// and duplications, deleted or copied ranges, and inserted garbage, unbalanced brackets, unterminated strings and
/// comments. Every parse must return without throwing, keep every span inside the text, and take at most 100 ms
/// or, when the machine is loaded, at most 4 times as long as the unmutated file (see <c>RetrySlowInputs</c>).
/// Set <c>PROTOGUARD_MUTATION_SEED</c> to explore another seed; CI always uses <see cref="DefaultSeed"/>.
/// </summary>
public class CorpusMutationTests
{
    private const long DefaultSeed = 20261124;

    private const int MutantsPerFile = 14;

    /// <summary>
    /// Only the two 4 MB compute.proto files are larger. Unmutated they already parse in several hundred ms, which
    /// <see cref="LargeFileTests"/> reports on its own; here they would only fail every one of their mutants.
    /// </summary>
    private const long MaxSourceBytes = 1_000_000;

    private static readonly TimeSpan PerInputLimit = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// A mutant over <see cref="PerInputLimit"/> fails only when it is also this many times slower than its unmutated
    /// file measured alongside it: mutations add at most a few hundred bytes, so a linear parser stays close to 1x.
    /// </summary>
    private const int SlowdownLimit = 4;

    private const int RetryAttempts = 3;

    /// <summary>A parse still running after this long is a hang: the test fails with the input instead of waiting forever.</summary>
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(20);

    private readonly ITestOutputHelper _output;

    public CorpusMutationTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public async Task OverOneHundredThousandMutantsOfGoogleapisParseWithoutExceptionsOrSlowInputsAndWithSpansInTheText()
    {
        var environmentSeed = Environment.GetEnvironmentVariable("PROTOGUARD_MUTATION_SEED") ?? string.Empty;
        var seed = environmentSeed.Length > 0 ? long.Parse(environmentSeed, CultureInfo.InvariantCulture) : DefaultSeed;
        var root = Corpus.Directory;
        var files = Corpus.RelativePaths();
        var run = new MutationRun(seed, root, files);
        var sources = files.Count(path => new FileInfo(Path.Combine(root, path)).Length <= MaxSourceBytes);
        Assert.Equal(files.Length - 2, sources);

        var stopwatch = Stopwatch.StartNew();
        Task parsing = Task.Run(() => Parallel.For(
            0,
            files.Length,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            () => new Worker(run),
            (fileIndex, _, worker) => worker.MutateAndParse(fileIndex),
            worker => worker.Publish()));
        while (await Task.WhenAny(parsing, Task.Delay(TimeSpan.FromSeconds(1))) != parsing)
        {
            if (run.FindHang(HangLimit) is string hang)
            {
                Assert.Fail(hang);
            }
        }

        await parsing;
        var retried = run.RetrySlowInputs();
        _output.WriteLine(
            $"seed {seed}: {run.Inputs:N0} inputs from {sources:N0} files in {stopwatch.Elapsed.TotalSeconds:F1} s; " +
            $"{run.InputsWithDiagnostics:N0} with diagnostics; slowest parse {run.Slowest}; {retried} over {PerInputLimit.TotalMilliseconds} ms retried");

        Assert.True(run.Failures.IsEmpty, run.Failures.Count + " failing inputs (first ones below; the inputs are in " + run.FailureDirectory + ")\n" +
            string.Join("\n\n", run.Failures.OrderBy(failure => failure.Index).Take(10).Select(failure => failure.Report)));
        Assert.Equal((long)sources * MutantsPerFile, run.Inputs);

        // About half the mutants land in comments (googleapis documents every element) and stay valid; far fewer
        // broken mutants would mean the mutator has stopped working.
        Assert.True(run.InputsWithDiagnostics > run.Inputs * 4 / 10, $"only {run.InputsWithDiagnostics} of {run.Inputs} mutants had diagnostics");
    }

    private static (ParsedFile File, long Ticks) TimedParse(string text)
    {
        var start = Stopwatch.GetTimestamp();
        var file = ProtoParser.Parse(SourceText.From(text, "mutant.proto"));
        return (file, Stopwatch.GetTimestamp() - start);
    }

    private static string Milliseconds(long ticks) =>
        Stopwatch.GetElapsedTime(0, ticks).TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture);

    private sealed class MutationRun
    {
        private readonly ConcurrentDictionary<int, (long Index, string Mutation, long StartTimestamp)> _inFlight = new();
        private readonly ConcurrentQueue<(long Index, string Mutation, long Ticks)> _slowInputs = new();
        private readonly object _slowestLock = new();
        private long _inputs;
        private long _inputsWithDiagnostics;
        private long _slowestTicks;
        private long _slowestIndex;

        public MutationRun(long seed, string root, string[] files)
        {
            Seed = seed;
            Root = root;
            Files = files;
            FailureDirectory = Path.Combine(Corpus.RepositoryRoot, "artifacts", "crashers");
        }

        public long Seed { get; }

        public string Root { get; }

        public string[] Files { get; }

        public string FailureDirectory { get; }

        public ConcurrentQueue<(long Index, string Report)> Failures { get; } = new();

        public long Inputs => Interlocked.Read(ref _inputs);

        public long InputsWithDiagnostics => Interlocked.Read(ref _inputsWithDiagnostics);

        public string Slowest
        {
            get
            {
                lock (_slowestLock)
                {
                    return $"{Milliseconds(_slowestTicks)} ms (input {_slowestIndex}, {Files[_slowestIndex / MutantsPerFile]})";
                }
            }
        }

        public (ParsedFile File, long Ticks) TimedParse(long index, string mutation, string text)
        {
            _inFlight[Environment.CurrentManagedThreadId] = (index, mutation, Stopwatch.GetTimestamp());
            try
            {
                return CorpusMutationTests.TimedParse(text);
            }
            finally
            {
                _inFlight.TryRemove(Environment.CurrentManagedThreadId, out _);
            }
        }

        public void Fail(long index, string mutation, string text, string problem)
        {
            Directory.CreateDirectory(FailureDirectory);
            var saved = Path.Combine(FailureDirectory, $"seed{Seed}-input{index}.proto");
            File.WriteAllText(saved, text);
            Failures.Enqueue((index, $"input {index} (seed {Seed}): {problem}\n" +
                $"  file: {Files[index / MutantsPerFile]}\n" +
                $"  mutation: {mutation}\n" +
                $"  saved as: {saved}"));
        }

        public void Slow(long index, string mutation, long ticks) => _slowInputs.Enqueue((index, mutation, ticks));

        public void Add(long inputs, long withDiagnostics, long slowestTicks, long slowestIndex)
        {
            Interlocked.Add(ref _inputs, inputs);
            Interlocked.Add(ref _inputsWithDiagnostics, withDiagnostics);
            lock (_slowestLock)
            {
                if (slowestTicks > _slowestTicks)
                {
                    _slowestTicks = slowestTicks;
                    _slowestIndex = slowestIndex;
                }
            }
        }

        /// <summary>Reports the input of a parse that has been running longer than <paramref name="limit"/>.</summary>
        public string? FindHang(TimeSpan limit)
        {
            foreach ((var index, var mutation, var start) in _inFlight.Values)
            {
                if (Stopwatch.GetElapsedTime(start) > limit)
                {
                    Fail(index, mutation, Regenerate(index), $"still parsing after {limit.TotalSeconds:F0} s (hang)");
                    return Failures.Last().Report;
                }
            }

            return null;
        }

        /// <summary>
        /// Parses every input that took over the limit again, alternating with the unmutated file it came from, and fails
        /// those whose fastest parse is still over the limit and over <see cref="SlowdownLimit"/> times the original's
        /// fastest. A slow parser (backtracking, quadratic recovery) is slow on every try and against its own original;
        /// a GC triggered by another thread or another process on this shared 2-core machine stalls both the same way,
        /// so load no longer fails the test. The retries run one at a time after all workers have finished.
        /// </summary>
        public int RetrySlowInputs()
        {
            foreach ((var index, var mutation, var first) in _slowInputs.OrderBy(input => input.Index))
            {
                var text = Regenerate(index);
                var original = File.ReadAllText(Path.Combine(Root, Files[index / MutantsPerFile]));
                var mutantTicks = long.MaxValue;
                var originalTicks = long.MaxValue;
                for (var attempt = 0; attempt < RetryAttempts; attempt++)
                {
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                    originalTicks = Math.Min(originalTicks, CorpusMutationTests.TimedParse(original).Ticks);
                    mutantTicks = Math.Min(mutantTicks, CorpusMutationTests.TimedParse(text).Ticks);
                }

                if (Stopwatch.GetElapsedTime(0, mutantTicks) > PerInputLimit && mutantTicks > originalTicks * SlowdownLimit)
                {
                    Fail(index, mutation, text, $"parse took {Milliseconds(first)} ms, and at best {Milliseconds(mutantTicks)} ms in {RetryAttempts} retries " +
                        $"against {Milliseconds(originalTicks)} ms for the unmutated file (limits: {PerInputLimit.TotalMilliseconds} ms and {SlowdownLimit}x the original)");
                }
            }

            return _slowInputs.Count;
        }

        private string Regenerate(long index) =>
            ProtoMutator.Mutate(File.ReadAllText(Path.Combine(Root, Files[index / MutantsPerFile])), Seed, index, out _);
    }

    private sealed class Worker
    {
        private readonly MutationRun _run;
        private long _inputs;
        private long _withDiagnostics;
        private long _slowestTicks;
        private long _slowestIndex;

        public Worker(MutationRun run)
        {
            _run = run;
        }

        public Worker MutateAndParse(int fileIndex)
        {
            var path = Path.Combine(_run.Root, _run.Files[fileIndex]);
            if (new FileInfo(path).Length > MaxSourceBytes)
            {
                return this;
            }

            var original = File.ReadAllText(path);
            for (var k = 0; k < MutantsPerFile; k++)
            {
                var index = (long)fileIndex * MutantsPerFile + k;
                var text = ProtoMutator.Mutate(original, _run.Seed, index, out var mutation);
                Check(index, mutation, text);
                _inputs++;
            }

            return this;
        }

        public void Publish() => _run.Add(_inputs, _withDiagnostics, _slowestTicks, _slowestIndex);

        private void Check(long index, string mutation, string text)
        {
            ParsedFile file;
            long elapsed;
            try
            {
                (file, elapsed) = _run.TimedParse(index, mutation, text);
            }
            catch (Exception exception)
            {
                _run.Fail(index, mutation, text, "parse threw " + exception);
                return;
            }

            if (Stopwatch.GetElapsedTime(0, elapsed) > PerInputLimit)
            {
                _run.Slow(index, mutation, elapsed);
            }

            if (elapsed > _slowestTicks)
            {
                _slowestTicks = elapsed;
                _slowestIndex = index;
            }

            if (file.Diagnostics.Count > 0)
            {
                _withDiagnostics++;
            }

            try
            {
                RobustnessTests.AssertWellFormed(file);
            }
            catch (XunitException exception)
            {
                _run.Fail(index, mutation, text, "malformed result: " + exception.Message);
            }
        }
    }
}
