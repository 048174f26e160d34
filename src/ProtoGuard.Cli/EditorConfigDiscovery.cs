using ProtoGuard.Rules.Configuration;

namespace ProtoGuard.Cli;

/// <summary>
/// Finds and parses the .editorconfig files above a file, as the IDE and the build see them, so that
/// <c>protoguard lint</c> honors the same severities and rule options. Each directory is read once.
/// </summary>
internal sealed class EditorConfigDiscovery
{
    private readonly Dictionary<string, EditorConfigFile?> _byDirectory = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> GetProperties(string fullPath)
    {
        var files = new List<EditorConfigFile>();
        for (var directory = Path.GetDirectoryName(fullPath); directory is not null; directory = Path.GetDirectoryName(directory))
        {
            if (Read(directory) is { } file)
            {
                files.Add(file);
                if (file.IsRoot)
                {
                    break;
                }
            }
        }

        return new EditorConfigSet(files).GetProperties(fullPath);
    }

    private EditorConfigFile? Read(string directory)
    {
        if (!_byDirectory.TryGetValue(directory, out var file))
        {
            var path = Path.Combine(directory, ".editorconfig");
            file = null;
            if (File.Exists(path))
            {
                try
                {
                    file = EditorConfigFile.Parse(path, File.ReadAllText(path));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    file = null;
                }
            }

            _byDirectory[directory] = file;
        }

        return file;
    }
}
