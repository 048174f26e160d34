using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

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
        // Every .dll in a folder whose name starts with "analyzers" reaches the compiler (the .NET SDK's rule), so the
        // ReadyToRun images live elsewhere.
        var analyzers = Entries().Where(e => e.StartsWith("analyzers", StringComparison.OrdinalIgnoreCase)).ToArray();

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
    public void ReadyToRun_folder_holds_linux_x64_images_of_the_same_assemblies()
    {
        var readyToRun = Entries().Where(e => e.StartsWith("readytorun/", StringComparison.Ordinal)).ToArray();
        Assert.Equal(
            [
                "readytorun/linux-x64/ProtoGuard.Analyzers.dll",
                "readytorun/linux-x64/ProtoGuard.CodeFixes.dll",
                "readytorun/linux-x64/ProtoGuard.Generators.dll",
                "readytorun/linux-x64/ProtoGuard.Rules.dll",
                "readytorun/linux-x64/ProtoGuard.Schema.dll",
            ],
            readyToRun);

        foreach (var name in new[] { "Analyzers", "Generators", "Rules", "Schema" })
        {
            var image = ReadAssembly($"readytorun/linux-x64/ProtoGuard.{name}.dll");
            var portable = ReadAssembly($"analyzers/dotnet/cs/ProtoGuard.{name}.dll");

            // Linux x64 ReadyToRun: machine AMD64 xor the Linux marker 0x7B79, and a ReadyToRun header.
            Assert.Equal((Machine)0xFD1D, image.Machine);
            Assert.True(image.HasNativeCode, name);
            Assert.Equal(Machine.I386, portable.Machine);
            Assert.False(portable.HasNativeCode, name);
            // The same assembly, compiled from the same IL.
            Assert.Equal(portable.Identity, image.Identity);
            Assert.Equal(portable.Mvid, image.Mvid);
        }

        Assert.Equal(ReadEntry("analyzers/dotnet/cs/ProtoGuard.CodeFixes.dll"), ReadEntry("readytorun/linux-x64/ProtoGuard.CodeFixes.dll"));
    }

    private byte[] ReadEntry(string entryName)
    {
        using var archive = ZipFile.OpenRead(package.PackagePath);
        using var stream = archive.GetEntry(entryName)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private (Machine Machine, bool HasNativeCode, string Identity, Guid Mvid) ReadAssembly(string entryName)
    {
        using var reader = new PEReader(new MemoryStream(ReadEntry(entryName)));
        var metadata = reader.GetMetadataReader();
        var assembly = metadata.GetAssemblyDefinition();
        return (
            reader.PEHeaders.CoffHeader.Machine,
            reader.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0,
            metadata.GetString(assembly.Name) + ", " + assembly.Version,
            metadata.GetGuid(metadata.GetModuleDefinition().Mvid));
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
