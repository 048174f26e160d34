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
/// comments. Every parse must return without throwing, keep every span inside the text, and take at most 100 ms.
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
        string environmentSeed = Environment.GetEnvironmentVariable("PROTOGUARD_MUTATION_SEED") ?? string.Empty;
        long seed = environmentSeed.Length > 0 ? long.Parse(environmentSeed, CultureInfo.InvariantCulture) : DefaultSeed;
        string root = Corpus.Directory;
        string[] files = Corpus.RelativePaths();
        var run = new MutationRun(seed, root, files);
        int sources = files.Count(path => new FileInfo(Path.Combine(root, path)).Length <= MaxSourceBytes);
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
        _output.WriteLine(
            $"seed {seed}: {run.Inputs:N0} inputs from {sources:N0} files in {stopwatch.Elapsed.TotalSeconds:F1} s; " +
            $"{run.InputsWithDiagnostics:N0} with diagnostics; slowest parse {run.SlowestMilliseconds:F1} ms; {run.Retries} retried");

        Assert.True(run.Failures.IsEmpty, run.Failures.Count + " failing inputs (first ones below; the inputs are in " + run.FailureDirectory + ")\n" +
            string.Join("\n\n", run.Failures.Take(10)));
        Assert.Equal((long)sources * MutantsPerFile, run.Inputs);

        // About half the mutants land in comments (googleapis documents every element) and stay valid; far fewer
        // broken mutants would mean the mutator has stopped working.
        Assert.True(run.InputsWithDiagnostics > run.Inputs * 4 / 10, $"only {run.InputsWithDiagnostics} of {run.Inputs} mutants had diagnostics");
    }

    private sealed class MutationRun
    {
        private readonly ConcurrentDictionary<int, (long Index, string Mutation, long StartTimestamp)> _inFlight = new();
        private long _inputs;
        private long _inputsWithDiagnostics;
        private long _slowestTicks;
        private int _retries;

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

        public ConcurrentQueue<string> Failures { get; } = new();

        public long Inputs => Interlocked.Read(ref _inputs);

        public long InputsWithDiagnostics => Interlocked.Read(ref _inputsWithDiagnostics);

        public double SlowestMilliseconds => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _slowestTicks)).TotalMilliseconds;

        public int Retries => Volatile.Read(ref _retries);

        public void Started(long index, string mutation) =>
            _inFlight[Environment.CurrentManagedThreadId] = (index, mutation, Stopwatch.GetTimestamp());

        public void Finished() => _inFlight.TryRemove(Environment.CurrentManagedThreadId, out _);

        public void Add(long inputs, long withDiagnostics, long slowestTicks, int retries)
        {
            Interlocked.Add(ref _inputs, inputs);
            Interlocked.Add(ref _inputsWithDiagnostics, withDiagnostics);
            Interlocked.Add(ref _retries, retries);
            long current;
            while (slowestTicks > (current = Interlocked.Read(ref _slowestTicks)) &&
                Interlocked.CompareExchange(ref _slowestTicks, slowestTicks, current) != current)
            {
            }
        }

        public string? FindHang(TimeSpan limit)
        {
            foreach ((long index, string mutation, long start) in _inFlight.Values)
            {
                if (Stopwatch.GetElapsedTime(start) > limit)
                {
                    string text = ProtoMutator.Mutate(ReadOriginal(index), Seed, index, out _);
                    return Describe(index, mutation, text, $"still parsing after {limit.TotalSeconds:F0} s (hang)");
                }
            }

            return null;
        }

        public string ReadOriginal(long index) => File.ReadAllText(Path.Combine(Root, Files[index / MutantsPerFile]));

        /// <summary>Saves the input under artifacts/crashers/ (ready to commit to testdata/crashers/) and explains how to reproduce it.</summary>
        public string Describe(long index, string mutation, string text, string problem)
        {
            Directory.CreateDirectory(FailureDirectory);
            string saved = Path.Combine(FailureDirectory, $"seed{Seed}-input{index}.proto");
            File.WriteAllText(saved, text);
            return $"input {index} (seed {Seed}): {problem}\n" +
                $"  file: {Files[index / MutantsPerFile]}\n" +
                $"  mutation: {mutation}\n" +
                $"  saved as: {saved}";
        }
    }

    private sealed class Worker
    {
        private readonly MutationRun _run;
        private long _inputs;
        private long _withDiagnostics;
        private long _slowestTicks;
        private int _retries;

        public Worker(MutationRun run)
        {
            _run = run;
        }

        public Worker MutateAndParse(int fileIndex)
        {
            string path = Path.Combine(_run.Root, _run.Files[fileIndex]);
            if (new FileInfo(path).Length > MaxSourceBytes)
            {
                return this;
            }

            string original = File.ReadAllText(path);
            for (int k = 0; k < MutantsPerFile; k++)
            {
                long index = (long)fileIndex * MutantsPerFile + k;
                string text = ProtoMutator.Mutate(original, _run.Seed, index, out string mutation);
                if (Check(index, mutation, text) is string problem)
                {
                    _run.Failures.Enqueue(_run.Describe(index, mutation, text, problem));
                }

                _inputs++;
            }

            return this;
        }

        public void Publish() => _run.Add(_inputs, _withDiagnostics, _slowestTicks, _retries);

        private string? Check(long index, string mutation, string text)
        {
            ParsedFile file;
            long elapsed;
            try
            {
                (file, elapsed) = TimedParse(index, mutation, text);
                if (Stopwatch.GetElapsedTime(0, elapsed) > PerInputLimit)
                {
                    // A GC triggered by another thread, or the scheduler on this shared 2-core machine, can stall one
                    // parse; a slow parser is slow every time, so only an input that is also slow on the retry fails.
                    _retries++;
                    long first = elapsed;
                    (file, elapsed) = TimedParse(index, mutation, text);
                    if (Stopwatch.GetElapsedTime(0, elapsed) > PerInputLimit)
                    {
                        return $"parse took {Milliseconds(first)} ms, and {Milliseconds(elapsed)} ms on the retry (limit {PerInputLimit.TotalMilliseconds} ms)";
                    }
                }
            }
            catch (Exception exception)
            {
                return "parse threw " + exception;
            }

            _slowestTicks = Math.Max(_slowestTicks, elapsed);
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
                return "malformed result: " + exception.Message;
            }

            return null;
        }

        private (ParsedFile File, long Ticks) TimedParse(long index, string mutation, string text)
        {
            _run.Started(index, mutation);
            long start = Stopwatch.GetTimestamp();
            ParsedFile file = ProtoParser.Parse(SourceText.From(text, "mutant.proto"));
            long elapsed = Stopwatch.GetTimestamp() - start;
            _run.Finished();
            return (file, elapsed);
        }

        private static string Milliseconds(long ticks) =>
            Stopwatch.GetElapsedTime(0, ticks).TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture);
    }
}
