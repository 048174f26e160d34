using System;
using System.Collections.Generic;
using System.IO;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Schema.Linking;

/// <summary>
/// Finds the file an <c>import</c> names, as protoc does with its <c>-I</c> roots (protocompile's SourceResolver shape):
/// import roots searched in order, and an accessor that opens a path. Paths are '/'-separated and normalized, so the
/// same roots give the same answers on every platform and in the analyzer, which reads no files (its accessor looks
/// the path up among the compilation's additional files). Pass <see cref="Resolve"/> to
/// <c>ProtoCompilation.Create</c>.
/// </summary>
public sealed class ImportResolver
{
    private readonly Func<string, string, SourceText?> _accessor;

    /// <param name="roots">Import roots (directories), searched in order; duplicates are dropped.</param>
    /// <param name="accessor">
    /// Opens the file at a path (root + import path, normalized) for an import path, or returns null when there is no
    /// file there. An <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> it throws means the file
    /// exists but cannot be read: the import then stays unresolved (reported as PG0002) rather than failing the run.
    /// </param>
    public ImportResolver(IEnumerable<string> roots, Func<string, string, SourceText?> accessor)
    {
        var distinct = new List<string>();
        foreach (var root in roots)
        {
            var normalized = NormalizePath(root);
            if (!distinct.Contains(normalized))
            {
                distinct.Add(normalized);
            }
        }

        Roots = distinct;
        this._accessor = accessor;
    }

    /// <summary>The import roots, normalized, in search order.</summary>
    public IReadOnlyList<string> Roots { get; }

    /// <summary>
    /// Reads imports from disk. <paramref name="displayPath"/> names the resolved file in diagnostics (given its path and
    /// import path); by default the import path, as protoc names it.
    /// </summary>
    public static ImportResolver FileSystem(IEnumerable<string> roots, Func<string, string, string>? displayPath = null) =>
        new(roots, (path, importPath) => File.Exists(path) ? SourceText.From(File.ReadAllText(path), displayPath?.Invoke(path, importPath) ?? importPath) : null);

    /// <summary>The file <paramref name="importPath"/> names, from the first root that has it; null when none has it or it cannot be read.</summary>
    public SourceText? Resolve(string importPath)
    {
        foreach (var root in Roots)
        {
            try
            {
                if (_accessor(Combine(root, importPath), importPath) is { } text)
                {
                    return text;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The import path of the file at <paramref name="path"/>: relative to the first root that holds it, or null.</summary>
    public string? ImportPathOf(string path)
    {
        var normalized = NormalizePath(path);
        foreach (var root in Roots)
        {
            var prefix = root.EndsWith("/", StringComparison.Ordinal) ? root : root + "/";
            if (normalized.StartsWith(prefix, StringComparison.Ordinal) && normalized.Length > prefix.Length)
            {
                return normalized.Substring(prefix.Length);
            }
        }

        return null;
    }

    /// <summary><paramref name="path"/> against <paramref name="baseDirectory"/> unless it is rooted (Unix or Windows), normalized.</summary>
    public static string Combine(string baseDirectory, string path)
    {
        var slashed = path.Replace('\\', '/');
        return NormalizePath(IsRooted(slashed) ? slashed : baseDirectory + "/" + slashed);
    }

    /// <summary>'/' separators, no empty or '.' segments, '..' folded into its parent where there is one.</summary>
    public static string NormalizePath(string path)
    {
        var slashed = path.Replace('\\', '/');
        var rooted = slashed.StartsWith("/", StringComparison.Ordinal);
        var parts = new List<string>();
        foreach (var part in slashed.Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == ".." && parts.Count > 0 && parts[parts.Count - 1] != "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts.Add(part);
            }
        }

        return (rooted ? "/" : string.Empty) + string.Join("/", parts);
    }

    private static bool IsRooted(string slashed) =>
        slashed.StartsWith("/", StringComparison.Ordinal) || (slashed.Length >= 2 && slashed[1] == ':');
}
