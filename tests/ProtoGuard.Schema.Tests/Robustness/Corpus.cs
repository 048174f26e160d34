using System.Diagnostics;

namespace ProtoGuard.Schema.Tests.Robustness;

/// <summary>
/// The googleapis corpus fetched by <c>build/corpus.sh</c> (npm google-proto-files@6.0.1, cached under .cache/corpus).
/// A failing script fails the test with its output: a robustness test that silently skips proves nothing.
/// </summary>
internal static class Corpus
{
    public const int ExpectedFileCount = 7243;

    private static readonly Lazy<string> LazyDirectory = new(RunCorpusScript);

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The import root that holds google/, grafeas/ and the rest.</summary>
    public static string Directory => LazyDirectory.Value;

    /// <summary>Every .proto file, as paths relative to <see cref="Directory"/> with '/' separators, in ordinal order.</summary>
    public static string[] RelativePaths()
    {
        string root = Directory;
        string[] paths = System.IO.Directory.GetFiles(root, "*.proto", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/'))
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToArray();
        Assert.True(paths.Length == ExpectedFileCount, $"expected {ExpectedFileCount} .proto files in {root}, found {paths.Length}");
        return paths;
    }

    private static string FindRepositoryRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ProtoGuard.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ProtoGuard.sln not found above " + AppContext.BaseDirectory);
    }

    private static string RunCorpusScript()
    {
        var startInfo = new ProcessStartInfo("bash")
        {
            WorkingDirectory = RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(Path.Combine("build", "corpus.sh"));
        using Process process = Process.Start(startInfo)!;
        Task<string> error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        string directory = output.Trim();
        if (process.ExitCode != 0 || !System.IO.Directory.Exists(directory))
        {
            throw new InvalidOperationException(
                $"build/corpus.sh failed (exit code {process.ExitCode}).\nstdout:\n{output}\nstderr:\n{error.Result}");
        }

        return directory;
    }
}
