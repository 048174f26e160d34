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
        while (reader.TryReadTag(out int field, out int wireType))
        {
            bool ok = field == Numbers.FileSet.File && wireType == WireWriter.LengthDelimited
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
        if (!reader.TryReadSubReader(out WireReader nested) || !read(nested, item))
        {
            return false;
        }

        into.Add(item);
        return true;
    }

    private static bool ReadFileFields(WireReader reader, DecodedFile file)
    {
        while (reader.TryReadTag(out int field, out int wireType))
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
                case (Numbers.File.Options, WireWriter.LengthDelimited):
                    ok = reader.TryReadSubReader(out WireReader options) && ReadFileOptions(options, file);
                    break;
                case (Numbers.File.Syntax, WireWriter.LengthDelimited):
                    ok = reader.TryReadString(out text);
                    file.Syntax = text;
                    break;
                case (Numbers.File.Edition, WireWriter.Varint):
                    ok = reader.TryReadInt32(out int edition);
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

    private static bool ReadFileOptions(WireReader reader, DecodedFile file)
    {
        while (reader.TryReadTag(out int field, out int wireType))
        {
            bool ok;
            if (field == Numbers.FileOptions.CSharpNamespace && wireType == WireWriter.LengthDelimited)
            {
                ok = reader.TryReadString(out string csharpNamespace);
                file.CSharpNamespace = csharpNamespace;
            }
            else if (field == Numbers.FileOptions.Features && wireType == WireWriter.LengthDelimited)
            {
                int presence = 0;
                ok = reader.TryReadSubReader(out WireReader features) && ReadFieldPresence(features, ref presence);
                file.FieldPresenceFeature = presence != 0 ? presence : file.FieldPresenceFeature;
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
        while (reader.TryReadTag(out int field, out int wireType))
        {
            bool ok;
            switch (field, wireType)
            {
                case (Numbers.Message.Name, WireWriter.LengthDelimited):
                    ok = reader.TryReadString(out string name);
                    message.Name = name;
                    break;
                case (Numbers.Message.Field, WireWriter.LengthDelimited):
                    ok = ReadInto(ref reader, message.Fields, ReadField);
                    break;
                case (Numbers.Message.NestedType, WireWriter.LengthDelimited):
                    ok = ReadInto(ref reader, message.NestedTypes, ReadMessageType);
                    break;
                case (Numbers.Message.EnumType, WireWriter.LengthDelimited):
                    ok = ReadInto(ref reader, message.EnumTypes, ReadEnum);
                    break;
                case (Numbers.Message.Options, WireWriter.LengthDelimited):
                    ok = reader.TryReadSubReader(out WireReader options) && ReadMessageOptions(options, message);
                    break;
                case (Numbers.Message.OneofDecl, WireWriter.LengthDelimited):
                    string oneofName = string.Empty;
                    ok = reader.TryReadSubReader(out WireReader oneof) && ReadOneofName(oneof, out oneofName);
                    message.OneofNames.Add(oneofName);
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
        while (reader.TryReadTag(out int field, out int wireType))
        {
            bool ok;
            if (field == Numbers.MessageOptions.MapEntry && wireType == WireWriter.Varint)
            {
                ok = reader.TryReadBool(out bool mapEntry);
                message.IsMapEntry = mapEntry;
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
        while (reader.TryReadTag(out int number, out int wireType))
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
                    ok = reader.TryReadBool(out bool proto3Optional);
                    field.Proto3Optional = proto3Optional;
                    break;
                case (Numbers.Field.Options, WireWriter.LengthDelimited):
                    ok = reader.TryReadSubReader(out WireReader options) && ReadFieldOptions(options, field);
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

    private static bool ReadFieldOptions(WireReader reader, DecodedField field)
    {
        while (reader.TryReadTag(out int number, out int wireType))
        {
            bool ok;
            if (number == Numbers.FieldOptions.Features && wireType == WireWriter.LengthDelimited)
            {
                int presence = field.FieldPresenceFeature;
                ok = reader.TryReadSubReader(out WireReader features) && ReadFieldPresence(features, ref presence);
                field.FieldPresenceFeature = presence;
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

    /// <summary>Reads <c>FeatureSet.field_presence</c> into <paramref name="presence"/> when the set has it (the last one wins).</summary>
    private static bool ReadFieldPresence(WireReader reader, ref int presence)
    {
        while (reader.TryReadTag(out int number, out int wireType))
        {
            bool ok;
            if (number == Numbers.FeatureSet.FieldPresence && wireType == WireWriter.Varint)
            {
                ok = reader.TryReadInt32(out int value);
                presence = value;
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

    private static bool ReadEnum(WireReader reader, DecodedEnum enumType)
    {
        while (reader.TryReadTag(out int field, out int wireType))
        {
            bool ok;
            switch (field, wireType)
            {
                case (Numbers.Enum.Name, WireWriter.LengthDelimited):
                    ok = reader.TryReadString(out string name);
                    enumType.Name = name;
                    break;
                case (Numbers.Enum.Value, WireWriter.LengthDelimited):
                    ok = ReadInto(ref reader, enumType.Values, ReadEnumValue);
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
        while (reader.TryReadTag(out int field, out int wireType))
        {
            bool ok;
            switch (field, wireType)
            {
                case (Numbers.EnumValue.Name, WireWriter.LengthDelimited):
                    ok = reader.TryReadString(out string name);
                    value.Name = name;
                    break;
                case (Numbers.EnumValue.Number, WireWriter.Varint):
                    ok = reader.TryReadInt32(out int number);
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
        while (reader.TryReadTag(out int field, out int wireType))
        {
            bool ok;
            switch (field, wireType)
            {
                case (Numbers.Service.Name, WireWriter.LengthDelimited):
                    ok = reader.TryReadString(out string name);
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
        while (reader.TryReadTag(out int field, out int wireType))
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
        while (reader.TryReadTag(out int field, out int wireType))
        {
            bool ok;
            if (field == Numbers.Oneof.Name && wireType == WireWriter.LengthDelimited)
            {
                ok = reader.TryReadString(out string text);
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
