using System;
using System.Collections.Generic;
using System.Linq;

namespace ProtoGuard.Rules.Configuration;

/// <summary>
/// The .editorconfig files of a project, resolved per file the way editors do: files in the directories above the
/// file, nearest last, stopping at the first <c>root = true</c>.
/// </summary>
public sealed class EditorConfigSet
{
    public static readonly EditorConfigSet Empty = new(Array.Empty<EditorConfigFile>());

    private readonly IReadOnlyList<EditorConfigFile> _files;

    public EditorConfigSet(IEnumerable<EditorConfigFile> files)
    {
        // Deepest directory last, so nearer files override farther ones.
        this._files = files.OrderBy(file => file.Directory.Length).ThenBy(file => file.Directory, StringComparer.Ordinal).ToArray();
    }

    public bool IsEmpty => _files.Count == 0;

    /// <summary>The properties that apply to <paramref name="filePath"/> (an absolute path).</summary>
    public IReadOnlyDictionary<string, string> GetProperties(string filePath)
    {
        var applicable = new List<EditorConfigFile>();
        for (var i = _files.Count - 1; i >= 0; i--)
        {
            if (_files[i].Covers(filePath))
            {
                applicable.Add(_files[i]);
                if (_files[i].IsRoot)
                {
                    break;
                }
            }
        }

        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = applicable.Count - 1; i >= 0; i--)
        {
            applicable[i].ApplyTo(filePath, properties);
        }

        return properties;
    }
}
