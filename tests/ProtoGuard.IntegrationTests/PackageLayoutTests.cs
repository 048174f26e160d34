using System.IO.Compression;

namespace ProtoGuard.IntegrationTests;

[Collection(PackedPackageCollection.Name)]
public sealed class PackageLayoutTests(PackedPackage package)
{
    private IReadOnlyList<string> Entries()
    {
        using var archive = ZipFile.OpenRead(package.PackagePath);
        return archive.Entries.Select(entry => entry.FullName).Order(StringComparer.Ordinal).ToArray();
    }

    [Fact]
    public void Analyzer_folder_holds_every_ProtoGuard_assembly_and_nothing_else()
    {
        var analyzers = Entries().Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)).ToArray();

        Assert.Equal(
            [
                "analyzers/dotnet/cs/ProtoGuard.Analyzers.dll",
                "analyzers/dotnet/cs/ProtoGuard.CodeFixes.dll",
                "analyzers/dotnet/cs/ProtoGuard.Generators.dll",
                "analyzers/dotnet/cs/ProtoGuard.Rules.dll",
                "analyzers/dotnet/cs/ProtoGuard.Schema.dll",
            ],
            analyzers);
    }

    [Fact]
    public void Build_and_buildTransitive_hold_the_props_and_targets()
    {
        var entries = Entries();

        Assert.Contains("build/ProtoGuard.props", entries);
        Assert.Contains("build/ProtoGuard.targets", entries);
        Assert.Contains("buildTransitive/ProtoGuard.props", entries);
        Assert.Contains("buildTransitive/ProtoGuard.targets", entries);
    }

    [Fact]
    public void Package_has_no_lib_folder_and_no_dependencies()
    {
        var entries = Entries();
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) || e.StartsWith("ref/", StringComparison.Ordinal));

        using var archive = ZipFile.OpenRead(package.PackagePath);
        using var nuspecStream = archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var nuspec = System.Xml.Linq.XDocument.Load(nuspecStream);
        var ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        Assert.Equal("true", metadata.Element(ns + "developmentDependency")?.Value);
        Assert.Empty(metadata.Descendants(ns + "dependency"));
    }
}
