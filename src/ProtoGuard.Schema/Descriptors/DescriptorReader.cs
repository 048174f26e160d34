using System.Collections.Generic;
using Numbers = ProtoGuard.Schema.Descriptors.DescriptorFieldNumbers;

namespace ProtoGuard.Schema.Descriptors;

/// <summary>
/// Decodes serialized <c>FileDescriptorProto</c>s and <c>FileDescriptorSet</c>s (the bytes Grpc.Tools embeds in every
/// <c>XxxReflection</c> class, protoc's <c>--descriptor_set_out</c>, <see cref="DescriptorWriter"/>'s output) into
/// <see cref="DecodedFile"/>, with the field numbers of <see cref="DescriptorFieldNumbers"/>. Fields it does not
/// model are skipped; malformed input yields <see langword="null"/>, never an exception.
/// </summary>
public static class DescriptorReader
{
    /// <summary>Reads a serialized FileDescriptorProto; <see langword="null"/> if it is not well-formed.</summary>
    public static DecodedFile? ReadFile(byte[] data)
    {
        var file = new DecodedFile();
        return ReadFileFields(new WireReader(data), file) ? file : null;
    }

    /// <summary>Reads a serialized FileDescriptorSet; <see langword="null"/> if it is not well-formed.</summary>
    public static IReadOnlyList<DecodedFile>? ReadFileSet(byte[] data)
    {
        var files = new List<DecodedFile>();
        var reader = new WireReader(data);
        while (reader.TryReadTag(out var field, out var wireType))
        {
            var ok = field == Numbers.FileSet.File && wireType == WireWriter.LengthDelimited
                ? ReadInto(ref reader, files, ReadFileFields)
                : reader.TrySkip(wireType);
            if (!ok)
            {
                return null;
            }
        }

        return reader.IsAtEnd ? files : null;
    }

    private delegate bool ReadMessage<T>(WireReader reader, T into);

    /// <summary>Reads one length-delimited sub-message into a new <typeparamref name="T"/> appended to <paramref name="into"/>.</summary>
    private static bool ReadInto<T>(ref WireReader reader, List<T> into, ReadMessage<T> read)
        where T : new()
    {
        var item = new T();
        if (!reader.TryReadSubReader(out var nested) || !read(nested, item))
        {
            return false;
        }

        into.Add(item);
        return true;
    }

    private static bool ReadFileFields(WireReader reader, DecodedFile file)
    {
        while (reader.TryReadTag(out var field, out var wireType))
        {
            string text;
            bool ok;
            switch (field, wireType)
            {
                case (Numbers.File.Name, WireWriter.LengthDelimited):
                    ok = reader.TryReadString(out text);
                    file.Name = text;
                    break;
                case (Numbers.File.Package, WireWriter.LengthDelimited):
                    ok = reader.TryReadString(out text);
                    file.Package = text;
                    break;
                case (Numbers.File.Dependency, WireWriter.LengthDelimited):
                    ok = reader.TryReadString(out text);
                    file.Dependencies.Add(text);
                    break;
                case (Numbers.File.MessageType, WireWriter.LengthDelimited):
                    ok = ReadInto(ref reader, file.MessageTypes, ReadMessageType);
                    break;
                case (Numbers.File.EnumType, WireWriter.LengthDelimited):
                    ok = ReadInto(ref reader, file.EnumTypes, ReadEnum);
                    break;
                case (Numbers.File.Service, WireWriter.LengthDelimited):
                    ok = ReadInto(ref reader, file.Services, ReadService);
                    break;
                case (Numbers.File.Extension, WireWriter.LengthDelimited):
                    ok = ReadInto(ref reader, file.Extensions, ReadField);
                    break;
                case (Numbers.File.Options, WireWriter.LengthDelimited):
                    ok = reader.TryReadSubReader(out var options) && ReadFileOptions(options, file);
                    break;
                case (Numbers.File.Syntax, WireWriter.LengthDelimited):
                    ok = reader.TryReadString(out text);
                    file.Syntax = text;
                    break;
                case (Numbers.File.Edition, WireWriter.Varint):
                    ok = reader.TryReadInt32(out var edition);
                    file.Edition = edition;
                    break;
                default:
                    ok = reader.TrySkip(wireType);
                    break;
            }

            if (!ok)
            {
                return false;
            }
        }

        return reader.IsAtEnd;
    }

    /// <summary>The scalar <c>FileOptions</c> <see cref="DecodedFile.Options"/> holds: number, option name, whether it is a bool.</summary>
    private static readonly Dictionary<int, (string Name, bool IsBool)> FileOptionNames = new Dictionary<int, (string, bool)>
    {
        [Numbers.FileOptions.JavaPackage] = ("java_package", false),
        [Numbers.FileOptions.JavaOuterClassname] = ("java_outer_classname", false),
        [Numbers.FileOptions.JavaMultipleFiles] = ("java_multiple_files", true),
        [Numbers.FileOptions.GoPackage] = ("go_package", false),
        [Numbers.FileOptions.CcGenericServices] = ("cc_generic_services", true),
        [Numbers.FileOptions.JavaGenericServices] = ("java_generic_services", true),
        [Numbers.FileOptions.PyGenericServices] = ("py_generic_services", true),
        [Numbers.FileOptions.JavaStringCheckUtf8] = ("java_string_check_utf8", true),
        [Numbers.FileOptions.CcEnableArenas] = ("cc_enable_arenas", true),
        [Numbers.FileOptions.ObjcClassPrefix] = ("objc_class_prefix", false),
        [Numbers.FileOptions.CSharpNamespace] = ("csharp_namespace", false),
        [Numbers.FileOptions.SwiftPrefix] = ("swift_prefix", false),
        [Numbers.FileOptions.PhpClassPrefix] = ("php_class_prefix", false),
        [Numbers.FileOptions.PhpNamespace] = ("php_namespace", false),
        [Numbers.FileOptions.PhpMetadataNamespace] = ("php_metadata_namespace", false),
        [Numbers.FileOptions.RubyPackage] = ("ruby_package", false),
    };

    private static bool ReadFileOptions(WireReader reader, DecodedFile file)
    {
        while (reader.TryReadTag(out var field, out var wireType))
        {
            bool ok;
            if (FileOptionNames.TryGetValue(field, out var option) && wireType == (option.IsBool ? WireWriter.Varint : WireWriter.LengthDelimited))
            {
                string value;
                if (option.IsBool)
                {
                    ok = reader.TryReadBool(out var flag);
                    value = flag ? "true" : "false";
                }
                else
                {
                    ok = reader.TryReadString(out value);
                }

                file.Options[option.Name] = value;
                if (field == Numbers.FileOptions.CSharpNamespace)
                {
                    file.CSharpNamespace = value;
                }
            }
            else if (field == Numbers.FileOptions.OptimizeFor && wireType == WireWriter.Varint)
            {
                ok = reader.TryReadInt32(out var mode);
                file.Options["optimize_for"] = mode switch { 2 => "CODE_SIZE", 3 => "LITE_RUNTIME", _ => "SPEED" };
            }
            else if (field == Numbers.FileOptions.Features && wireType == WireWriter.LengthDelimited)
            {
                ok = ReadFeatures(ref reader, file.Features ??= new DecodedFeatures());
            }
            else
            {
                ok = reader.TrySkip(wireType);
            }

            if (!ok)
            {
                return false;
            }
        }

        return reader.IsAtEnd;
    }

    private static bool ReadMessageType(WireReader reader, DecodedMessage message)
    {
        while (reader.TryReadTag(out var field, out var wireType))
        {
            bool ok;
            switch (field, wireType)
            {
                case (Numbers.Message.Name, WireWriter.LengthDelimited):
                    ok = reader.TryReadString(out var name);
                    message.Name = name;
                    break;
                case (Numbers.Message.Field, WireWriter.LengthDelimited):
                    ok = ReadInto(ref reader, message.Fields, ReadField);
                    break;
                case (Numbers.Message.NestedType, WireWriter.LengthDelimited):
                    ok = ReadInto(ref reader, message.NestedTypes, ReadMessageType);
                    if (ok)
                    {
                        message.NestedTypes[message.NestedTypes.Count - 1].ContainingMessage = message;
                    }

                    break;
                case (Numbers.Message.EnumType, WireWriter.LengthDelimited):
                    ok = ReadInto(ref reader, message.EnumTypes, ReadEnum);
                    break;
                case (Numbers.Message.Options, WireWriter.LengthDelimited):
                    ok = reader.TryReadSubReader(out var options) && ReadMessageOptions(options, message);
                    break;
                case (Numbers.Message.OneofDecl, WireWriter.LengthDelimited):
                    var oneofName = string.Empty;
                    ok = reader.TryReadSubReader(out var oneof) && ReadOneofName(oneof, out oneofName);
                    message.OneofNames.Add(oneofName);
                    break;
                case (Numbers.Message.Extension, WireWriter.LengthDelimited):
                    ok = ReadInto(ref reader, message.Extensions, ReadField);
                    break;
                case (Numbers.Message.ExtensionRange, WireWriter.LengthDelimited):
                    ok = ReadRange(ref reader, message.ExtensionRanges);
                    break;
                case (Numbers.Message.ReservedRange, WireWriter.LengthDelimited):
                    ok = ReadRange(ref reader, message.ReservedRanges);
                    break;
                case (Numbers.Message.ReservedName, WireWriter.LengthDelimited):
                    ok = reader.TryReadString(out var reservedName);
                    message.ReservedNames.Add(reservedName);
                    break;
                default:
                    ok = reader.TrySkip(wireType);
                    break;
            }

            if (!ok)
            {
                return false;
            }
        }

        return reader.IsAtEnd;
    }

    private static bool ReadMessageOptions(WireReader reader, DecodedMessage message)
    {
        while (reader.TryReadTag(out var field, out var wireType))
        {
            bool ok;
            bool flag;
            switch (field, wireType)
            {
                case (Numbers.MessageOptions.MapEntry, WireWriter.Varint):
                    ok = reader.TryReadBool(out flag);
                    message.IsMapEntry = flag;
                    break;
                case (Numbers.MessageOptions.MessageSetWireFormat, WireWriter.Varint):
                    ok = reader.TryReadBool(out flag);
                    message.MessageSetWireFormat = flag;
                    break;
                case (Numbers.MessageOptions.NoStandardDescriptorAccessor, WireWriter.Varint):
                    ok = reader.TryReadBool(out flag);
                    message.NoStandardDescriptorAccessor = flag;
                    break;
                case (Numbers.MessageOptions.Features, WireWriter.LengthDelimited):
                    ok = ReadFeatures(ref reader, message.Features ??= new DecodedFeatures());
                    break;
                default:
                    ok = reader.TrySkip(wireType);
                    break;
            }

            if (!ok)
            {
                return false;
            }
        }

        return reader.IsAtEnd;
    }

    /// <summary>Reads a DescriptorProto.ExtensionRange / ReservedRange or an EnumReservedRange (start and end as written).</summary>
    private static bool ReadRange(ref WireReader outer, List<NumberRange> into)
    {
        if (!outer.TryReadSubReader(out var reader))
        {
            return false;
        }

        var start = 0;
        var end = 0;
        while (reader.TryReadTag(out var field, out var wireType))
        {
            bool ok;
            switch (field, wireType)
            {
                case (Numbers.Range.Start, WireWriter.Varint):
                    ok = reader.TryReadInt32(out start);
                    break;
                case (Numbers.Range.End, WireWriter.Varint):
                    ok = reader.TryReadInt32(out end);
                    break;
                default:
                    ok = reader.TrySkip(wireType);
                    break;
            }

            if (!ok)
            {
                return false;
            }
        }

        into.Add(new NumberRange(start, end));
        return reader.IsAtEnd;
    }

    /// <summary>Reads a FeatureSet into <paramref name="features"/> (a repeated occurrence merges, as protobuf does).</summary>
    private static bool ReadFeatures(ref WireReader outer, DecodedFeatures features)
    {
        if (!outer.TryReadSubReader(out var reader))
        {
            return false;
        }

        while (reader.TryReadTag(out var field, out var wireType))
        {
            bool ok;
            int value;
            switch (field, wireType)
            {
                case (Numbers.FeatureSet.FieldPresence, WireWriter.Varint):
                    ok = reader.TryReadInt32(out value);
                    features.FieldPresence = value;
                    break;
                case (Numbers.FeatureSet.EnumType, WireWriter.Varint):
                    ok = reader.TryReadInt32(out value);
                    features.EnumType = value;
                    break;
                case (Numbers.FeatureSet.Utf8Validation, WireWriter.Varint):
                    ok = reader.TryReadInt32(out value);
                    features.Utf8Validation = value;
                    break;
                case (Numbers.FeatureSet.MessageEncoding, WireWriter.Varint):
                    ok = reader.TryReadInt32(out value);
                    features.MessageEncoding = value;
                    break;
                case (Numbers.FeatureSet.JsonFormat, WireWriter.Varint):
                    ok = reader.TryReadInt32(out value);
                    features.JsonFormat = value;
                    break;
                case (Numbers.FeatureSet.Cpp, WireWriter.LengthDelimited):
                    ok = ReadLanguageFeature(ref reader, Numbers.FeatureSet.CppStringType, out value);
                    features.CppStringType = value != 0 ? value : features.CppStringType;
                    break;
                case (Numbers.FeatureSet.Java, WireWriter.LengthDelimited):
                    ok = ReadLanguageFeature(ref reader, Numbers.FeatureSet.JavaUtf8Validation, out value);
                    features.JavaUtf8Validation = value != 0 ? value : features.JavaUtf8Validation;
                    break;
                default:
                    ok = reader.TrySkip(wireType);
                    break;
            }

            if (!ok)
            {
                return false;
            }
        }

        return reader.IsAtEnd;
    }

    /// <summary>Reads one enum field (<paramref name="number"/>) of a language feature message; 0 when absent.</summary>
    private static bool ReadLanguageFeature(ref WireReader outer, int number, out int value)
    {
        value = 0;
        if (!outer.TryReadSubReader(out var reader))
        {
            return false;
        }

        while (reader.TryReadTag(out var field, out var wireType))
        {
            var ok = field == number && wireType == WireWriter.Varint ? reader.TryReadInt32(out value) : reader.TrySkip(wireType);
            if (!ok)
            {
                return false;
            }
        }

        return reader.IsAtEnd;
    }

    private static bool ReadFieldOptions(WireReader reader, DecodedField decoded)
    {
        while (reader.TryReadTag(out var field, out var wireType))
        {
            bool ok;
            int value;
            switch (field, wireType)
            {
                case (Numbers.FieldOptions.CType, WireWriter.Varint):
                    ok = reader.TryReadInt32(out value);
                    decoded.CType = value;
                    break;
                case (Numbers.FieldOptions.JsType, WireWriter.Varint):
                    ok = reader.TryReadInt32(out value);
                    decoded.JsType = value;
                    break;
                case (Numbers.FieldOptions.Features, WireWriter.LengthDelimited):
                    ok = ReadFeatures(ref reader, decoded.Features ??= new DecodedFeatures());
                    break;
                default:
                    ok = reader.TrySkip(wireType);
                    break;
            }

            if (!ok)
            {
                return false;
            }
        }

        return reader.IsAtEnd;
    }

    private static bool ReadEnumOptions(WireReader reader, DecodedEnum enumType)
    {
        while (reader.TryReadTag(out var field, out var wireType))
        {
            var ok = field == Numbers.EnumOptions.Features && wireType == WireWriter.LengthDelimited
                ? ReadFeatures(ref reader, enumType.Features ??= new DecodedFeatures())
                : reader.TrySkip(wireType);
            if (!ok)
            {
                return false;
            }
        }

        return reader.IsAtEnd;
    }

    private static bool ReadMethodOptions(WireReader reader, DecodedMethod method)
    {
        while (reader.TryReadTag(out var field, out var wireType))
        {
            bool ok;
            if (field == Numbers.MethodOptions.IdempotencyLevel && wireType == WireWriter.Varint)
            {
                ok = reader.TryReadInt32(out var level);
                method.IdempotencyLevel = level;
            }
            else
            {
                ok = reader.TrySkip(wireType);
            }

            if (!ok)
            {
                return false;
            }
        }

        return reader.IsAtEnd;
    }

    private static bool ReadField(WireReader reader, DecodedField field)
    {
        while (reader.TryReadTag(out var number, out var wireType))
        {
            bool ok;
            string text;
            int value;
            switch (number, wireType)
            {
                case (Numbers.Field.Name, WireWriter.LengthDelimited):
                    ok = reader.TryReadString(out text);
                    field.Name = text;
                    break;
                case (Numbers.Field.Number, WireWriter.Varint):
                    ok = reader.TryReadInt32(out value);
                    field.Number = value;
                    break;
                case (Numbers.Field.Label, WireWriter.Varint):
                    ok = reader.TryReadInt32(out value);
                    field.Label = (FieldCardinality)value;
                    break;
                case (Numbers.Field.Type, WireWriter.Varint):
                    ok = reader.TryReadInt32(out value);
                    field.Type = (FieldType)value;
                    break;
                case (Numbers.Field.TypeName, WireWriter.LengthDelimited):
                    ok = reader.TryReadString(out text);
                    field.TypeName = text;
                    break;
                case (Numbers.Field.DefaultValue, WireWriter.LengthDelimited):
                    ok = reader.TryReadString(out text);
                    field.DefaultValue = text;
                    break;
                case (Numbers.Field.OneofIndex, WireWriter.Varint):
                    ok = reader.TryReadInt32(out value);
                    field.OneofIndex = value;
                    break;
                case (Numbers.Field.JsonName, WireWriter.LengthDelimited):
                    ok = reader.TryReadString(out text);
                    field.JsonName = text;
                    break;
                case (Numbers.Field.Proto3Optional, WireWriter.Varint):
                    ok = reader.TryReadBool(out var proto3Optional);
                    field.Proto3Optional = proto3Optional;
                    break;
                case (Numbers.Field.Extendee, WireWriter.LengthDelimited):
                    ok = reader.TryReadString(out text);
                    field.Extendee = text;
                    break;
                case (Numbers.Field.Options, WireWriter.LengthDelimited):
                    ok = reader.TryReadSubReader(out var options) && ReadFieldOptions(options, field);
                    break;
                default:
                    ok = reader.TrySkip(wireType);
                    break;
            }

            if (!ok)
            {
                return false;
            }
        }

        return reader.IsAtEnd;
    }

    private static bool ReadEnum(WireReader reader, DecodedEnum enumType)
    {
        while (reader.TryReadTag(out var field, out var wireType))
        {
            bool ok;
            switch (field, wireType)
            {
                case (Numbers.Enum.Name, WireWriter.LengthDelimited):
                    ok = reader.TryReadString(out var name);
                    enumType.Name = name;
                    break;
                case (Numbers.Enum.Value, WireWriter.LengthDelimited):
                    ok = ReadInto(ref reader, enumType.Values, ReadEnumValue);
                    break;
                case (Numbers.Enum.ReservedRange, WireWriter.LengthDelimited):
                    ok = ReadRange(ref reader, enumType.ReservedRanges);
                    break;
                case (Numbers.Enum.ReservedName, WireWriter.LengthDelimited):
                    ok = reader.TryReadString(out var reservedName);
                    enumType.ReservedNames.Add(reservedName);
                    break;
                case (Numbers.Enum.Options, WireWriter.LengthDelimited):
                    ok = reader.TryReadSubReader(out var options) && ReadEnumOptions(options, enumType);
                    break;
                default:
                    ok = reader.TrySkip(wireType);
                    break;
            }

            if (!ok)
            {
                return false;
            }
        }

        return reader.IsAtEnd;
    }

    private static bool ReadEnumValue(WireReader reader, DecodedEnumValue value)
    {
        while (reader.TryReadTag(out var field, out var wireType))
        {
            bool ok;
            switch (field, wireType)
            {
                case (Numbers.EnumValue.Name, WireWriter.LengthDelimited):
                    ok = reader.TryReadString(out var name);
                    value.Name = name;
                    break;
                case (Numbers.EnumValue.Number, WireWriter.Varint):
                    ok = reader.TryReadInt32(out var number);
                    value.Number = number;
                    break;
                default:
                    ok = reader.TrySkip(wireType);
                    break;
            }

            if (!ok)
            {
                return false;
            }
        }

        return reader.IsAtEnd;
    }

    private static bool ReadService(WireReader reader, DecodedService service)
    {
        while (reader.TryReadTag(out var field, out var wireType))
        {
            bool ok;
            switch (field, wireType)
            {
                case (Numbers.Service.Name, WireWriter.LengthDelimited):
                    ok = reader.TryReadString(out var name);
                    service.Name = name;
                    break;
                case (Numbers.Service.Method, WireWriter.LengthDelimited):
                    ok = ReadInto(ref reader, service.Methods, ReadMethod);
                    break;
                default:
                    ok = reader.TrySkip(wireType);
                    break;
            }

            if (!ok)
            {
                return false;
            }
        }

        return reader.IsAtEnd;
    }

    private static bool ReadMethod(WireReader reader, DecodedMethod method)
    {
        while (reader.TryReadTag(out var field, out var wireType))
        {
            bool ok;
            string text;
            bool flag;
            switch (field, wireType)
            {
                case (Numbers.Method.Name, WireWriter.LengthDelimited):
                    ok = reader.TryReadString(out text);
                    method.Name = text;
                    break;
                case (Numbers.Method.InputType, WireWriter.LengthDelimited):
                    ok = reader.TryReadString(out text);
                    method.InputType = text;
                    break;
                case (Numbers.Method.OutputType, WireWriter.LengthDelimited):
                    ok = reader.TryReadString(out text);
                    method.OutputType = text;
                    break;
                case (Numbers.Method.ClientStreaming, WireWriter.Varint):
                    ok = reader.TryReadBool(out flag);
                    method.ClientStreaming = flag;
                    break;
                case (Numbers.Method.ServerStreaming, WireWriter.Varint):
                    ok = reader.TryReadBool(out flag);
                    method.ServerStreaming = flag;
                    break;
                case (Numbers.Method.Options, WireWriter.LengthDelimited):
                    ok = reader.TryReadSubReader(out var options) && ReadMethodOptions(options, method);
                    break;
                default:
                    ok = reader.TrySkip(wireType);
                    break;
            }

            if (!ok)
            {
                return false;
            }
        }

        return reader.IsAtEnd;
    }

    /// <summary>Reads the <c>name</c> of a OneofDescriptorProto.</summary>
    private static bool ReadOneofName(WireReader reader, out string name)
    {
        name = string.Empty;
        while (reader.TryReadTag(out var field, out var wireType))
        {
            bool ok;
            if (field == Numbers.Oneof.Name && wireType == WireWriter.LengthDelimited)
            {
                ok = reader.TryReadString(out var text);
                name = text;
            }
            else
            {
                ok = reader.TrySkip(wireType);
            }

            if (!ok)
            {
                return false;
            }
        }

        return reader.IsAtEnd;
    }
}
