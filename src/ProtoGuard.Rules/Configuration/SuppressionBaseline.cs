using System;
using System.Collections.Generic;

namespace ProtoGuard.Rules.Configuration;

/// <summary>
/// A suppression baseline (<c>ProtoGuard.Suppressions.txt</c>, written by the <c>ProtoGuardWriteSuppressions</c>
/// MSBuild target): one <c>PGxxxx relative/path</c> per line, paths relative to the baseline's directory ('/'-separated,
/// <c>../</c> allowed), <c>#</c> comments. Each line silences one rule in one file, so a team can adopt ProtoGuard in a
/// TreatWarningsAsErrors repository and burn the list down.
/// </summary>
public sealed class SuppressionBaseline
{
    public static readonly SuppressionBaseline Empty = new(new HashSet<string>(StringComparer.Ordinal));

    private readonly HashSet<string> _entries;

    private SuppressionBaseline(HashSet<string> entries)
    {
        this._entries = entries;
    }

    public bool IsEmpty => _entries.Count == 0;

    /// <summary>Parses the baseline at <paramref name="path"/>. Never throws: lines that are not "ID path" are skipped.</summary>
    public static SuppressionBaseline Parse(string path, string text) => Empty.With(path, text);

    /// <summary>This baseline plus the entries of the one at <paramref name="path"/>.</summary>
    public SuppressionBaseline With(string path, string text)
    {
        var directory = EditorConfigFile.NormalizePath(path);
        var slash = directory.LastIndexOf('/');
        directory = slash >= 0 ? directory.Substring(0, slash) : string.Empty;

        var result = new HashSet<string>(_entries, StringComparer.Ordinal);
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0 || line.StartsWith("#", StringComparison.Ordinal))
            {
                continue;
            }

            var space = line.IndexOf(' ');
            if (space <= 0)
            {
                continue;
            }

            var id = line.Substring(0, space);
            var relative = line.Substring(space + 1).Trim();
            if (relative.Length > 0)
            {
                result.Add(Key(id, EditorConfigFile.NormalizePath(directory + "/" + relative)));
            }
        }

        return new SuppressionBaseline(result);
    }

    /// <summary>True when the baseline silences <paramref name="id"/> in the file at <paramref name="filePath"/> (absolute).</summary>
    public bool IsSuppressed(string id, string filePath) =>
        _entries.Count > 0 && _entries.Contains(Key(id, EditorConfigFile.NormalizePath(filePath)));

    private static string Key(string id, string path) => id + " " + path;
}
