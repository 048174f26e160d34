using System;
using System.Collections.Generic;

namespace ProtoGuard.Schema.Descriptors;

/// <summary>
/// A message value known only through its descriptor: interpreted options (<c>FileOptions</c>, <c>FieldOptions</c>,
/// ... with custom options as extension fields) and message-typed option values. Values are <see cref="long"/> for
/// signed integers and enums, <see cref="ulong"/> for unsigned ones, <see cref="bool"/>, <see cref="double"/>,
/// <see cref="float"/>, <see cref="string"/>, <c>byte[]</c> and <see cref="DynamicMessage"/>.
/// </summary>
public sealed class DynamicMessage
{
    private readonly SortedDictionary<int, DynamicField> _fields = new SortedDictionary<int, DynamicField>();

    public DynamicMessage(MessageDescriptor type)
    {
        Type = type;
    }

    public MessageDescriptor Type { get; }

    /// <summary>The set fields (extensions included) ordered by field number.</summary>
    public IEnumerable<DynamicField> Fields => _fields.Values;

    public bool IsEmpty => _fields.Count == 0;

    /// <summary>The field with this name (e.g. <c>deprecated</c>) or extension full name (e.g. <c>google.api.http</c>).</summary>
    public DynamicField? Find(string nameOrExtension)
    {
        foreach (var field in _fields.Values)
        {
            if (field.Field.IsExtension ? field.Field.FullName == nameOrExtension : field.Field.Name == nameOrExtension)
            {
                return field;
            }
        }

        return null;
    }

    public DynamicField? Find(int number) => _fields.TryGetValue(number, out var field) ? field : null;

    /// <summary>The single value of a field (the last one of a repeated field), or null when not set.</summary>
    public object? GetValue(string nameOrExtension)
    {
        var field = Find(nameOrExtension);
        return field == null || field.Values.Count == 0 ? null : field.Values[field.Values.Count - 1];
    }

    public bool Contains(FieldDescriptor field) => _fields.ContainsKey(field.Number);

    internal DynamicField GetOrAdd(FieldDescriptor field)
    {
        if (!_fields.TryGetValue(field.Number, out var entry))
        {
            entry = new DynamicField(field);
            _fields.Add(field.Number, entry);
        }

        return entry;
    }

    internal void Remove(FieldDescriptor field) => _fields.Remove(field.Number);

    /// <summary>Protobuf merge: repeated fields append, singular messages merge, other singular fields are replaced.</summary>
    internal void MergeFrom(DynamicMessage other)
    {
        foreach (var source in other.Fields)
        {
            var target = GetOrAdd(source.Field);
            if (source.Field.IsRepeated)
            {
                target.Values.AddRange(source.Values);
            }
            else if (target.Values.Count == 1 && target.Values[0] is DynamicMessage existing && source.Values[0] is DynamicMessage incoming)
            {
                existing.MergeFrom(incoming);
            }
            else
            {
                target.Values.Clear();
                target.Values.AddRange(source.Values);
            }
        }
    }

    /// <summary>Serializes the message the way protobuf does: fields in number order, packed where the field is packed.</summary>
    public byte[] ToByteArray()
    {
        var writer = new WireWriter();
        WriteTo(writer);
        return writer.ToArray();
    }

    /// <summary>True when nothing is left to write once source-retention options are stripped.</summary>
    internal bool IsEmptyWithoutSourceRetention()
    {
        foreach (var entry in _fields.Values)
        {
            if (!HasSourceRetention(entry.Field))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>[retention = RETENTION_SOURCE]</c>: protoc drops such options from descriptor sets (unless --retain_options).</summary>
    internal static bool HasSourceRetention(FieldDescriptor field) => field.Options?.GetValue("retention") is long retention && retention == 2;

    internal void WriteTo(WireWriter writer, bool stripSourceRetention = false)
    {
        foreach (var entry in _fields.Values)
        {
            var field = entry.Field;
            if (stripSourceRetention && HasSourceRetention(field))
            {
                continue;
            }

            if (field.IsRepeated && field.IsPacked && IsPackable(field.Type) && entry.Values.Count > 0)
            {
                var start = writer.BeginLengthDelimited(field.Number);
                foreach (var value in entry.Values)
                {
                    WriteScalar(writer, field.Type, value);
                }

                writer.EndLengthDelimited(start);
                continue;
            }

            foreach (var value in entry.Values)
            {
                WriteValue(writer, field, value, stripSourceRetention);
            }
        }
    }

    internal static bool IsPackable(FieldType type) =>
        type != FieldType.String && type != FieldType.Bytes && type != FieldType.Message && type != FieldType.Group && type != FieldType.Unresolved;

    private static void WriteValue(WireWriter writer, FieldDescriptor field, object value, bool stripSourceRetention)
    {
        switch (field.Type)
        {
            case FieldType.Message:
                var start = writer.BeginLengthDelimited(field.Number);
                ((DynamicMessage)value).WriteTo(writer, stripSourceRetention);
                writer.EndLengthDelimited(start);
                break;
            case FieldType.Group:
                writer.WriteTag(field.Number, WireWriter.StartGroup);
                ((DynamicMessage)value).WriteTo(writer, stripSourceRetention);
                writer.WriteTag(field.Number, WireWriter.EndGroup);
                break;
            case FieldType.String when value is byte[] raw:
                writer.WriteBytesField(field.Number, raw);
                break;
            case FieldType.String:
                writer.WriteString(field.Number, (string)value);
                break;
            case FieldType.Bytes:
                writer.WriteBytesField(field.Number, (byte[])value);
                break;
            default:
                writer.WriteTag(field.Number, WireTypeOf(field.Type));
                WriteScalar(writer, field.Type, value);
                break;
        }
    }

    private static int WireTypeOf(FieldType type) => type switch
    {
        FieldType.Double or FieldType.Fixed64 or FieldType.SFixed64 => WireWriter.Fixed64,
        FieldType.Float or FieldType.Fixed32 or FieldType.SFixed32 => WireWriter.Fixed32,
        _ => WireWriter.Varint,
    };

    private static void WriteScalar(WireWriter writer, FieldType type, object value)
    {
        switch (type)
        {
            case FieldType.Double:
                writer.WriteFixed64(unchecked((ulong)BitConverter.DoubleToInt64Bits((double)value)));
                break;
            case FieldType.Float:
                writer.WriteFixed32(unchecked((uint)BitConverter.ToInt32(BitConverter.GetBytes((float)value), 0)));
                break;
            case FieldType.Fixed64:
                writer.WriteFixed64((ulong)value);
                break;
            case FieldType.SFixed64:
                writer.WriteFixed64(unchecked((ulong)(long)value));
                break;
            case FieldType.Fixed32:
                writer.WriteFixed32((uint)(ulong)value);
                break;
            case FieldType.SFixed32:
                writer.WriteFixed32(unchecked((uint)(int)(long)value));
                break;
            case FieldType.Bool:
                writer.WriteVarint((bool)value ? 1UL : 0UL);
                break;
            case FieldType.UInt32:
            case FieldType.UInt64:
                writer.WriteVarint((ulong)value);
                break;
            case FieldType.SInt32:
                {
                    var v = (int)(long)value;
                    writer.WriteVarint((uint)((v << 1) ^ (v >> 31)));
                    break;
                }

            case FieldType.SInt64:
                {
                    var v = (long)value;
                    writer.WriteVarint(unchecked((ulong)((v << 1) ^ (v >> 63))));
                    break;
                }

            default:
                // int32, int64, enum: sign-extended to 64 bits.
                writer.WriteVarint(unchecked((ulong)(long)value));
                break;
        }
    }
}

/// <summary>One set field of a <see cref="DynamicMessage"/> with its values (one unless repeated).</summary>
public sealed class DynamicField
{
    internal DynamicField(FieldDescriptor field)
    {
        Field = field;
    }

    public FieldDescriptor Field { get; }

    public List<object> Values { get; } = new List<object>();

    public override string ToString() => Field.Name + " = " + string.Join(", ", Values);
}
