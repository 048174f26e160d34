using ProtoGuard.Schema;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Cli;

/// <summary>Reads and parses the selected files on every core; the parser keeps no shared state, so files are independent.</summary>
internal static class ProtoSources
{
    /// <summary>
    /// The parsed files, in the order of <paramref name="files"/>; null after a one-line message naming the first
    /// file (in that order) that cannot be read.
    /// </summary>
    public static ParsedFile[]? ReadAndParse(IReadOnlyList<ProtoFile> files, ProgressReporter progress, TextWriter error)
    {
        var phase = progress.Phase("parse", files.Count);
        var parsed = new ParsedFile?[files.Count];
        var problems = new string?[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, index =>
        {
            var file = files[index];
            try
            {
                parsed[index] = ProtoParser.Parse(SourceText.From(File.ReadAllText(file.FullPath), file.DisplayPath));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems[index] = $"protoguard: cannot read '{file.DisplayPath}': {e.Message}";
            }

            phase.Advance();
        });
        phase.Complete();

        if (problems.FirstOrDefault(problem => problem is not null) is { } first)
        {
            error.WriteLine(first);
            return null;
        }

        return parsed!;
    }

    /// <summary>The path of <paramref name="fullPath"/> relative to the first root that holds it, or null.</summary>
    public static string? ImportPath(string fullPath, IReadOnlyList<string> roots)
    {
        foreach (var root in roots)
        {
            var relative = Path.GetRelativePath(root, fullPath);
            if (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative))
            {
                return relative.Replace('\\', '/');
            }
        }

        return null;
    }

    /// <summary>An imported file that was not named on the command line, from the first root that has it; null if none.</summary>
    public static SourceText? ReadImport(IReadOnlyList<string> roots, string importPath)
    {
        foreach (var root in roots)
        {
            var path = Path.Combine(root, importPath);
            try
            {
                if (File.Exists(path))
                {
                    var display = Path.GetRelativePath(Directory.GetCurrentDirectory(), path).Replace('\\', '/');
                    return SourceText.From(File.ReadAllText(path), display);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }

        return null;
    }
}
