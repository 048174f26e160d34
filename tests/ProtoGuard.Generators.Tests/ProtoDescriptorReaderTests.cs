using Google.Protobuf.Reflection;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ProtoGuard.Generators.FieldMaskHelpers;
using ProtoGuard.Generators.Tests.Infrastructure;

namespace ProtoGuard.Generators.Tests;

/// <summary>
/// The hand-written descriptor reader decodes exactly what Google.Protobuf decodes from the same bytes, the bytes are
/// read correctly from the Grpc.Tools source text, and protoc's C# naming is reproduced.
/// </summary>
public sealed class ProtoDescriptorReaderTests
{
    public static TheoryData<string> ProtoNames => new() { "User", "Profile", "Catalog", "Legacy", "Gadget" };

    [Theory]
    [MemberData(nameof(ProtoNames))]
    public void Reads_the_same_descriptor_as_Google_Protobuf(string protoName)
    {
        byte[] bytes = FileDescriptorOf(protoName).SerializedData.ToByteArray();
        FileDescriptorProto expected = FileDescriptorProto.Parser.ParseFrom(bytes);

        ProtoFileDescriptor? actual = ProtoDescriptorReader.ReadFile(bytes);

        Assert.NotNull(actual);
        Assert.Equal(expected.Package, actual.Package ?? "");
        Assert.Equal(expected.Syntax, actual.Syntax ?? "");
        Assert.Equal(expected.Options?.HasCsharpNamespace == true ? expected.Options.CsharpNamespace : null, actual.CSharpNamespace);
        AssertSameMessages(expected.MessageType, actual.Messages);
    }

    [Theory]
    [MemberData(nameof(ProtoNames))]
    public void Reads_the_embedded_bytes_from_the_Grpc_Tools_source_text(string protoName)
    {
        string source = GrpcToolsOutput.For(protoName)[0].Text;
        ClassDeclarationSyntax reflectionClass = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes()
            .OfType<ClassDeclarationSyntax>()
            .Single(declaration => declaration.Identifier.ValueText == protoName + "Reflection");

        byte[]? bytes = FieldMaskExtractor.ReadEmbeddedDescriptor(reflectionClass);

        Assert.Equal(FileDescriptorOf(protoName).SerializedData.ToByteArray(), bytes);
    }

    [Fact]
    public void Malformed_input_gives_null_never_an_exception()
    {
        byte[] bytes = FileDescriptorOf("Profile").SerializedData.ToByteArray();

        for (int length = 1; length < bytes.Length; length++)
        {
            byte[] truncated = bytes[..length];
            ProtoFileDescriptor? result = ProtoDescriptorReader.ReadFile(truncated);
            if (result is not null)
            {
                // A cut that falls between two top-level fields is a shorter, valid descriptor.
                Assert.NotNull(FileDescriptorProto.Parser.ParseFrom(truncated));
            }
        }

        Assert.Null(ProtoDescriptorReader.ReadFile(new byte[] { 0x22, 0x05, 0x0A }));
        Assert.Null(ProtoDescriptorReader.ReadFile(new byte[] { 0x22, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F }));
        Assert.Null(ProtoDescriptorReader.ReadFile(new byte[] { 0x03 }));
        Assert.Null(ProtoDescriptorReader.ReadFile(new byte[] { 0x00, 0x00 }));
    }

    [Theory]
    [MemberData(nameof(ProtoNames))]
    public void Property_names_are_those_protoc_generated(string protoName)
    {
        foreach (MessageDescriptor message in AllMessages(FileDescriptorOf(protoName).MessageTypes))
        {
            foreach (FieldDescriptor field in message.Fields.InDeclarationOrder())
            {
                Assert.Equal(field.PropertyName, ProtocCSharpNames.PropertyName(field.Name, message.Name));
            }
        }
    }

    [Theory]
    [InlineData("display_name", "User", "DisplayName")]
    [InlineData("field_paths", "Colliding", "FieldPaths")]
    [InlineData("address2city", "User", "Address2City")]
    [InlineData("a_b_c", "User", "ABC")]
    [InlineData("fooBar", "User", "FooBar")]
    [InlineData("_2fa", "User", "_2Fa")]
    [InlineData("user", "User", "User_")]
    [InlineData("clone", "User", "Clone_")]
    [InlineData("types", "User", "Types_")]
    [InlineData("x__y", "User", "XY")]
    public void PropertyName_follows_protocs_UnderscoresToPascalCase_and_reserved_names(string field, string message, string expected)
    {
        Assert.Equal(expected, ProtocCSharpNames.PropertyName(field, message));
    }

    [Theory]
    [InlineData("myservice.v1", null, "Myservice.V1")]
    [InlineData("acme.catalog.v1", "Acme.Catalog.Api", "Acme.Catalog.Api")]
    [InlineData("foo_bar.v1beta1", null, "FooBar.V1Beta1")]
    [InlineData("", null, "")]
    [InlineData("pkg", "", "")]
    public void FileNamespace_is_csharp_namespace_or_the_package_in_PascalCase(string package, string? csharpNamespace, string expected)
    {
        Assert.Equal(expected, ProtocCSharpNames.FileNamespace(package, csharpNamespace));
    }

    private static void AssertSameMessages(IList<DescriptorProto> expected, IList<ProtoMessageDescriptor> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            DescriptorProto message = expected[i];
            Assert.Equal(message.Name, actual[i].Name);
            Assert.Equal(message.Options?.MapEntry ?? false, actual[i].IsMapEntry);
            Assert.Equal(message.OneofDecl.Select(oneof => oneof.Name), actual[i].OneofNames);
            Assert.Equal(
                message.Field.Select(field => (field.Name, (int)field.Label, (int)field.Type, field.TypeName, field.HasOneofIndex ? field.OneofIndex : -1, field.Proto3Optional)),
                actual[i].Fields.Select(field => (field.Name ?? "", (int)field.Label, (int)field.Type, field.TypeName ?? "", field.OneofIndex, field.Proto3Optional)));
            AssertSameMessages(message.NestedType, actual[i].NestedMessages);
        }
    }

    private static IEnumerable<MessageDescriptor> AllMessages(IEnumerable<MessageDescriptor> messages)
        => messages.Where(message => !message.GetOptions()?.MapEntry ?? true)
            .SelectMany(message => new[] { message }.Concat(AllMessages(message.NestedTypes)));

    private static FileDescriptor FileDescriptorOf(string protoName) => protoName switch
    {
        "User" => Myservice.V1.UserReflection.Descriptor,
        "Profile" => Acme.Profiles.ProfileReflection.Descriptor,
        "Catalog" => Acme.Catalog.Api.CatalogReflection.Descriptor,
        "Legacy" => LegacyReflection.Descriptor,
        _ => Acme.Gadget.V1.GadgetReflection.Descriptor,
    };
}
