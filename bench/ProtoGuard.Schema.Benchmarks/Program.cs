using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Running;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Schema.Benchmarks;

/// <summary>
/// <c>corpus ROOT FILE_LIST</c>: one whole-process pass (read + <see cref="CorpusPipeline"/>) over the files listed one per
/// line relative to ROOT, printing <c>key value</c> lines for bench/schema-vs-protoc.sh.
/// Anything else goes to BenchmarkDotNet, e.g. <c>--filter *CorpusBenchmarks*</c>.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 3 && args[0] == "corpus")
        {
            return RunCorpusPass(args[1], args[2]);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }

    private static int RunCorpusPass(string root, string fileList)
    {
        string[] paths = File.ReadAllLines(fileList).Where(line => line.Length > 0).ToArray();
        var stopwatch = Stopwatch.StartNew();
        var sources = new List<SourceText>(paths.Length);
        long characters = 0;
        long bytes = 0;
        foreach (string path in paths)
        {
            string fullPath = Path.Combine(root, path);
            bytes += new FileInfo(fullPath).Length;
            string text = File.ReadAllText(fullPath);
            characters += text.Length;
            sources.Add(SourceText.From(text, path));
        }

        IReadOnlyList<ParsedFile> parsed = CorpusPipeline.Run(sources);
        stopwatch.Stop();

        using Process self = Process.GetCurrentProcess();
        Print("files", parsed.Count);
        Print("bytes", bytes);
        Print("characters", characters);
        Print("files_with_diagnostics", parsed.Count(file => file.Diagnostics.Count > 0));
        Print("in_process_seconds", stopwatch.Elapsed.TotalSeconds);
        Print("in_process_files_per_second", Math.Round(parsed.Count / stopwatch.Elapsed.TotalSeconds));
        Print("in_process_megabytes_per_second", bytes / 1e6 / stopwatch.Elapsed.TotalSeconds);
        Print("peak_working_set_bytes", self.PeakWorkingSet64);
        Print("allocated_bytes", GC.GetTotalAllocatedBytes(precise: true));
        Print("gc_pause_seconds", GC.GetTotalPauseDuration().TotalSeconds);
        return 0;
    }

    private static void Print(string key, double value) =>
        Console.WriteLine(key + " " + value.ToString(value % 1 == 0 ? "F0" : "F3", CultureInfo.InvariantCulture));
}
