using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace ProtoGuard.Cli;

/// <summary>
/// Reads files as they are at a git ref, with the git executable: <c>git ls-tree</c> lists them, one long-running
/// <c>git cat-file --batch</c> reads them (one process for thousands of files). The working tree and the index are
/// never touched. <see cref="Open"/> explains every reason it cannot (no git, not a repository, unknown ref, a
/// shallow clone) with what to run.
/// </summary>
internal sealed class GitRefReader : IDisposable
{
    private readonly Process batch;
    private readonly Stream batchOutput;

    private GitRefReader(string repositoryRoot, string reference, string commit, Process batch)
    {
        RepositoryRoot = repositoryRoot;
        Reference = reference;
        Commit = commit;
        this.batch = batch;
        batchOutput = new BufferedStream(batch.StandardOutput.BaseStream);
    }

    /// <summary>The repository's top-level directory (full path).</summary>
    public string RepositoryRoot { get; }

    /// <summary>The ref as given (<c>origin/main</c>, a tag, a commit).</summary>
    public string Reference { get; }

    /// <summary>The commit the ref resolves to.</summary>
    public string Commit { get; }

    /// <summary>Opens <paramref name="reference"/> of the repository that contains <paramref name="directory"/>, or returns null with <paramref name="problem"/> saying why and what to do.</summary>
    public static GitRefReader? Open(string directory, string reference, out string? problem)
    {
        var topLevel = Run(directory, out problem, "rev-parse", "--show-toplevel");
        if (topLevel is null)
        {
            problem ??= $"'{Path.GetFullPath(directory)}' is not inside a git repository, so the ref '{reference}' cannot be read; run in a clone, or compare against a directory or a baseline file";
            return null;
        }

        var root = Path.GetFullPath(topLevel.Trim());
        var commit = Run(root, out problem, "rev-parse", "--verify", "--quiet", "--end-of-options", reference + "^{commit}");
        if (commit is null)
        {
            if (problem is not null)
            {
                return null;
            }

            problem = Run(root, out _, "rev-parse", "--is-shallow-repository")?.Trim() == "true"
                ? $"The git ref '{reference}' is not in this shallow clone; fetch the history first: 'git fetch --unshallow' (GitHub Actions: actions/checkout with 'fetch-depth: 0'; Azure Pipelines: 'fetchDepth: 0')"
                : $"Unknown git ref '{reference}'; check the name, or fetch it first (for 'origin/main': 'git fetch origin main')";
            return null;
        }

        if (Start(root, out problem, "cat-file", "--batch") is not { } process)
        {
            return null;
        }

        return new GitRefReader(root, reference, commit.Trim(), process);
    }

    /// <summary>The files (repository-relative, '/' separated) under <paramref name="repositoryPath"/> at the ref, recursively; empty when it does not exist there.</summary>
    public IReadOnlyList<string> ListFiles(string repositoryPath)
    {
        var listing = Run(RepositoryRoot, out _, "ls-tree", "-r", "-z", "--name-only", "--full-tree", Commit, "--", repositoryPath.Length == 0 ? "." : repositoryPath);
        return listing is null ? Array.Empty<string>() : listing.Split('\0', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The text of the file at <paramref name="repositoryPath"/> (repository-relative, '/' separated) at the ref, or null when it is not a file there.</summary>
    public string? ReadFile(string repositoryPath)
    {
        if (repositoryPath.Contains('\n', StringComparison.Ordinal))
        {
            return null;
        }

        var input = batch.StandardInput;
        input.Write(Commit + ":" + repositoryPath + "\n");
        input.Flush();

        // "<sha> blob <size>\n<content>\n", or "<object> missing\n" (or "ambiguous").
        var header = ReadHeader();
        var fields = header.Split(' ');
        if (fields.Length != 3 || !long.TryParse(fields[2], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var size))
        {
            return null;
        }

        var content = new byte[size];
        var read = 0;
        while (read < size)
        {
            var count = batchOutput.Read(content, read, (int)Math.Min(size - read, int.MaxValue));
            if (count == 0)
            {
                throw new IOException("git cat-file ended early");
            }

            read += count;
        }

        batchOutput.ReadByte();
        return fields[1] == "blob" ? new UTF8Encoding(false).GetString(content) : null;
    }

    /// <summary>The repository-relative path ('/' separated) of <paramref name="fullPath"/>, or null when it is outside the repository.</summary>
    public string? RepositoryPath(string fullPath)
    {
        var relative = Path.GetRelativePath(RepositoryRoot, Path.GetFullPath(fullPath));
        if (relative == ".")
        {
            return string.Empty;
        }

        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? null : relative.Replace('\\', '/');
    }

    public void Dispose()
    {
        try
        {
            batch.StandardInput.Close();
            if (!batch.WaitForExit(5000))
            {
                batch.Kill();
            }
        }
        catch (Exception e) when (e is InvalidOperationException or IOException)
        {
            // Already gone: nothing left to release but the handle.
        }

        batch.Dispose();
    }

    private string ReadHeader()
    {
        var bytes = new List<byte>();
        int next;
        while ((next = batchOutput.ReadByte()) >= 0 && next != '\n')
        {
            bytes.Add((byte)next);
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    /// <summary>Runs git to completion; its standard output, or null when it failed (problem set only when git itself could not start).</summary>
    private static string? Run(string directory, out string? problem, params string[] arguments)
    {
        using var process = Start(directory, out problem, arguments);
        if (process is null)
        {
            return null;
        }

        process.StandardInput.Close();
        var errorTask = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        errorTask.Wait();
        return process.ExitCode == 0 ? output : null;
    }

    private static Process? Start(string directory, out string? problem, params string[] arguments)
    {
        var info = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
        };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add("core.quotePath=false");
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["GIT_TERMINAL_PROMPT"] = "0";
        info.Environment["LC_ALL"] = "C";
        try
        {
            problem = null;
            return Process.Start(info);
        }
        catch (Exception e) when (e is Win32Exception or FileNotFoundException)
        {
            problem = $"git was not found ({e.Message}); install git and put it on PATH to compare against a git ref";
            return null;
        }
    }
}
