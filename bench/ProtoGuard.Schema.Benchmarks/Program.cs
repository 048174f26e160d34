using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Running;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Schema.Benchmarks;

/// <summary>
/// <c>corpus ROOT FILE_LIST [PARSE_THREADS]</c>: one whole-process pass (read + <see cref="CorpusPipeline"/>: parse, link,
/// write descriptors) over the files listed one per line relative to ROOT, printing <c>key value</c> lines for
/// bench/schema-vs-protoc.sh. PARSE_THREADS (default 1) parses on that many threads; linking is single-threaded.
/// <c>files ROOT</c>: prints the files of <see cref="CorpusFiles.OnePool"/>, the list both tools get.
/// Anything else goes to BenchmarkDotNet, e.g. <c>--filter *CorpusBenchmarks*</c>.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length is 3 or 4 && args[0] == "corpus")
        {
            return RunCorpusPass(args[1], args[2], args.Length == 4 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1);
        }

        if (args.Length == 2 && args[0] == "files")
        {
            foreach (var path in CorpusFiles.OnePool(args[1]))
            {
                Console.WriteLine(path);
            }

            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }

    private static int RunCorpusPass(string root, string fileList, int parseThreads)
    {
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var pauseBefore = GC.GetTotalPauseDuration();
        var paths = File.ReadAllLines(fileList).Where(line => line.Length > 0).ToArray();
        var stopwatch = Stopwatch.StartNew();
        var sources = new List<SourceText>(paths.Length);
        long characters = 0;
        long bytes = 0;
        var buffer = new byte[1 << 20];
        foreach (var path in paths)
        {
            var text = ReadUtf8(Path.Combine(root, path), ref buffer, out var length);
            bytes += length;
            characters += text.Length;
            sources.Add(SourceText.From(text, path));
        }

        var readTime = stopwatch.Elapsed;
        var readAllocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var readPause = GC.GetTotalPauseDuration() - pauseBefore;
        var result = CorpusPipeline.Run(sources, parseThreads);
        stopwatch.Stop();

        using var self = Process.GetCurrentProcess();
        Print("files", result.Parsed.Count);
        Print("bytes", bytes);
        Print("characters", characters);
        Print("parse_threads", parseThreads);
        Print("files_with_parse_diagnostics", result.Parsed.Count(file => file.Diagnostics.Count > 0));
        Print("files_with_link_diagnostics", result.Compilation.AllFiles.Count(file => file.Diagnostics.Count > 0));
        Print("descriptor_set_bytes", result.DescriptorSetBytes);
        PrintPhase(new Phase("read", readTime, readAllocated, readPause));
        foreach (var phase in result.Phases)
        {
            PrintPhase(phase);
        }

        var parsed = result.Parsed;
        Print("in_process_seconds", stopwatch.Elapsed.TotalSeconds);
        Print("in_process_files_per_second", Math.Round(parsed.Count / stopwatch.Elapsed.TotalSeconds));
        Print("in_process_megabytes_per_second", bytes / 1e6 / stopwatch.Elapsed.TotalSeconds);
        Print("peak_working_set_bytes", self.PeakWorkingSet64);
        Print("allocated_bytes", GC.GetTotalAllocatedBytes(precise: true));
        Print("gc_pause_seconds", GC.GetTotalPauseDuration().TotalSeconds);
        return 0;
    }

    /// <summary>
    /// <c>File.ReadAllText</c> for UTF-8 files (a UTF-8 byte order mark is dropped), reading through one reused buffer
    /// instead of a StreamReader and StringBuilder per file; files with a UTF-16 or UTF-32 byte order mark go to
    /// <c>File.ReadAllText</c>.
    /// </summary>
    private static string ReadUtf8(string path, ref byte[] buffer, out int length)
    {
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan))
        {
            length = checked((int)stream.Length);
            if (buffer.Length < length)
            {
                buffer = new byte[Math.Max(length, buffer.Length * 2)];
            }

            stream.ReadExactly(buffer, 0, length);
        }

        var utf16Or32 = length >= 2 && ((buffer[0] == 0xFE && buffer[1] == 0xFF) || (buffer[0] == 0xFF && buffer[1] == 0xFE));
        var utf32BigEndian = length >= 4 && buffer[0] == 0 && buffer[1] == 0 && buffer[2] == 0xFE && buffer[3] == 0xFF;
        if (utf16Or32 || utf32BigEndian)
        {
            return File.ReadAllText(path);
        }

        var bom = length >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0;
        return Encoding.UTF8.GetString(buffer, bom, length - bom);
    }

    private static void PrintPhase(Phase phase)
    {
        Print(phase.Name + "_seconds", phase.Time.TotalSeconds);
        Print(phase.Name + "_allocated_bytes", phase.AllocatedBytes);
        Print(phase.Name + "_gc_pause_seconds", phase.GcPause.TotalSeconds);
    }

    private static void Print(string key, double value) =>
        Console.WriteLine(key + " " + value.ToString(value % 1 == 0 ? "F0" : "F3", CultureInfo.InvariantCulture));
}
