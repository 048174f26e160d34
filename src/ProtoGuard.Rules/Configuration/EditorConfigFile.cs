using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace ProtoGuard.Rules.Configuration;

/// <summary>
/// One parsed <c>.editorconfig</c> file, with Roslyn's reading of the format: <c>#</c>/<c>;</c> comments (also
/// after a value), case-insensitive keys, <c>root = true</c> in the preamble, section globs relative to the file's
/// directory (a glob without '/' matches in every subdirectory).
/// </summary>
public sealed class EditorConfigFile
{
    private static readonly Regex SectionLine = new(@"^\s*\[(([^#;]|\\#|\\;)+)\]\s*([#;].*)?$", RegexOptions.CultureInvariant);
    private static readonly Regex PropertyLine = new(@"^\s*([\w\.\-_]+)\s*[=:]\s*(.*?)\s*([#;].*)?$", RegexOptions.CultureInvariant);

    private EditorConfigFile(string directory, bool isRoot, IReadOnlyList<EditorConfigSection> sections)
    {
        Directory = directory;
        IsRoot = isRoot;
        Sections = sections;
    }

    /// <summary>The directory the file is in, '/'-separated, without a trailing '/'.</summary>
    public string Directory { get; }

    public bool IsRoot { get; }

    public IReadOnlyList<EditorConfigSection> Sections { get; }

    /// <summary>Parses the text of the .editorconfig at <paramref name="path"/>. Never throws: bad lines and bad globs are skipped.</summary>
    public static EditorConfigFile Parse(string path, string text)
    {
        var directory = NormalizePath(path);
        var slash = directory.LastIndexOf('/');
        directory = slash >= 0 ? directory.Substring(0, slash) : string.Empty;

        var isRoot = false;
        var sections = new List<EditorConfigSection>();
        Dictionary<string, string>? properties = null;
        EditorConfigGlob? glob = null;
        var inPreamble = true;

        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith("#", StringComparison.Ordinal) || line.TrimStart().StartsWith(";", StringComparison.Ordinal))
            {
                continue;
            }

            var section = SectionLine.Match(line);
            if (section.Success)
            {
                Flush();
                inPreamble = false;
                glob = EditorConfigGlob.TryCreate(section.Groups[1].Value);
                properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                continue;
            }

            var property = PropertyLine.Match(line);
            if (!property.Success)
            {
                continue;
            }

            var key = property.Groups[1].Value;
            var value = property.Groups[2].Value;
            if (inPreamble)
            {
                if (key == "root")
                {
                    isRoot = string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
                }
            }
            else if (properties is not null)
            {
                properties[key] = value;
            }
        }

        Flush();
        return new EditorConfigFile(directory, isRoot, sections);

        void Flush()
        {
            if (glob is not null && properties is not null)
            {
                sections.Add(new EditorConfigSection(glob, properties));
            }

            glob = null;
            properties = null;
        }
    }

    /// <summary>Whether this file's sections can apply to <paramref name="filePath"/> (it is under this file's directory).</summary>
    public bool Covers(string filePath) => NormalizePath(filePath).StartsWith(Directory + "/", StringComparison.Ordinal);

    /// <summary>Applies the sections matching <paramref name="filePath"/>, in order, to <paramref name="properties"/>.</summary>
    public void ApplyTo(string filePath, IDictionary<string, string> properties)
    {
        var normalized = NormalizePath(filePath);
        if (!normalized.StartsWith(Directory + "/", StringComparison.Ordinal))
        {
            return;
        }

        var relative = normalized.Substring(Directory.Length);
        foreach (var section in Sections)
        {
            if (section.Glob.IsMatch(relative))
            {
                foreach (var property in section.Properties)
                {
                    properties[property.Key] = property.Value;
                }
            }
        }
    }

    /// <summary>
    /// '/'-separated, with "." and ".." segments resolved: a Protobuf item <c>..\Proto\greet.proto</c> reaches the
    /// analyzer as <c>/src/Server/../Proto/greet.proto</c>, and must match <c>[Proto/*.proto]</c> in <c>/src/.editorconfig</c>
    /// and the sections of <c>/src/Proto/.editorconfig</c>.
    /// </summary>
    internal static string NormalizePath(string path)
    {
        var slashed = path.Replace('\\', '/');
        if (slashed.IndexOf("/.", StringComparison.Ordinal) < 0 && !slashed.StartsWith(".", StringComparison.Ordinal))
        {
            return slashed;
        }

        var parts = new List<string>();
        foreach (var part in slashed.Split('/'))
        {
            if (part == "." && parts.Count > 0)
            {
                continue;
            }

            if (part == ".." && parts.Count > 0 && parts[parts.Count - 1] != ".." && parts[parts.Count - 1].Length > 0 && !parts[parts.Count - 1].EndsWith(":", StringComparison.Ordinal))
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts.Add(part);
            }
        }

        return string.Join("/", parts);
    }
}

/// <summary>A <c>[glob]</c> section and its properties (keys compared case-insensitively, like Roslyn).</summary>
public sealed class EditorConfigSection
{
    public EditorConfigSection(EditorConfigGlob glob, IReadOnlyDictionary<string, string> properties)
    {
        Glob = glob;
        Properties = properties;
    }

    public EditorConfigGlob Glob { get; }

    public IReadOnlyDictionary<string, string> Properties { get; }
}
