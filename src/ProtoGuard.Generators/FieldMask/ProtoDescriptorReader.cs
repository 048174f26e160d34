using System.Collections.Generic;
using System.Text;

namespace ProtoGuard.Generators.FieldMaskHelpers;

/// <summary>
/// Decodes the subset of a serialized <c>google.protobuf.FileDescriptorProto</c> that the field mask helpers need,
/// straight from the protobuf wire format: the generator cannot depend on Google.Protobuf, and the descriptor that
/// Grpc.Tools embeds is exact where guessing from the generated C# is not (proto names, presence, maps, oneofs).
/// Unknown fields are skipped; malformed input yields <see langword="null"/>, never an exception.
/// </summary>
internal static class ProtoDescriptorReader
{
    // Field numbers from google/protobuf/descriptor.proto.
    private const int FilePackage = 2;
    private const int FileMessageType = 4;
    private const int FileOptions = 8;
    private const int FileSyntax = 12;
    private const int FileOptionsCSharpNamespace = 37;
    private const int MessageName = 1;
    private const int MessageField = 2;
    private const int MessageNestedType = 3;
    private const int MessageOptions = 7;
    private const int MessageOneofDecl = 8;
    private const int MessageOptionsMapEntry = 7;
    private const int FieldName = 1;
    private const int FieldLabel = 4;
    private const int FieldType = 5;
    private const int FieldTypeName = 6;
    private const int FieldOneofIndex = 9;
    private const int FieldProto3Optional = 17;
    private const int OneofName = 1;

    private const int WireVarint = 0;
    private const int WireFixed64 = 1;
    private const int WireLengthDelimited = 2;
    private const int WireFixed32 = 5;

    /// <summary>Reads a serialized FileDescriptorProto; <see langword="null"/> if it is not well-formed.</summary>
    public static ProtoFileDescriptor? ReadFile(byte[] data)
    {
        var file = new ProtoFileDescriptor();
        return TryReadFile(new WireReader(data, 0, data.Length), file) ? file : null;
    }

    private static bool TryReadFile(WireReader reader, ProtoFileDescriptor file)
    {
        while (reader.TryReadTag(out int field, out int wireType))
        {
            bool ok = (field, wireType) switch
            {
                (FilePackage, WireLengthDelimited) => reader.TryReadString(out file.Package),
                (FileSyntax, WireLengthDelimited) => reader.TryReadString(out file.Syntax),
                (FileMessageType, WireLengthDelimited) => TryReadMessageInto(ref reader, file.Messages),
                (FileOptions, WireLengthDelimited) => reader.TryReadSubReader(out WireReader options) && TryReadFileOptions(options, file),
                _ => reader.TrySkip(wireType),
            };
            if (!ok)
            {
                return false;
            }
        }

        return reader.IsAtEnd;
    }

    private static bool TryReadFileOptions(WireReader reader, ProtoFileDescriptor file)
    {
        while (reader.TryReadTag(out int field, out int wireType))
        {
            bool ok = field == FileOptionsCSharpNamespace && wireType == WireLengthDelimited
                ? reader.TryReadString(out file.CSharpNamespace)
                : reader.TrySkip(wireType);
            if (!ok)
            {
                return false;
            }
        }

        return reader.IsAtEnd;
    }

    private static bool TryReadMessageInto(ref WireReader reader, List<ProtoMessageDescriptor> into)
    {
        var message = new ProtoMessageDescriptor();
        if (!reader.TryReadSubReader(out WireReader nested) || !TryReadMessage(nested, message))
        {
            return false;
        }

        into.Add(message);
        return true;
    }

    private static bool TryReadMessage(WireReader reader, ProtoMessageDescriptor message)
    {
        while (reader.TryReadTag(out int field, out int wireType))
        {
            bool ok = (field, wireType) switch
            {
                (MessageName, WireLengthDelimited) => reader.TryReadString(out message.Name),
                (MessageField, WireLengthDelimited) => TryReadFieldInto(ref reader, message.Fields),
                (MessageNestedType, WireLengthDelimited) => TryReadMessageInto(ref reader, message.NestedMessages),
                (MessageOneofDecl, WireLengthDelimited) => TryReadNameInto(ref reader, OneofName, message.OneofNames),
                (MessageOptions, WireLengthDelimited) => reader.TryReadSubReader(out WireReader options) && TryReadMessageOptions(options, message),
                _ => reader.TrySkip(wireType),
            };
            if (!ok)
            {
                return false;
            }
        }

        return reader.IsAtEnd;
    }

    private static bool TryReadMessageOptions(WireReader reader, ProtoMessageDescriptor message)
    {
        while (reader.TryReadTag(out int field, out int wireType))
        {
            bool ok;
            if (field == MessageOptionsMapEntry && wireType == WireVarint)
            {
                ok = reader.TryReadVarint(out ulong value);
                message.IsMapEntry = value != 0;
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

    private static bool TryReadFieldInto(ref WireReader reader, List<ProtoFieldDescriptor> into)
    {
        var field = new ProtoFieldDescriptor();
        if (!reader.TryReadSubReader(out WireReader nested) || !TryReadField(nested, field))
        {
            return false;
        }

        into.Add(field);
        return true;
    }

    private static bool TryReadField(WireReader reader, ProtoFieldDescriptor field)
    {
        while (reader.TryReadTag(out int number, out int wireType))
        {
            bool ok;
            ulong value;
            switch (number, wireType)
            {
                case (FieldName, WireLengthDelimited):
                    ok = reader.TryReadString(out field.Name);
                    break;
                case (FieldTypeName, WireLengthDelimited):
                    ok = reader.TryReadString(out field.TypeName);
                    break;
                case (FieldLabel, WireVarint):
                    ok = reader.TryReadVarint(out value);
                    field.Label = (ProtoFieldLabel)unchecked((int)value);
                    break;
                case (FieldType, WireVarint):
                    ok = reader.TryReadVarint(out value);
                    field.Type = (ProtoFieldType)unchecked((int)value);
                    break;
                case (FieldOneofIndex, WireVarint):
                    ok = reader.TryReadVarint(out value);
                    field.OneofIndex = unchecked((int)value);
                    break;
                case (FieldProto3Optional, WireVarint):
                    ok = reader.TryReadVarint(out value);
                    field.Proto3Optional = value != 0;
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
    private static bool TryReadNameInto(ref WireReader reader, int nameField, List<string> into)
    {
        if (!reader.TryReadSubReader(out WireReader nested))
        {
            return false;
        }

        string? name = null;
        while (nested.TryReadTag(out int field, out int wireType))
        {
            bool ok = field == nameField && wireType == WireLengthDelimited
                ? nested.TryReadString(out name)
                : nested.TrySkip(wireType);
            if (!ok)
            {
                return false;
            }
        }

        if (!nested.IsAtEnd || name is null)
        {
            return false;
        }

        into.Add(name);
        return true;
    }

    /// <summary>A cursor over one length-delimited region of the input.</summary>
    private struct WireReader
    {
        private readonly byte[] _data;
        private readonly int _end;
        private int _position;
        private bool _malformed;

        public WireReader(byte[] data, int start, int end)
        {
            _data = data;
            _position = start;
            _end = end;
            _malformed = false;
        }

        /// <summary>Whether the whole region was read; false after a malformed tag even if it was the last byte.</summary>
        public readonly bool IsAtEnd => !_malformed && _position == _end;

        public bool TryReadTag(out int field, out int wireType)
        {
            field = 0;
            wireType = 0;
            if (_position >= _end)
            {
                return false;
            }

            if (!TryReadVarint(out ulong tag) || tag > int.MaxValue || (tag >> 3) == 0)
            {
                _malformed = true;
                return false;
            }

            field = (int)(tag >> 3);
            wireType = (int)(tag & 7);
            return true;
        }

        public bool TryReadVarint(out ulong value)
        {
            value = 0;
            for (int shift = 0; shift < 64; shift += 7)
            {
                if (_position >= _end)
                {
                    return false;
                }

                byte current = _data[_position++];
                value |= (ulong)(current & 0x7F) << shift;
                if ((current & 0x80) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        public bool TryReadSubReader(out WireReader nested)
        {
            nested = default;
            if (!TryReadVarint(out ulong length) || length > (ulong)(_end - _position))
            {
                return false;
            }

            nested = new WireReader(_data, _position, _position + (int)length);
            _position += (int)length;
            return true;
        }

        public bool TryReadString(out string? value)
        {
            value = null;
            if (!TryReadSubReader(out WireReader nested))
            {
                return false;
            }

            value = Encoding.UTF8.GetString(_data, nested._position, nested._end - nested._position);
            return true;
        }

        public bool TrySkip(int wireType)
        {
            switch (wireType)
            {
                case WireVarint:
                    return TryReadVarint(out _);
                case WireFixed64:
                    return TryAdvance(8);
                case WireLengthDelimited:
                    return TryReadSubReader(out _);
                case WireFixed32:
                    return TryAdvance(4);
                default:
                    // Groups (3, 4) never occur in descriptors; anything else is corrupt.
                    return false;
            }
        }

        private bool TryAdvance(int count)
        {
            if (_end - _position < count)
            {
                return false;
            }

            _position += count;
            return true;
        }
    }
}
