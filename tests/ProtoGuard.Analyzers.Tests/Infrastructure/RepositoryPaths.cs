namespace ProtoGuard.Tests.Infrastructure;

internal static class RepositoryPaths
{
    /// <summary>The directory that holds ProtoGuard.sln, found by walking up from the test binaries.</summary>
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

        throw new DirectoryNotFoundException("ProtoGuard.sln not found above " + AppContext.BaseDirectory);
    }
}
