namespace ProtoGuard.Cli;

/// <summary>A .proto file to lint: where it is on disk and how reports name it (relative to the current directory, '/' separated).</summary>
internal sealed record ProtoFile(string FullPath, string DisplayPath);

/// <summary>
/// Which files the paths on a command line name: a file as given (whatever its extension), a directory's .proto files
/// recursively. While walking, the directories a build or a package manager owns (<c>node_modules</c>, <c>bin</c>,
/// <c>obj</c>, <c>.git</c>) are skipped unless <c>--no-default-excludes</c> (a directory named on the command line is
/// always walked), and <c>--exclude</c> patterns (<see cref="Glob"/>) are matched against each file's and directory's
/// path relative to the current directory and to the directory argument it was found under.
/// </summary>
internal static class ProtoFileDiscovery
{
    public static readonly string[] DefaultExcludedDirectories = ["node_modules", "bin", "obj", ".git"];

    /// <summary>The .proto files named by <paramref name="paths"/>, ordinal-sorted and distinct; null (after a one-line message) when a path does not exist or a directory cannot be read.</summary>
    public static IReadOnlyList<ProtoFile>? Find(IEnumerable<string> paths, TextWriter error) =>
        Find(paths, [], includeDefaultExcluded: false, error);

    public static IReadOnlyList<ProtoFile>? Find(IEnumerable<string> paths, IReadOnlyList<Glob> excludes, bool includeDefaultExcluded, TextWriter error)
    {
        var currentDirectory = Directory.GetCurrentDirectory();
        var found = new SortedDictionary<string, ProtoFile>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                var file = Create(path, currentDirectory);
                if (!excludes.Any(glob => glob.IsMatch(file.DisplayPath)))
                {
                    found[file.DisplayPath] = file;
                }
            }
            else if (Directory.Exists(path))
            {
                var walk = new Walk(Path.GetFullPath(path), currentDirectory, excludes, includeDefaultExcluded, found);
                if (!walk.Run(error))
                {
                    return null;
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

    private static ProtoFile Create(string path, string currentDirectory)
    {
        var fullPath = Path.GetFullPath(path);
        return new ProtoFile(fullPath, Path.GetRelativePath(currentDirectory, fullPath).Replace('\\', '/'));
    }

    private sealed class Walk(string root, string currentDirectory, IReadOnlyList<Glob> excludes, bool includeDefaultExcluded, SortedDictionary<string, ProtoFile> found)
    {
        // Real paths of the directories entered: a symbolic link back up the tree is walked once, not forever.
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);

        public bool Run(TextWriter error)
        {
            var pending = new Stack<string>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                var directory = pending.Pop();
                if (!_visited.Add(RealPath(directory)))
                {
                    continue;
                }

                IEnumerable<FileSystemInfo> entries;
                try
                {
                    entries = new DirectoryInfo(directory).EnumerateFileSystemInfos().ToArray();
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    error.WriteLine($"protoguard: cannot read directory '{Display(directory)}': {e.Message}");
                    return false;
                }

                foreach (var entry in entries)
                {
                    var isDirectory = entry is DirectoryInfo;
                    if (isDirectory && !includeDefaultExcluded && DefaultExcludedDirectories.Contains(entry.Name, StringComparer.Ordinal))
                    {
                        continue;
                    }

                    if (!isDirectory && !entry.Name.EndsWith(".proto", StringComparison.OrdinalIgnoreCase))
                    {
                        continue;
                    }

                    var display = Display(entry.FullName);
                    var underRoot = Path.GetRelativePath(root, entry.FullName).Replace('\\', '/');
                    if (excludes.Any(glob => glob.IsMatch(display) || glob.IsMatch(underRoot)))
                    {
                        continue;
                    }

                    if (isDirectory)
                    {
                        pending.Push(entry.FullName);
                    }
                    else
                    {
                        found[display] = new ProtoFile(entry.FullName, display);
                    }
                }
            }

            return true;
        }

        private string Display(string fullPath) => Path.GetRelativePath(currentDirectory, fullPath).Replace('\\', '/');

        private static string RealPath(string directory)
        {
            try
            {
                return new DirectoryInfo(directory).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? directory;
            }
            catch (IOException)
            {
                return directory;
            }
        }
    }
}
