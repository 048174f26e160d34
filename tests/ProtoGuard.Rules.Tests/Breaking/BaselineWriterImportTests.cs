using ProtoGuard.Rules.Breaking.Baseline;

namespace ProtoGuard.Rules.Tests.Breaking;

/// <summary>The baseline task's entry point resolves imports from its roots with the shared resolver, first root first.</summary>
public sealed class BaselineWriterImportTests : IDisposable
{
    private const string Main = "syntax = \"proto3\";\npackage demo.v1;\nimport \"demo/v1/common.proto\";\nmessage Main {\n  Shared shared = 1;\n}\n";

    private readonly string _directory = Directory.CreateTempSubdirectory("protoguard-baseline-imports-").FullName;

    public BaselineWriterImportTests()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "first", "demo", "v1"));
        Directory.CreateDirectory(Path.Combine(_directory, "second", "demo", "v1"));
        File.WriteAllText(Path.Combine(_directory, "first", "demo", "v1", "common.proto"), "syntax = \"proto3\";\npackage demo.v1;\nmessage Shared {}\n");
        File.WriteAllText(Path.Combine(_directory, "second", "demo", "v1", "common.proto"), "syntax = \"proto3\";\npackage demo.v1;\nmessage Other {}\n");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Imports_come_from_the_first_root_that_has_them()
    {
        var sources = new[] { new KeyValuePair<string, string>("demo/v1/main.proto", Main) };

        var text = BaselineWriter.TryWriteFromSources(sources, new[] { Path.Combine(_directory, "first"), Path.Combine(_directory, "second") }, out var errors);
        var shadowed = BaselineWriter.TryWriteFromSources(sources, new[] { Path.Combine(_directory, "second"), Path.Combine(_directory, "first") }, out var shadowedErrors);

        Assert.Empty(errors);
        Assert.Contains("demo.v1.Main", text, StringComparison.Ordinal);
        Assert.Null(shadowed);
        Assert.Equal("demo/v1/main.proto(5,3): PG0003: ", Assert.Single(shadowedErrors)[..33]);
    }
}
