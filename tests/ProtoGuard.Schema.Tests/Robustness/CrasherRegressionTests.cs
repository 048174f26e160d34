using System.Diagnostics;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Schema.Tests.Robustness;

/// <summary>
/// Every input that ever made the parser throw, hang, misplace a span or exceed the 100 ms budget is committed under
/// <c>testdata/crashers/</c> (see the README there) and must keep parsing cleanly.
/// </summary>
public class CrasherRegressionTests
{
    private static readonly string CrashersDirectory =
        Path.Combine(Corpus.RepositoryRoot, "tests", "ProtoGuard.Schema.Tests", "testdata", "crashers");

    [Fact]
    public void EveryCommittedCrasherParsesWithoutExceptionWithinTheBudgetAndWithSpansInTheText()
    {
        Assert.True(File.Exists(Path.Combine(CrashersDirectory, "README.md")), "the crashers folder or its README is missing");
        foreach (var path in Directory.GetFiles(CrashersDirectory, "*.proto").OrderBy(p => p, StringComparer.Ordinal))
        {
            var text = SourceText.From(File.ReadAllText(path), path);
            var start = Stopwatch.GetTimestamp();
            var file = ProtoParser.Parse(text);
            var elapsed = Stopwatch.GetElapsedTime(start);
            if (elapsed > TimeSpan.FromMilliseconds(100))
            {
                // As in CorpusMutationTests: a GC or the scheduler can stall one parse; a slow input is slow twice.
                start = Stopwatch.GetTimestamp();
                file = ProtoParser.Parse(text);
                elapsed = Stopwatch.GetElapsedTime(start);
            }

            Assert.True(elapsed <= TimeSpan.FromMilliseconds(100), $"{Path.GetFileName(path)} took {elapsed.TotalMilliseconds:F0} ms");
            RobustnessTests.AssertWellFormed(file);
        }
    }
}
