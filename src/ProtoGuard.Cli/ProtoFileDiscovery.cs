namespace ProtoGuard.Cli;

/// <summary>A .proto file to lint: where it is on disk and how reports name it (relative to the current directory, '/' separated).</summary>
internal sealed record ProtoFile(string FullPath, string DisplayPath);

internal static class ProtoFileDiscovery
{
    /// <summary>The .proto files named by <paramref name="paths"/>, ordinal-sorted and distinct; null (after a message) when a path does not exist.</summary>
    public static IReadOnlyList<ProtoFile>? Find(IEnumerable<string> paths, TextWriter error)
    {
        var found = new SortedDictionary<string, ProtoFile>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                Add(found, path);
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*.proto", SearchOption.AllDirectories))
                {
                    Add(found, file);
                }
            }
            else
            {
                error.WriteLine($"protoguard: '{path}' is neither a file nor a directory");
                return null;
            }
        }

        return found.Values.ToArray();
    }

    private static void Add(SortedDictionary<string, ProtoFile> found, string path)
    {
        var fullPath = Path.GetFullPath(path);
        var display = Path.GetRelativePath(Directory.GetCurrentDirectory(), fullPath).Replace('\\', '/');
        found[display] = new ProtoFile(fullPath, display);
    }
}
