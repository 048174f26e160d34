using System.Diagnostics;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Schema.Tests.Robustness;

/// <summary>The largest real files get the same 100 ms parse budget as every mutant in <see cref="CorpusMutationTests"/>.</summary>
public class LargeFileTests
{
    [Fact(Skip = "reported: the 4 MB googleapis compute.proto files take ~300-500 ms to parse, mostly GC pauses that grow faster than the file")]
    public void TheFourMegabyteComputeProtoFilesParseWithinOneHundredMilliseconds()
    {
        foreach (string relativePath in new[] { "google/cloud/compute/v1/compute.proto", "google/cloud/compute/v1beta/compute.proto" })
        {
            string path = Path.Combine(Corpus.Directory, relativePath);
            SourceText text = SourceText.From(File.ReadAllText(path), path);
            Assert.Empty(ProtoParser.Parse(text).Diagnostics);

            // The first parse above paid for JIT compilation; the best of two more filters scheduler noise.
            TimeSpan best = TimeSpan.MaxValue;
            for (int attempt = 0; attempt < 2; attempt++)
            {
                long start = Stopwatch.GetTimestamp();
                ProtoParser.Parse(text);
                best = TimeSpan.FromTicks(Math.Min(best.Ticks, Stopwatch.GetElapsedTime(start).Ticks));
            }

            Assert.True(best <= TimeSpan.FromMilliseconds(100), $"{relativePath} ({text.Length:N0} chars) took {best.TotalMilliseconds:F0} ms");
        }
    }
}
