using ProtoGuard.Schema.Linking;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Schema.Tests.Linking;

/// <summary>The one import resolver (roots + accessor) that the CLI, the analyzer and the baseline task share.</summary>
public sealed class ImportResolverTests
{
    [Fact]
    public void Roots_are_searched_in_order_and_the_first_that_has_the_file_wins()
    {
        var asked = new List<string>();
        var resolver = new ImportResolver(new[] { "/a", "/b/", "/c" }, (path, importPath) =>
        {
            asked.Add(path);
            return path.StartsWith("/b/", StringComparison.Ordinal) || path.StartsWith("/c/", StringComparison.Ordinal) ? SourceText.From("// " + path, importPath) : null;
        });

        var text = resolver.Resolve("x/y.proto");

        Assert.Equal("// /b/x/y.proto", text?.Text);
        Assert.Equal("x/y.proto", text?.Path);
        Assert.Equal(new[] { "/a/x/y.proto", "/b/x/y.proto" }, asked);
    }

    [Fact]
    public void Roots_are_normalized_and_deduplicated()
    {
        var resolver = new ImportResolver(new[] { "/p/./q/", "/p/q", "C:\\work\\protos", "/p/r/../s" }, (_, _) => null);

        Assert.Equal(new[] { "/p/q", "C:/work/protos", "/p/s" }, resolver.Roots);
    }

    [Theory]
    [InlineData(typeof(IOException))]
    [InlineData(typeof(UnauthorizedAccessException))]
    public void A_file_that_cannot_be_read_leaves_the_import_unresolved(Type exceptionType)
    {
        var resolver = new ImportResolver(new[] { "/a", "/b" }, (path, importPath) =>
            path.StartsWith("/a/", StringComparison.Ordinal) ? throw (Exception)Activator.CreateInstance(exceptionType, "denied")! : SourceText.From("", importPath));

        Assert.Null(resolver.Resolve("x.proto"));
    }

    [Fact]
    public void Other_exceptions_are_not_swallowed()
    {
        var resolver = new ImportResolver(new[] { "/a" }, (_, _) => throw new InvalidOperationException("bug"));

        Assert.Throws<InvalidOperationException>(() => resolver.Resolve("x.proto"));
    }

    [Theory]
    [InlineData("/work/protos/demo/v1/user.proto", "demo/v1/user.proto")]
    [InlineData("/work/vendor/google/api/http.proto", "google/api/http.proto")]
    [InlineData("/work/protos/../vendor/a.proto", "a.proto")]
    [InlineData("/work/protosx/a.proto", null)]
    [InlineData("/work/protos", null)]
    [InlineData("/elsewhere/a.proto", null)]
    public void ImportPathOf_is_relative_to_the_first_root_that_holds_the_file(string path, string? expected)
    {
        var resolver = new ImportResolver(new[] { "/work/protos", "/work/vendor" }, (_, _) => null);

        Assert.Equal(expected, resolver.ImportPathOf(path));
    }

    [Fact]
    public void FileSystem_reads_from_disk_and_names_files_as_asked()
    {
        var directory = Directory.CreateTempSubdirectory("protoguard-resolver-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(directory, "second", "demo"));
            File.WriteAllText(Path.Combine(directory, "second", "demo", "a.proto"), "syntax = \"proto3\";");
            Directory.CreateDirectory(Path.Combine(directory, "first", "demo", "a.proto"));

            var roots = new[] { Path.Combine(directory, "first"), Path.Combine(directory, "second") };
            var byImportPath = ImportResolver.FileSystem(roots).Resolve("demo/a.proto");
            var byPath = ImportResolver.FileSystem(roots, (path, _) => "shown:" + path).Resolve("demo/a.proto");

            Assert.Equal("syntax = \"proto3\";", byImportPath?.Text);
            Assert.Equal("demo/a.proto", byImportPath?.Path);
            Assert.Equal("shown:" + ImportResolver.NormalizePath(Path.Combine(directory, "second", "demo", "a.proto")), byPath?.Path);
            Assert.Null(ImportResolver.FileSystem(roots).Resolve("demo/missing.proto"));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
