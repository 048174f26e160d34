using ProtoGuard.Rules.Breaking.Baseline;
using ProtoGuard.Rules.Breaking.Model;
using ProtoGuard.Schema.Descriptors;

namespace ProtoGuard.Rules.Tests.Breaking;

/// <summary>
/// An image (a FileDescriptorSet with its imports, as <c>protoguard build --include-imports</c> writes it) read back
/// into the breaking-change model is the same schema as the .proto files it was built from: the baseline text, which
/// holds every attribute any rule compares, is identical for both sides of every conformance pair.
/// </summary>
public sealed class DescriptorSetShapeTests
{
    public static TheoryData<string> Sides()
    {
        var data = new TheoryData<string>();
        foreach (var directory in Directory.EnumerateDirectories(BreakingTestSupport.CasesRoot).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(directory) + "/before");
            data.Add(Path.GetFileName(directory) + "/after");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Sides))]
    public void The_image_of_a_conformance_schema_has_the_baseline_of_its_sources(string side)
    {
        var compilation = BreakingTestSupport.Compile(Path.Combine(BreakingTestSupport.CasesRoot, side));
        var files = SchemaShapeBuilder.Reachable(compilation.Files);
        var image = DescriptorReader.ReadFileSet(DescriptorWriter.WriteFileDescriptorSet(files));

        var shape = DescriptorSetShapeBuilder.Build(image!, out var problem);

        Assert.Null(problem);
        Assert.Equal(BaselineWriter.Write(SchemaShapeBuilder.Build(files)), BaselineWriter.Write(shape!));
    }

    [Fact]
    public void An_image_without_the_files_its_files_import_is_refused_naming_the_missing_import()
    {
        var compilation = BreakingTestSupport.Compile(Path.Combine(BreakingTestSupport.CasesRoot, "proto3-wkt-import-dropped", "before"));
        var image = DescriptorReader.ReadFileSet(DescriptorWriter.WriteFileDescriptorSet(compilation.Files));

        var shape = DescriptorSetShapeBuilder.Build(image!, out var problem);

        Assert.Null(shape);
        Assert.Equal(
            "'google/protobuf/timestamp.proto', imported by 'acme/v1/a.proto', is not in the image; build it with its imports (protoguard build --include-imports, protoc --include_imports; buf build includes them)",
            problem);
    }
}
