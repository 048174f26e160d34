using ProtoGuard.Schema;
using ProtoGuard.Schema.Linking;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Cli;

/// <summary>Reads and parses the selected files on every core; the parser keeps no shared state, so files are independent.</summary>
internal static class ProtoSources
{
    /// <summary>
    /// The parsed files, in the order of <paramref name="files"/>; null after a one-line message naming the first
    /// file (in that order) that cannot be read. <paramref name="youngGenerationCap"/>, when given, is checked after each file.
    /// </summary>
    public static ParsedFile[]? ReadAndParse(IReadOnlyList<ProtoFile> files, ProgressReporter progress, TextWriter error, YoungGenerationCap? youngGenerationCap = null)
    {
        var phase = progress.Phase("parse", files.Count);
        var parsed = new ParsedFile?[files.Count];
        var problems = new string?[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, index =>
        {
            parsed[index] = ReadAndParse(files[index], keepComments: true, out problems[index]);
            phase.Advance();
            youngGenerationCap?.Check();
        });
        phase.Complete();

        if (problems.FirstOrDefault(problem => problem is not null) is { } first)
        {
            error.WriteLine(first);
            return null;
        }

        return parsed!;
    }

    /// <summary>
    /// One file, read and parsed (without its comments unless <paramref name="keepComments"/>); null with a one-line
    /// <paramref name="problem"/> naming it when it cannot be read.
    /// </summary>
    public static ParsedFile? ReadAndParse(ProtoFile file, bool keepComments, out string? problem)
    {
        problem = null;
        try
        {
            var text = SourceText.From(File.ReadAllText(file.FullPath), file.DisplayPath);
            return keepComments ? ProtoParser.Parse(text) : ProtoParser.ParseWithoutComments(text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = $"protoguard: cannot read '{file.DisplayPath}': {e.Message}";
            return null;
        }
    }

    /// <summary>The path of <paramref name="fullPath"/> relative to the first root that holds it, or null (Schema's <see cref="ImportResolver"/>).</summary>
    public static string? ImportPath(string fullPath, IReadOnlyList<string> roots) =>
        new ImportResolver(roots.Select(Path.GetFullPath), static (_, _) => null).ImportPathOf(Path.GetFullPath(fullPath));

    /// <summary>
    /// An imported file that was not named on the command line, from the first root that has it, named by its path
    /// relative to the current directory; null if none has it or it cannot be read (Schema's <see cref="ImportResolver"/>).
    /// </summary>
    public static SourceText? ReadImport(IReadOnlyList<string> roots, string importPath) =>
        ImportResolver.FileSystem(roots, RelativeToCurrentDirectory).Resolve(importPath);

    /// <summary>Names an imported file in diagnostics by its path relative to the current directory.</summary>
    internal static string RelativeToCurrentDirectory(string path, string importPath) =>
        Path.GetRelativePath(Directory.GetCurrentDirectory(), path).Replace('\\', '/');
}
