using Google.Protobuf;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Linking;
using ProtoGuard.Schema.Tests.Linking;
using ProtoGuard.Schema.Text;
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
        var files = Directory.EnumerateFiles(Protoc.IncludeDirectory, "*.proto", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Protoc.IncludeDirectory, path).Replace('\\', '/'))
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToList();
        var bytes = Protoc.DescriptorSet(new[] { Protoc.IncludeDirectory }, files).ToByteArray();

        AssertSameSet(PbReflection.FileDescriptorSet.Parser.ParseFrom(bytes), DescriptorReader.ReadFileSet(bytes));
    }

    [Fact]
    public void Reads_what_DescriptorWriter_writes_as_Google_Protobuf_does()
    {
        var files = WellKnownFiles.ImportPaths.OrderBy(path => path, StringComparer.Ordinal).ToList();
        var compilation = ProtoCompilation.Create(files, _ => null);
        var bytes = DescriptorWriter.WriteFileDescriptorSet(files.Select(path => compilation.GetFile(path)!));

        AssertSameSet(PbReflection.FileDescriptorSet.Parser.ParseFrom(bytes), DescriptorReader.ReadFileSet(bytes));
    }

    /// <summary>
    /// What the breaking-change rules compare: options, features, reserved and extension ranges, extensions; and
    /// group-typed custom options (as in protobuf's unittest_custom_options.proto), which are skipped, and options whose
    /// field number makes a tag above 2^31 (googleapis' <c>google.api.field_info</c> is 291403980).
    /// </summary>
    private const string Proto2 = """
        syntax = "proto2";
        package acme.v1;
        import "google/protobuf/descriptor.proto";
        option java_package = "com.acme.v1";
        option java_multiple_files = true;
        option optimize_for = CODE_SIZE;
        option cc_enable_arenas = false;
        option go_package = "acme/v1;acmev1";
        message Legacy {
          option (tagging).label = "group-typed options are skipped";
          option message_set_wire_format = false;
          option no_standard_descriptor_accessor = true;
          reserved 5, 9 to 11;
          reserved "old", "older";
          required int32 id = 1;
          optional string name = 2 [ctype = CORD, default = "none", (fieldtagging).label = "here too"];
          optional int64 big = 3 [jstype = JS_STRING, (info) = "a tag above 2^31"];
          extensions 100 to 199, 1000 to max;
          extend Legacy {
            optional string nested_tag = 150;
          }
        }
        enum Level {
          LOW = 1;
          reserved 3 to 4, 10 to max;
          reserved "HIGH";
        }
        extend Legacy {
          optional int32 tag = 100;
        }
        extend google.protobuf.MessageOptions {
          optional group Tagging = 50001 {
            optional string label = 1;
          }
        }
        extend google.protobuf.FieldOptions {
          optional group FieldTagging = 50002 {
            optional string label = 1;
          }
          optional string info = 291403980;
        }
        service Legacies {
          rpc Get(Legacy) returns (Legacy) { option idempotency_level = NO_SIDE_EFFECTS; }
        }
        """;

    private const string Editions = """
        edition = "2023";
        package acme.v1;
        option features.field_presence = IMPLICIT;
        option features.json_format = LEGACY_BEST_EFFORT;
        option features.message_encoding = DELIMITED;
        message Outer {
          option features.json_format = ALLOW;
          string name = 1 [features.utf8_validation = NONE];
          int32 count = 2 [features.field_presence = LEGACY_REQUIRED];
          Outer child = 3 [features.message_encoding = LENGTH_PREFIXED];
        }
        enum Kind {
          option features.enum_type = CLOSED;
          KIND_UNSPECIFIED = 0;
        }
        """;

    [Fact]
    public void Reads_options_features_ranges_and_extensions_of_protocs_and_DescriptorWriters_sets_as_Google_Protobuf_does()
    {
        var root = Directory.CreateTempSubdirectory("protoguard-reader-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(root, "legacy.proto"), Proto2);
            File.WriteAllText(Path.Combine(root, "editions.proto"), Editions);
            string[] files = ["editions.proto", "legacy.proto"];
            var fromProtoc = Protoc.DescriptorSet(new[] { root, Protoc.IncludeDirectory }, files).ToByteArray();
            var compilation = ProtoCompilation.Create(files, path => File.Exists(Path.Combine(root, path)) ? SourceText.From(File.ReadAllText(Path.Combine(root, path)), path) : null);
            var fromWriter = DescriptorWriter.WriteFileDescriptorSet(files.Select(path => compilation.GetFile(path)!));

            foreach (var bytes in new[] { fromProtoc, fromWriter })
            {
                var decoded = DescriptorReader.ReadFileSet(bytes);
                AssertSameSet(PbReflection.FileDescriptorSet.Parser.ParseFrom(bytes), decoded);
                var legacyFile = decoded!.Single(file => file.Name == "legacy.proto");
                var editionsFile = decoded!.Single(file => file.Name == "editions.proto");
                var legacy = legacyFile.MessageTypes[0];
                Assert.Equal(("5..6,9..12", "old,older", "100..200,1000..536870912"), (string.Join(",", legacy.ReservedRanges), string.Join(",", legacy.ReservedNames), string.Join(",", legacy.ExtensionRanges)));
                Assert.Equal(("nested_tag", ".acme.v1.Legacy", "tag"), (legacy.Extensions[0].Name, legacy.Extensions[0].Extendee, legacyFile.Extensions[0].Name));
                Assert.Equal("3..4,10..2147483647", string.Join(",", legacyFile.EnumTypes[0].ReservedRanges));
                var outer = editionsFile.MessageTypes[0];
                // IMPLICIT, LEGACY_BEST_EFFORT, ALLOW, NONE, LEGACY_REQUIRED, LENGTH_PREFIXED, CLOSED.
                Assert.Equal(
                    (2, 2, 1, 3, 3, 1, 2),
                    (editionsFile.Features!.FieldPresence, editionsFile.Features!.JsonFormat, outer.Features!.JsonFormat, outer.Fields[0].Features!.Utf8Validation, outer.Fields[1].Features!.FieldPresence, outer.Fields[2].Features!.MessageEncoding, editionsFile.EnumTypes[0].Features!.EnumType));
                Assert.Equal(
                    ((int?)1, 1, 1, true, "com.acme.v1", "CODE_SIZE"), // CORD, JS_STRING, NO_SIDE_EFFECTS
                    (legacy.Fields[1].CType, legacy.Fields[2].JsType, legacyFile.Services[0].Methods[0].IdempotencyLevel, legacy.NoStandardDescriptorAccessor, legacyFile.Options["java_package"], legacyFile.Options["optimize_for"]));
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Theory]
    [InlineData("syntax = \"proto3\"; message M { string plain = 1; optional string opt = 2; M msg = 3; oneof o { string member = 4; } repeated string list = 5; }", "opt,msg,member")]
    [InlineData("syntax = \"proto2\"; message M { optional string opt = 1; required int32 req = 2; optional group G = 3 { } repeated string list = 4; }", "opt,req,g")]
    [InlineData("edition = \"2023\"; message M { string dflt = 1; string imp = 2 [features.field_presence = IMPLICIT]; string req = 3 [features.field_presence = LEGACY_REQUIRED]; M msg = 4; repeated string list = 5; }", "dflt,req,msg")]
    [InlineData("edition = \"2023\"; option features.field_presence = IMPLICIT; message M { string imp = 1; string exp = 2 [features.field_presence = EXPLICIT]; M msg = 3; }", "exp,msg")]
    public void Presence_of_each_field_follows_the_files_syntax_and_features(string source, string withPresence)
    {
        // A directory named after the source, so that protoc's cached answer (keyed by root and content) is reused.
        var directory = Path.Combine(Path.GetTempPath(), "protoguard-presence-" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(source)))[..16]);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "presence.proto"), source);
        var bytes = Protoc.DescriptorSetBytes(new[] { directory, Protoc.IncludeDirectory }, new[] { "presence.proto" });
        var file = Assert.Single(DescriptorReader.ReadFileSet(bytes)!);

        Assert.Equal(withPresence, string.Join(",", file.MessageTypes[0].Fields.Where(field => file.HasExplicitPresence(field, file.MessageTypes[0])).Select(field => field.Name)));
    }

    /// <summary>
    /// Message-level features apply to the message's fields and nested messages (protoc's FeatureResolver merges file,
    /// then each enclosing message, then the field). protoc itself refuses <c>features.field_presence</c> on a message
    /// (its targets are FIELD and FILE), so the descriptor is built by hand, as another tool could write it.
    /// </summary>
    [Fact]
    public void Presence_resolves_field_then_innermost_to_outermost_message_then_file()
    {
        static PbReflection.FeatureSet Presence(PbReflection.FeatureSet.Types.FieldPresence presence) => new() { FieldPresence = presence };
        static PbReflection.FieldDescriptorProto Field(string name, int number, PbReflection.FeatureSet? features = null) => new()
        {
            Name = name,
            Number = number,
            Label = PbReflection.FieldDescriptorProto.Types.Label.Optional,
            Type = PbReflection.FieldDescriptorProto.Types.Type.String,
            Options = features is null ? null : new PbReflection.FieldOptions { Features = features },
        };

        var implicitPresence = Presence(PbReflection.FeatureSet.Types.FieldPresence.Implicit);
        var explicitPresence = Presence(PbReflection.FeatureSet.Types.FieldPresence.Explicit);
        var proto = new PbReflection.FileDescriptorProto
        {
            Name = "presence.proto",
            Syntax = "editions",
            Edition = PbReflection.Edition._2023,
            Options = new PbReflection.FileOptions { Features = implicitPresence },
            MessageType =
            {
                new PbReflection.DescriptorProto
                {
                    Name = "Outer",
                    Options = new PbReflection.MessageOptions { Features = explicitPresence },
                    Field = { Field("a", 1), Field("b", 2, implicitPresence) },
                    NestedType =
                    {
                        new PbReflection.DescriptorProto
                        {
                            Name = "Middle",
                            Field = { Field("c", 1) },
                            NestedType =
                            {
                                new PbReflection.DescriptorProto
                                {
                                    Name = "Inner",
                                    Options = new PbReflection.MessageOptions { Features = implicitPresence },
                                    Field = { Field("d", 1), Field("e", 2, explicitPresence) },
                                },
                            },
                        },
                    },
                },
                new PbReflection.DescriptorProto { Name = "Plain", Field = { Field("f", 1) } },
            },
        };

        var file = DescriptorReader.ReadFile(proto.ToByteArray())!;

        static IEnumerable<DecodedMessage> WithNested(DecodedMessage message) => new[] { message }.Concat(message.NestedTypes.SelectMany(WithNested));
        var presence = file.MessageTypes.SelectMany(WithNested)
            .Select(message => message.Name + ":" + string.Join(",", message.Fields.Where(field => file.HasExplicitPresence(field, message)).Select(field => field.Name)));
        Assert.Equal("Outer:a Middle:c Inner:e Plain:", string.Join(" ", presence));
        var outer = file.MessageTypes[0];
        Assert.Null(outer.ContainingMessage);
        Assert.Same(outer, outer.NestedTypes[0].ContainingMessage);
        Assert.Same(outer.NestedTypes[0], outer.NestedTypes[0].NestedTypes[0].ContainingMessage);
    }

    [Fact]
    public void Malformed_input_gives_null_never_an_exception()
    {
        var compilation = ProtoCompilation.Create(new[] { "google/protobuf/type.proto" }, _ => null);
        var bytes = DescriptorWriter.WriteFileDescriptorProto(compilation.GetFile("google/protobuf/type.proto")!);

        for (var length = 1; length < bytes.Length; length++)
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
        for (var i = 0; i < expected.File.Count; i++)
        {
            var file = expected.File[i];
            var ours = actual[i];
            Assert.Equal((file.Name, file.Package, file.Syntax, file.HasEdition ? (int)file.Edition : 0), (ours.Name, ours.Package, ours.Syntax, ours.Edition));
            Assert.Equal(file.Options?.HasCsharpNamespace == true ? file.Options.CsharpNamespace : null, ours.CSharpNamespace);
            Assert.Equal(FileOptions(file.Options), ours.Options);
            AssertSameFeatures(file.Options?.Features, ours.Features);
            AssertSameFields(file.Extension, ours.Extensions);
            Assert.Equal(file.Dependency, ours.Dependencies);
            AssertSameMessages(file.MessageType, ours.MessageTypes);
            AssertSameEnums(file.EnumType, ours.EnumTypes);
            Assert.Equal(
                file.Service.SelectMany(service => service.Method.Select(method => (service.Name, method.Name, method.InputType, method.OutputType, method.ClientStreaming, method.ServerStreaming, (int)(method.Options?.IdempotencyLevel ?? 0)))),
                ours.Services.SelectMany(service => service.Methods.Select(method => (service.Name, method.Name, method.InputType, method.OutputType, method.ClientStreaming, method.ServerStreaming, method.IdempotencyLevel))));
        }
    }

    private static void AssertSameMessages(IList<PbReflection.DescriptorProto> expected, IList<DecodedMessage> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var message = expected[i];
            Assert.Equal(message.Name, actual[i].Name);
            Assert.Equal(message.Options?.MapEntry ?? false, actual[i].IsMapEntry);
            Assert.Equal(message.OneofDecl.Select(oneof => oneof.Name), actual[i].OneofNames);
            Assert.Equal(
                (message.Options?.MessageSetWireFormat ?? false, message.Options?.NoStandardDescriptorAccessor ?? false),
                (actual[i].MessageSetWireFormat, actual[i].NoStandardDescriptorAccessor));
            Assert.Equal(message.ReservedRange.Select(range => range.Start + ".." + range.End), actual[i].ReservedRanges.Select(range => range.ToString()));
            Assert.Equal(message.ReservedName, actual[i].ReservedNames);
            Assert.Equal(message.ExtensionRange.Select(range => range.Start + ".." + range.End), actual[i].ExtensionRanges.Select(range => range.ToString()));
            AssertSameFeatures(message.Options?.Features, actual[i].Features);
            AssertSameFields(message.Field, actual[i].Fields);
            AssertSameFields(message.Extension, actual[i].Extensions);
            AssertSameMessages(message.NestedType, actual[i].NestedTypes);
            AssertSameEnums(message.EnumType, actual[i].EnumTypes);
        }
    }

    private static void AssertSameFields(IList<PbReflection.FieldDescriptorProto> expected, IList<DecodedField> actual)
    {
        Assert.Equal(
            expected.Select(field => (field.Name, field.Number, (int)field.Label, (int)field.Type, field.HasTypeName ? field.TypeName : null, field.HasDefaultValue ? field.DefaultValue : null, field.HasOneofIndex ? field.OneofIndex : -1, field.HasJsonName ? field.JsonName : null, field.Proto3Optional)),
            actual.Select(field => (field.Name, field.Number, (int)field.Label, (int)field.Type, field.TypeName, field.DefaultValue, field.OneofIndex, field.JsonName, field.Proto3Optional)));
        Assert.Equal(
            expected.Select(field => (field.HasExtendee ? field.Extendee : null, field.Options?.HasCtype == true ? (int?)field.Options.Ctype : null, (int)(field.Options?.Jstype ?? 0))),
            actual.Select(field => (field.Extendee, field.CType, field.JsType)));
        for (var i = 0; i < expected.Count; i++)
        {
            AssertSameFeatures(expected[i].Options?.Features, actual[i].Features);
        }
    }

    private static void AssertSameEnums(IList<PbReflection.EnumDescriptorProto> expected, IList<DecodedEnum> actual)
    {
        Assert.Equal(
            expected.Select(enumType => (enumType.Name, string.Join(",", enumType.Value.Select(value => value.Name + "=" + value.Number)), string.Join(",", enumType.ReservedRange.Select(range => range.Start + ".." + range.End)), string.Join(",", enumType.ReservedName))),
            actual.Select(enumType => (enumType.Name, string.Join(",", enumType.Values.Select(value => value.Name + "=" + value.Number)), string.Join(",", enumType.ReservedRanges), string.Join(",", enumType.ReservedNames))));
        for (var i = 0; i < expected.Count; i++)
        {
            AssertSameFeatures(expected[i].Options?.Features, actual[i].Features);
        }
    }

    private static void AssertSameFeatures(PbReflection.FeatureSet? expected, DecodedFeatures? actual) =>
        Assert.Equal(
            expected is null ? null : string.Join(",", (int)expected.FieldPresence, (int)expected.EnumType, (int)expected.Utf8Validation, (int)expected.MessageEncoding, (int)expected.JsonFormat),
            actual is null ? null : string.Join(",", actual.FieldPresence, actual.EnumType, actual.Utf8Validation, actual.MessageEncoding, actual.JsonFormat));

    /// <summary>The scalar file options <see cref="DecodedFile.Options"/> holds, from Google.Protobuf's decoding.</summary>
    private static SortedDictionary<string, string> FileOptions(PbReflection.FileOptions? options)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (options is null)
        {
            return result;
        }

        void Add(bool has, string name, object value) { if (has) { result[name] = value is bool flag ? (flag ? "true" : "false") : value.ToString()!; } }
        Add(options.HasJavaPackage, "java_package", options.JavaPackage);
        Add(options.HasJavaOuterClassname, "java_outer_classname", options.JavaOuterClassname);
        Add(options.HasJavaMultipleFiles, "java_multiple_files", options.JavaMultipleFiles);
        Add(options.HasGoPackage, "go_package", options.GoPackage);
        Add(options.HasCcGenericServices, "cc_generic_services", options.CcGenericServices);
        Add(options.HasJavaGenericServices, "java_generic_services", options.JavaGenericServices);
        Add(options.HasPyGenericServices, "py_generic_services", options.PyGenericServices);
        Add(options.HasJavaStringCheckUtf8, "java_string_check_utf8", options.JavaStringCheckUtf8);
        Add(options.HasCcEnableArenas, "cc_enable_arenas", options.CcEnableArenas);
        Add(options.HasObjcClassPrefix, "objc_class_prefix", options.ObjcClassPrefix);
        Add(options.HasCsharpNamespace, "csharp_namespace", options.CsharpNamespace);
        Add(options.HasSwiftPrefix, "swift_prefix", options.SwiftPrefix);
        Add(options.HasPhpClassPrefix, "php_class_prefix", options.PhpClassPrefix);
        Add(options.HasPhpNamespace, "php_namespace", options.PhpNamespace);
        Add(options.HasPhpMetadataNamespace, "php_metadata_namespace", options.PhpMetadataNamespace);
        Add(options.HasRubyPackage, "ruby_package", options.RubyPackage);
        Add(options.HasOptimizeFor, "optimize_for", options.OptimizeFor switch
        {
            PbReflection.FileOptions.Types.OptimizeMode.CodeSize => "CODE_SIZE",
            PbReflection.FileOptions.Types.OptimizeMode.LiteRuntime => "LITE_RUNTIME",
            _ => "SPEED",
        });
        return result;
    }
}
