using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;

namespace ProtoGuard.Rules.Breaking;

/// <summary>
/// Reads files as they are at a git ref, with the git executable: <c>git ls-tree</c> lists them, one long-running
/// <c>git cat-file --batch</c> reads them (one process for thousands of files). The working tree and the index are
/// never touched. <see cref="Open"/> explains every reason it cannot (no git, not a repository, unknown ref, a
/// shallow clone) with what to run. The one implementation behind <c>protoguard breaking --against REF</c> and the
/// package's git-ref mode (<c>ProtoGuardBreakingAgainst</c>, whose inline MSBuild task references this assembly from
/// the package's analyzers folder): only BCL types in its API, and never used by an analyzer.
/// </summary>
public sealed class GitRefReader : IDisposable
{
    private static readonly StringComparison PathComparison = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private readonly Process _batch;
    private readonly Stream _batchOutput;

    private GitRefReader(string repositoryRoot, string reference, string commit, Process batch)
    {
        RepositoryRoot = repositoryRoot;
        Reference = reference;
        Commit = commit;
        this._batch = batch;
        _batchOutput = new BufferedStream(batch.StandardOutput.BaseStream);
    }

    /// <summary>The repository's top-level directory (full path).</summary>
    public string RepositoryRoot { get; }

    /// <summary>The ref as given (<c>origin/main</c>, a tag, a commit).</summary>
    public string Reference { get; }

    /// <summary>The commit the ref resolves to.</summary>
    public string Commit { get; }

    /// <summary>
    /// Opens <paramref name="reference"/> of the repository that contains <paramref name="directory"/>, or returns null
    /// with <paramref name="problem"/> saying why and what to do. <paramref name="setting"/> is where the ref came from
    /// when it is a setting (<c>ProtoGuardBreakingAgainst</c>; the messages then name it and how to turn it off), null
    /// for a command-line argument.
    /// </summary>
    public static GitRefReader? Open(string directory, string reference, string? setting, out string? problem)
    {
        var alternative = setting is null ? "compare against a directory or a baseline file" : $"leave {setting} empty to compare with the baseline file";
        var origin = setting is null ? string.Empty : $" ({setting})";
        var topLevel = Run(directory, alternative, out problem, "rev-parse", "--show-toplevel");
        if (topLevel is null)
        {
            problem ??= setting is null
                ? $"'{Path.GetFullPath(directory)}' is not inside a git repository, so the ref '{reference}' cannot be read; run in a clone, or {alternative}"
                : $"'{Path.GetFullPath(directory)}' is not inside a git repository, so {setting} '{reference}' cannot be read; build in a clone, or {alternative}";
            return null;
        }

        var root = Path.GetFullPath(topLevel.Trim());
        var commit = Run(root, alternative, out problem, "rev-parse", "--verify", "--quiet", "--end-of-options", reference + "^{commit}");
        if (commit is null)
        {
            if (problem is not null)
            {
                return null;
            }

            problem = Run(root, alternative, out _, "rev-parse", "--is-shallow-repository")?.Trim() == "true"
                ? $"The git ref '{reference}'{origin} is not in this shallow clone; fetch the history first: 'git fetch --unshallow' (GitHub Actions: actions/checkout with 'fetch-depth: 0'; Azure Pipelines: 'fetchDepth: 0')"
                : $"Unknown git ref '{reference}'{origin}; check the name, or fetch it first (for 'origin/main': 'git fetch origin main')";
            return null;
        }

        if (Start(root, alternative, out problem, "cat-file", "--batch") is not { } process)
        {
            return null;
        }

        return new GitRefReader(root, reference, commit.Trim(), process);
    }

    /// <summary>
    /// The files and directories (repository-relative, '/' separated) in <paramref name="repositoryPath"/> at the ref:
    /// every file below it when <paramref name="recursive"/>, else its direct entries. Empty when it does not exist there.
    /// </summary>
    public IReadOnlyList<string> ListFiles(string repositoryPath, bool recursive = true)
    {
        var target = repositoryPath.Length == 0 ? "." : recursive ? repositoryPath : repositoryPath.TrimEnd('/') + "/";
        var listing = recursive
            ? Run(RepositoryRoot, string.Empty, out _, "ls-tree", "-r", "-z", "--name-only", "--full-tree", Commit, "--", target)
            : Run(RepositoryRoot, string.Empty, out _, "ls-tree", "-z", "--name-only", "--full-tree", Commit, "--", target);
        return listing is null ? Array.Empty<string>() : listing.Split(new[] { '\0' }, StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The text of the file at <paramref name="repositoryPath"/> (repository-relative, '/' separated) at the ref, or null when it is not a file there.</summary>
    public string? ReadFile(string repositoryPath)
    {
        if (repositoryPath.IndexOf('\n') >= 0)
        {
            return null;
        }

        var request = Encoding.UTF8.GetBytes(Commit + ":" + repositoryPath + "\n");
        _batch.StandardInput.BaseStream.Write(request, 0, request.Length);
        _batch.StandardInput.BaseStream.Flush();

        // "<sha> blob <size>\n<content>\n", or "<object> missing\n" (or "ambiguous").
        var fields = ReadHeader().Split(' ');
        if (fields.Length != 3 || !long.TryParse(fields[2], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var size))
        {
            return null;
        }

        var content = new byte[size];
        var read = 0;
        while (read < size)
        {
            var count = _batchOutput.Read(content, read, (int)Math.Min(size - read, int.MaxValue));
            if (count == 0)
            {
                throw new IOException("git cat-file ended early");
            }

            read += count;
        }

        _batchOutput.ReadByte();
        return fields[1] == "blob" ? new UTF8Encoding(false).GetString(content) : null;
    }

    /// <summary>The repository-relative path ('/' separated) of <paramref name="fullPath"/>, or null when it is outside the repository.</summary>
    public string? RepositoryPath(string fullPath)
    {
        var path = Path.GetFullPath(fullPath).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        var root = RepositoryRoot.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        if (string.Equals(path, root, PathComparison))
        {
            return string.Empty;
        }

        var prefix = root + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, PathComparison) ? path.Substring(prefix.Length).Replace('\\', '/') : null;
    }

    public void Dispose()
    {
        try
        {
            _batch.StandardInput.Close();
            if (!_batch.WaitForExit(5000))
            {
                _batch.Kill();
            }
        }
        catch (Exception e) when (e is InvalidOperationException || e is IOException)
        {
            // Already gone: nothing left to release but the handle.
        }

        _batch.Dispose();
    }

    private string ReadHeader()
    {
        var bytes = new List<byte>();
        int next;
        while ((next = _batchOutput.ReadByte()) >= 0 && next != '\n')
        {
            bytes.Add((byte)next);
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    /// <summary>Runs git to completion; its standard output, or null when it failed (problem set only when git itself could not start).</summary>
    private static string? Run(string directory, string alternative, out string? problem, params string[] arguments)
    {
        using var process = Start(directory, alternative, out problem, arguments);
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

    private static Process? Start(string directory, string alternative, out string? problem, params string[] arguments)
    {
        var info = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            Arguments = string.Join(" ", new[] { "-c", "core.quotePath=false" }.Concat(arguments).Select(Quote)),
        };
        info.EnvironmentVariables["GIT_TERMINAL_PROMPT"] = "0";
        info.EnvironmentVariables["LC_ALL"] = "C";
        try
        {
            problem = null;
            return Process.Start(info);
        }
        catch (Exception e) when (e is Win32Exception || e is FileNotFoundException)
        {
            problem = $"git was not found ({e.Message}); install git and put it on PATH, or {alternative}";
            return null;
        }
    }

    /// <summary>One argument as the runtime splits <see cref="ProcessStartInfo.Arguments"/> (the Windows command-line rules; netstandard2.0 has no ArgumentList).</summary>
    private static string Quote(string argument)
    {
        var builder = new StringBuilder("\"");
        var backslashes = 0;
        foreach (var c in argument)
        {
            if (c == '\\')
            {
                backslashes++;
                continue;
            }

            builder.Append('\\', c == '"' ? (backslashes * 2) + 1 : backslashes);
            backslashes = 0;
            builder.Append(c);
        }

        return builder.Append('\\', backslashes * 2).Append('"').ToString();
    }
}
