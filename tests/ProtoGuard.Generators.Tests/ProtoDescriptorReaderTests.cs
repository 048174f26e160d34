using Google.Protobuf.Reflection;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ProtoGuard.Generators.FieldMaskHelpers;
using ProtoGuard.Generators.Tests.Infrastructure;
using ProtoGuard.Schema.CSharp;
using Decoded = ProtoGuard.Schema.Descriptors;
using DescriptorReader = ProtoGuard.Schema.Descriptors.DescriptorReader;

namespace ProtoGuard.Generators.Tests;

/// <summary>
/// ProtoGuard.Schema's descriptor reader decodes exactly what Google.Protobuf decodes from the bytes Grpc.Tools embeds,
/// the bytes are read correctly from the Grpc.Tools source text, and protoc's C# naming is reproduced.
/// </summary>
public sealed class ProtoDescriptorReaderTests
{
    public static TheoryData<string> ProtoNames => new() { "User", "Profile", "Catalog", "Legacy", "Gadget" };

    [Theory]
    [MemberData(nameof(ProtoNames))]
    public void Reads_the_same_descriptor_as_Google_Protobuf(string protoName)
    {
        var bytes = FileDescriptorOf(protoName).SerializedData.ToByteArray();
        var expected = FileDescriptorProto.Parser.ParseFrom(bytes);

        var actual = DescriptorReader.ReadFile(bytes);

        Assert.NotNull(actual);
        Assert.Equal(expected.Package, actual.Package);
        Assert.Equal(expected.Syntax, actual.Syntax);
        Assert.Equal(expected.Options?.HasCsharpNamespace == true ? expected.Options.CsharpNamespace : null, actual.CSharpNamespace);
        AssertSameMessages(expected.MessageType, actual.MessageTypes);
    }

    [Theory]
    [MemberData(nameof(ProtoNames))]
    public void Reads_the_embedded_bytes_from_the_Grpc_Tools_source_text(string protoName)
    {
        var source = GrpcToolsOutput.For(protoName)[0].Text;
        var reflectionClass = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes()
            .OfType<ClassDeclarationSyntax>()
            .Single(declaration => declaration.Identifier.ValueText == protoName + "Reflection");

        var bytes = ProtoGuard.Shared.ProtocEmbeddedDescriptor.ReadBytes(reflectionClass);

        Assert.Equal(FileDescriptorOf(protoName).SerializedData.ToByteArray(), bytes);
    }

    [Fact]
    public void Malformed_input_gives_null_never_an_exception()
    {
        var bytes = FileDescriptorOf("Profile").SerializedData.ToByteArray();

        for (var length = 1; length < bytes.Length; length++)
        {
            var truncated = bytes[..length];
            var result = DescriptorReader.ReadFile(truncated);
            if (result is not null)
            {
                // A cut that falls between two top-level fields is a shorter, valid descriptor.
                Assert.NotNull(FileDescriptorProto.Parser.ParseFrom(truncated));
            }
        }

        Assert.Null(DescriptorReader.ReadFile(new byte[] { 0x22, 0x05, 0x0A }));
        Assert.Null(DescriptorReader.ReadFile(new byte[] { 0x22, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F }));
        Assert.Null(DescriptorReader.ReadFile(new byte[] { 0x03 }));
        Assert.Null(DescriptorReader.ReadFile(new byte[] { 0x00, 0x00 }));
    }

    [Theory]
    [MemberData(nameof(ProtoNames))]
    public void Property_names_are_those_protoc_generated(string protoName)
    {
        foreach (var message in AllMessages(FileDescriptorOf(protoName).MessageTypes))
        {
            foreach (var field in message.Fields.InDeclarationOrder())
            {
                Assert.Equal(field.PropertyName, ProtocCSharpNames.PropertyName(field.Name, message.Name));
            }
        }
    }

    [Theory]
    [MemberData(nameof(ProtoNames))]
    public void Message_metadata_names_are_those_of_the_classes_protoc_generated(string protoName)
    {
        var file = FileDescriptorOf(protoName);
        var decoded = DescriptorReader.ReadFile(file.SerializedData.ToByteArray())!;

        var messages = ProtocCSharpNames.Messages(decoded).ToList();

        Assert.Equal(AllMessages(file.MessageTypes).Select(message => message.FullName), messages.Select(message => message.ProtoFullName));
        foreach (var message in messages)
        {
            var type = typeof(ProtoDescriptorReaderTests).Assembly.GetType(message.MetadataName);
            Assert.NotNull(type);
            Assert.Equal(message.ProtoFullName, ((MessageDescriptor)type.GetProperty("Descriptor")!.GetValue(null)!).FullName);
        }
    }

    [Theory]
    [InlineData("google.protobuf.StringValue", true)]
    [InlineData("google.protobuf.BytesValue", true)]
    [InlineData("google.protobuf.Int32Value", true)]
    [InlineData("google.protobuf.Timestamp", false)]
    [InlineData("google.protobuf.StringValue.Nested", false)]
    [InlineData("acme.StringValue", false)]
    public void IsWrapperType_is_true_for_the_nine_wrapper_well_known_types(string fullName, bool expected)
    {
        Assert.Equal(expected, ProtocCSharpNames.IsWrapperType(fullName));
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
    [InlineData("descriptor", "User", "Descriptor_")]
    [InlineData("x__y", "User", "XY")]
    public void PropertyName_follows_protocs_UnderscoresToPascalCase_and_reserved_names(string field, string message, string expected)
    {
        Assert.Equal(expected, ProtocCSharpNames.PropertyName(field, message));
    }

    /// <summary>
    /// The inverse guess for properties without a descriptor: exact for snake_case proto names, and it drops the "_"
    /// protoc adds after reserved names, so that <c>Descriptor_</c> and <c>Types_</c> name the fields <c>descriptor</c> and
    /// <c>types</c> (the in-memory generator's messages used to say <c>types_</c>).
    /// </summary>
    [Theory]
    [InlineData("DisplayName", "display_name")]
    [InlineData("Field2X", "field2_x")]
    [InlineData("UserId", "user_id")]
    [InlineData("Descriptor_", "descriptor")]
    [InlineData("Types_", "types")]
    [InlineData("User_", "user")]
    [InlineData("HTTPHeader", "httpheader")]
    [InlineData("Id", "id")]
    public void InferFieldName_is_the_snake_case_name_without_protocs_suffix(string property, string expected)
    {
        Assert.Equal(expected, ProtocCSharpNames.InferFieldName(property));
    }

    [Theory]
    [InlineData("display_name", "User")]
    [InlineData("descriptor", "User")]
    [InlineData("types", "User")]
    [InlineData("user", "User")]
    [InlineData("field2_x", "User")]
    public void InferFieldName_inverts_PropertyName_for_snake_case_names(string field, string message)
    {
        Assert.Equal(field, ProtocCSharpNames.InferFieldName(ProtocCSharpNames.PropertyName(field, message)));
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

    private static void AssertSameMessages(IList<DescriptorProto> expected, IList<Decoded.DecodedMessage> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var message = expected[i];
            Assert.Equal(message.Name, actual[i].Name);
            Assert.Equal(message.Options?.MapEntry ?? false, actual[i].IsMapEntry);
            Assert.Equal(message.OneofDecl.Select(oneof => oneof.Name), actual[i].OneofNames);
            Assert.Equal(
                message.Field.Select(field => (field.Name, field.Number, (int)field.Label, (int)field.Type, field.TypeName, field.HasOneofIndex ? field.OneofIndex : -1, field.JsonName, field.Proto3Optional)),
                actual[i].Fields.Select(field => (field.Name, field.Number, (int)field.Label, (int)field.Type, field.TypeName ?? "", field.OneofIndex, field.JsonName ?? "", field.Proto3Optional)));
            AssertSameMessages(message.NestedType, actual[i].NestedTypes);
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
