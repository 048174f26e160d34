using ProtoGuard.Rules.Configuration;

namespace ProtoGuard.Cli;

/// <summary>Finds the nearest buf.yaml above a file (as buf does without --config) and gives its lint options; each directory is read once.</summary>
internal sealed class BufConfigDiscovery
{
    private readonly Dictionary<string, BufConfig?> _byDirectory = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> GetOptions(string fullPath)
    {
        for (var directory = Path.GetDirectoryName(fullPath); directory is not null; directory = Path.GetDirectoryName(directory))
        {
            if (Read(directory) is { } config)
            {
                return config.OptionsFor(fullPath.Replace('\\', '/'));
            }
        }

        return new Dictionary<string, string>();
    }

    private BufConfig? Read(string directory)
    {
        if (!_byDirectory.TryGetValue(directory, out var config))
        {
            var path = Path.Combine(directory, "buf.yaml");
            config = null;
            try
            {
                if (File.Exists(path))
                {
                    config = BufConfig.Parse(path.Replace('\\', '/'), File.ReadAllText(path));
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                config = null;
            }

            _byDirectory[directory] = config;
        }

        return config;
    }
}
