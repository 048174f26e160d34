using System.Diagnostics;

namespace ProtoGuard.Tests;

/// <summary>Where the repository and its cached corpus are, for every test project (linked in by tests/Directory.Build.props).</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> LazyCorpus = new(RunCorpusScript);

    /// <summary>The repository root: the nearest ancestor of the test binaries holding ProtoGuard.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>
    /// The import root of the googleapis corpus (npm google-proto-files@6.0.1), fetched once by build/corpus.sh into
    /// .cache/corpus. A failing script fails the calling test with its output: a corpus test that silently skips
    /// proves nothing.
    /// </summary>
    public static string Corpus => LazyCorpus.Value;

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ProtoGuard.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ProtoGuard.sln was not found above " + AppContext.BaseDirectory);
    }

    private static string RunCorpusScript()
    {
        var startInfo = new ProcessStartInfo("bash")
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(Path.Combine("build", "corpus.sh"));
        using var process = Process.Start(startInfo)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var directory = output.Trim();
        if (process.ExitCode != 0 || !Directory.Exists(directory))
        {
            throw new InvalidOperationException(
                $"build/corpus.sh failed (exit code {process.ExitCode}).\nstdout:\n{output}\nstderr:\n{error.Result}");
        }

        return directory;
    }
}
