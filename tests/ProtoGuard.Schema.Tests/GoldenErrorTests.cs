using ProtoGuard.Schema.Text;

namespace ProtoGuard.Schema.Tests;

/// <summary>
/// Each <c>testdata/errors/*.proto</c> has one problem; its rendered diagnostics are committed next to it as
/// <c>*.errors.txt</c>. Set <c>PROTOGUARD_UPDATE_GOLDEN=1</c> to rewrite the expected files, then review the diff.
/// </summary>
public class GoldenErrorTests
{
    private static string ErrorsDirectory => Path.Combine(TestSupport.TestDataDirectory(), "errors");

    public static TheoryData<string> ErrorFiles()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(ErrorsDirectory, "*.proto").OrderBy(p => p, StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ErrorFiles))]
    public void DiagnosticsMatchTheGoldenFile(string fileName)
    {
        var path = Path.Combine(ErrorsDirectory, fileName);
        var file = ProtoParser.Parse(SourceText.From(File.ReadAllText(path), path));
        var actual = TestSupport.RenderDiagnostics(file);
        var expectedPath = Path.ChangeExtension(path, ".errors.txt");

        if (Environment.GetEnvironmentVariable("PROTOGUARD_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedPath, actual);
        }

        Assert.True(file.HasErrors);
        RobustnessTests.AssertWellFormed(file);
        Assert.True(File.Exists(expectedPath), "Missing " + expectedPath + "; run with PROTOGUARD_UPDATE_GOLDEN=1");
        Assert.Equal(File.ReadAllText(expectedPath).Replace("\r\n", "\n"), actual);
    }

    [Fact]
    public void ThereAreAtLeastSixtyErrorCasesAndNoOrphanedGoldenFiles()
    {
        var protos = Directory.GetFiles(ErrorsDirectory, "*.proto");
        Assert.True(protos.Length >= 60, "only " + protos.Length + " error cases");
        foreach (var golden in Directory.GetFiles(ErrorsDirectory, "*.errors.txt"))
        {
            var proto = golden.Substring(0, golden.Length - ".errors.txt".Length) + ".proto";
            Assert.True(File.Exists(proto), "Golden file without input: " + golden);
        }
    }
}
