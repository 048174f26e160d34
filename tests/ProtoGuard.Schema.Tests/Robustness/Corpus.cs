namespace ProtoGuard.Schema.Tests.Robustness;

/// <summary>
/// The googleapis corpus fetched by <c>build/corpus.sh</c> (npm google-proto-files@6.0.1, cached under .cache/corpus).
/// A failing script fails the test with its output: a robustness test that silently skips proves nothing.
/// </summary>
internal static class Corpus
{
    public const int ExpectedFileCount = 7243;

    public static string RepositoryRoot => RepositoryPaths.Root;

    /// <summary>The import root that holds google/, grafeas/ and the rest.</summary>
    public static string Directory => RepositoryPaths.Corpus;

    /// <summary>Every .proto file, as paths relative to <see cref="Directory"/> with '/' separators, in ordinal order.</summary>
    public static string[] RelativePaths()
    {
        var root = Directory;
        var paths = System.IO.Directory.GetFiles(root, "*.proto", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/'))
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToArray();
        Assert.True(paths.Length == ExpectedFileCount, $"expected {ExpectedFileCount} .proto files in {root}, found {paths.Length}");
        return paths;
    }
}
