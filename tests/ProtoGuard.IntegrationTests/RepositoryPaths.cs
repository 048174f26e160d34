namespace ProtoGuard.IntegrationTests;

internal static class RepositoryPaths
{
    /// <summary>The repository root: the nearest ancestor of the test binaries holding ProtoGuard.sln.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ProtoGuard.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ProtoGuard.sln was not found above " + AppContext.BaseDirectory);
    }
}
