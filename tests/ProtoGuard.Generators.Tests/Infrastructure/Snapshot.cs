using System.Reflection;

namespace ProtoGuard.Generators.Tests.Infrastructure;

/// <summary>
/// Compares generated files with the committed <c>Snapshots/&lt;case&gt;/&lt;hint name&gt;.verified.cs</c>.
/// Set <c>PROTOGUARD_UPDATE_SNAPSHOTS=1</c> to rewrite them from the current output.
/// </summary>
internal static class Snapshot
{
    private const string VerifiedSuffix = ".verified.cs";

    public static void Verify(string caseName, IReadOnlyDictionary<string, string> generatedByHintName)
    {
        var directory = Path.Combine(ProjectDirectory(), "Snapshots", caseName);
        if (Environment.GetEnvironmentVariable("PROTOGUARD_UPDATE_SNAPSHOTS") == "1")
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }

            Directory.CreateDirectory(directory);
            foreach ((var hintName, var text) in generatedByHintName)
            {
                File.WriteAllText(Path.Combine(directory, hintName + VerifiedSuffix), text);
            }

            return;
        }

        Assert.True(Directory.Exists(directory), $"No snapshots in {directory}; run the tests with PROTOGUARD_UPDATE_SNAPSHOTS=1.");
        var expectedHintNames = Directory.GetFiles(directory, "*" + VerifiedSuffix)
            .Select(path => Path.GetFileName(path)[..^VerifiedSuffix.Length])
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(expectedHintNames, generatedByHintName.Keys.Order(StringComparer.Ordinal).ToArray());
        foreach ((var hintName, var text) in generatedByHintName)
        {
            var expected = File.ReadAllText(Path.Combine(directory, hintName + VerifiedSuffix));
            Assert.Equal(expected, text);
        }
    }

    private static string ProjectDirectory()
        => typeof(Snapshot).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "ProtoGuardTestProjectDirectory")
            .Value!;
}
