using Google.Protobuf;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Linking;
using ProtoGuard.Schema.Tests.Linking;
using PbReflection = Google.Protobuf.Reflection;

namespace ProtoGuard.Schema.Tests.Descriptors;

/// <summary>
/// <see cref="DescriptorReader"/> decodes what Google.Protobuf decodes from the same bytes, for protoc's descriptor sets
/// and for <see cref="DescriptorWriter"/>'s (both use the one table of descriptor.proto field numbers), and never
/// throws on malformed input.
/// </summary>
public class DescriptorReaderTests
{
    [Fact]
    public void Reads_protocs_descriptor_set_of_the_well_known_types_as_Google_Protobuf_does()
    {
        List<string> files = Directory.EnumerateFiles(Protoc.IncludeDirectory, "*.proto", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Protoc.IncludeDirectory, path).Replace('\\', '/'))
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToList();
        byte[] bytes = Protoc.DescriptorSet(new[] { Protoc.IncludeDirectory }, files).ToByteArray();

        AssertSameSet(PbReflection.FileDescriptorSet.Parser.ParseFrom(bytes), DescriptorReader.ReadFileSet(bytes));
    }

    [Fact]
    public void Reads_what_DescriptorWriter_writes_as_Google_Protobuf_does()
    {
        List<string> files = WellKnownFiles.ImportPaths.OrderBy(path => path, StringComparer.Ordinal).ToList();
        ProtoCompilation compilation = ProtoCompilation.Create(files, _ => null);
        byte[] bytes = DescriptorWriter.WriteFileDescriptorSet(files.Select(path => compilation.GetFile(path)!));

        AssertSameSet(PbReflection.FileDescriptorSet.Parser.ParseFrom(bytes), DescriptorReader.ReadFileSet(bytes));
    }

    [Theory]
    [InlineData("syntax = \"proto3\"; message M { string plain = 1; optional string opt = 2; M msg = 3; oneof o { string member = 4; } repeated string list = 5; }", "opt,msg,member")]
    [InlineData("syntax = \"proto2\"; message M { optional string opt = 1; required int32 req = 2; optional group G = 3 { } repeated string list = 4; }", "opt,req,g")]
    [InlineData("edition = \"2023\"; message M { string dflt = 1; string imp = 2 [features.field_presence = IMPLICIT]; string req = 3 [features.field_presence = LEGACY_REQUIRED]; M msg = 4; repeated string list = 5; }", "dflt,req,msg")]
    [InlineData("edition = \"2023\"; option features.field_presence = IMPLICIT; message M { string imp = 1; string exp = 2 [features.field_presence = EXPLICIT]; M msg = 3; }", "exp,msg")]
    public void Presence_of_each_field_follows_the_files_syntax_and_features(string source, string withPresence)
    {
        // A directory named after the source, so that protoc's cached answer (keyed by root and content) is reused.
        string directory = Path.Combine(Path.GetTempPath(), "protoguard-presence-" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(source)))[..16]);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "presence.proto"), source);
        byte[] bytes = Protoc.DescriptorSetBytes(new[] { directory, Protoc.IncludeDirectory }, new[] { "presence.proto" });
        DecodedFile file = Assert.Single(DescriptorReader.ReadFileSet(bytes)!);

        Assert.Equal(withPresence, string.Join(",", file.MessageTypes[0].Fields.Where(file.HasExplicitPresence).Select(field => field.Name)));
    }

    [Fact]
    public void Malformed_input_gives_null_never_an_exception()
    {
        ProtoCompilation compilation = ProtoCompilation.Create(new[] { "google/protobuf/type.proto" }, _ => null);
        byte[] bytes = DescriptorWriter.WriteFileDescriptorProto(compilation.GetFile("google/protobuf/type.proto")!);

        for (int length = 1; length < bytes.Length; length++)
        {
            if (DescriptorReader.ReadFile(bytes[..length]) is not null)
            {
                // A cut between two top-level fields is a shorter, valid descriptor.
                Assert.NotNull(PbReflection.FileDescriptorProto.Parser.ParseFrom(bytes[..length]));
            }
        }

        Assert.Null(DescriptorReader.ReadFile(new byte[] { 0x22, 0x05, 0x0A }));
        Assert.Null(DescriptorReader.ReadFile(new byte[] { 0x22, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F }));
        Assert.Null(DescriptorReader.ReadFile(new byte[] { 0x03 }));
        Assert.Null(DescriptorReader.ReadFileSet(new byte[] { 0x0A, 0x02, 0x00, 0x00 }));
    }

    private static void AssertSameSet(PbReflection.FileDescriptorSet expected, IReadOnlyList<DecodedFile>? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.File.Count, actual.Count);
        for (int i = 0; i < expected.File.Count; i++)
        {
            PbReflection.FileDescriptorProto file = expected.File[i];
            DecodedFile ours = actual[i];
            Assert.Equal((file.Name, file.Package, file.Syntax, file.HasEdition ? (int)file.Edition : 0), (ours.Name, ours.Package, ours.Syntax, ours.Edition));
            Assert.Equal(file.Options?.HasCsharpNamespace == true ? file.Options.CsharpNamespace : null, ours.CSharpNamespace);
            Assert.Equal(file.Dependency, ours.Dependencies);
            AssertSameMessages(file.MessageType, ours.MessageTypes);
            AssertSameEnums(file.EnumType, ours.EnumTypes);
            Assert.Equal(
                file.Service.SelectMany(service => service.Method.Select(method => (service.Name, method.Name, method.InputType, method.OutputType, method.ClientStreaming, method.ServerStreaming))),
                ours.Services.SelectMany(service => service.Methods.Select(method => (service.Name, method.Name, method.InputType, method.OutputType, method.ClientStreaming, method.ServerStreaming))));
        }
    }

    private static void AssertSameMessages(IList<PbReflection.DescriptorProto> expected, IList<DecodedMessage> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            PbReflection.DescriptorProto message = expected[i];
            Assert.Equal(message.Name, actual[i].Name);
            Assert.Equal(message.Options?.MapEntry ?? false, actual[i].IsMapEntry);
            Assert.Equal(message.OneofDecl.Select(oneof => oneof.Name), actual[i].OneofNames);
            Assert.Equal(
                message.Field.Select(field => (field.Name, field.Number, (int)field.Label, (int)field.Type, field.HasTypeName ? field.TypeName : null, field.HasDefaultValue ? field.DefaultValue : null, field.HasOneofIndex ? field.OneofIndex : -1, field.HasJsonName ? field.JsonName : null, field.Proto3Optional)),
                actual[i].Fields.Select(field => (field.Name, field.Number, (int)field.Label, (int)field.Type, field.TypeName, field.DefaultValue, field.OneofIndex, field.JsonName, field.Proto3Optional)));
            AssertSameMessages(message.NestedType, actual[i].NestedTypes);
            AssertSameEnums(message.EnumType, actual[i].EnumTypes);
        }
    }

    private static void AssertSameEnums(IList<PbReflection.EnumDescriptorProto> expected, IList<DecodedEnum> actual) =>
        Assert.Equal(
            expected.Select(enumType => (enumType.Name, string.Join(",", enumType.Value.Select(value => value.Name + "=" + value.Number)))),
            actual.Select(enumType => (enumType.Name, string.Join(",", enumType.Values.Select(value => value.Name + "=" + value.Number)))));
}
