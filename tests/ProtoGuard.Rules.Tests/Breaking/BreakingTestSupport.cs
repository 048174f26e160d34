using ProtoGuard.Rules.Breaking.Model;
using ProtoGuard.Schema.Linking;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Rules.Tests.Breaking;

/// <summary>Loads a directory of .proto files (import paths relative to it) and links them as one schema.</summary>
internal static class BreakingTestSupport
{
    public static string CasesRoot => Path.Combine(RepositoryPaths.Root, "tests", "ProtoGuard.Rules.Tests", "testdata", "breaking");

    public static ProtoCompilation Compile(string root)
    {
        var paths = Directory.EnumerateFiles(root, "*.proto", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var compilation = ProtoCompilation.Create(paths, importPath =>
        {
            var full = Path.Combine(root, importPath);
            return File.Exists(full) ? SourceText.From(File.ReadAllText(full), importPath) : null;
        });
        var errors = compilation.AllFiles.SelectMany(file => file.Diagnostics).Where(d => d.Severity == ProtoGuard.Schema.SchemaSeverity.Error).ToArray();
        Assert.True(errors.Length == 0, root + ": " + string.Join("; ", errors.Select(e => e.Message)));
        return compilation;
    }

    public static SchemaShape Shape(string root) => SchemaShapeBuilder.Build(Compile(root));

    /// <summary>Parses a one-file schema from text, at <paramref name="path"/>.</summary>
    public static SchemaShape ShapeOf(string text, string path = "acme/v1/a.proto") =>
        SchemaShapeBuilder.Build(ProtoCompilation.Create(new[] { path }, importPath => importPath == path ? SourceText.From(text, path) : null));
}
