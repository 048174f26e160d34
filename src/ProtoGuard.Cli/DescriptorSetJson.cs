using System.Buffers.Binary;
using System.Globalization;
using System.Text.Json;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Linking;

namespace ProtoGuard.Cli;

/// <summary>
/// Turns a <c>FileDescriptorSet</c> (or a buf <c>Image</c>, which has the same <c>file</c> field) written as protobuf
/// JSON (<c>buf build -o image.json</c>) into its binary form, driven by descriptor.proto itself (the embedded
/// well-known copy), so that <see cref="DescriptorReader"/> is the only descriptor reader. Field names are accepted as
/// JSON names or proto names; fields descriptor.proto does not have (buf's <c>bufExtension</c>) and extensions other
/// than the language features the breaking rules compare (<c>[pb.cpp]</c>, <c>[pb.java]</c>) are skipped.
/// </summary>
internal static class DescriptorSetJson
{
    private const int Varint = 0;
    private const int Fixed64 = 1;
    private const int LengthDelimited = 2;
    private const int Fixed32 = 5;

    private static readonly Lazy<ProtoCompilation> DescriptorProto = new(() =>
        ProtoCompilation.Create(["google/protobuf/descriptor.proto"], _ => null));

    /// <summary>The language feature extensions of <c>FeatureSet</c>: JSON key, extension number, the one enum field read, its values.</summary>
    private static readonly (string Key, int Number, string Field, int FieldNumber, string[] Values)[] LanguageFeatures =
    [
        ("[pb.cpp]", 1000, "stringType", 2, ["STRING_TYPE_UNKNOWN", "VIEW", "CORD", "STRING"]),
        ("[pb.java]", 1001, "utf8Validation", 2, ["UTF8_VALIDATION_UNKNOWN", "DEFAULT", "VERIFY"]),
    ];

    /// <summary>The binary FileDescriptorSet, or null with <paramref name="problem"/> (one sentence) for JSON that is not one.</summary>
    public static byte[]? ToBinary(string json, out string? problem)
    {
        problem = null;
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                problem = "the JSON is not an object";
                return null;
            }

            var output = new MemoryStream();
            WriteMessage(output, document.RootElement, DescriptorProto.Value.FindMessage("google.protobuf.FileDescriptorSet")!);
            return output.ToArray();
        }
        catch (JsonException e)
        {
            problem = $"not valid JSON ({e.Message})";
        }
        catch (Exception e) when (e is FormatException or OverflowException or InvalidOperationException)
        {
            problem = e.Message;
        }

        return null;
    }

    private static void WriteMessage(MemoryStream output, JsonElement value, MessageDescriptor message)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"a {message.FullName} must be a JSON object, not {value.ValueKind}");
        }

        foreach (var property in value.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            var language = Array.FindIndex(LanguageFeatures, feature => feature.Key == property.Name);
            if (message.FullName == "google.protobuf.FeatureSet" && language >= 0)
            {
                WriteLanguageFeature(output, property.Value, LanguageFeatures[language]);
                continue;
            }

            var field = message.Fields.FirstOrDefault(field => field.JsonName == property.Name) ?? message.FindFieldByName(property.Name);
            if (field is null)
            {
                continue;
            }

            if (field.IsRepeated)
            {
                if (property.Value.ValueKind != JsonValueKind.Array)
                {
                    throw new FormatException($"'{property.Name}' of {message.FullName} must be a JSON array");
                }

                foreach (var item in property.Value.EnumerateArray())
                {
                    WriteField(output, field, item);
                }
            }
            else
            {
                WriteField(output, field, property.Value);
            }
        }
    }

    private static void WriteLanguageFeature(MemoryStream output, JsonElement value, (string Key, int Number, string Field, int FieldNumber, string[] Values) feature)
    {
        if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty(feature.Field, out var setting))
        {
            return;
        }

        var number = setting.ValueKind == JsonValueKind.Number ? setting.GetInt32() : Array.IndexOf(feature.Values, setting.GetString());
        if (number <= 0)
        {
            return;
        }

        var nested = new MemoryStream();
        WriteTag(nested, feature.FieldNumber, Varint);
        WriteVarint(nested, (ulong)number);
        WriteTag(output, feature.Number, LengthDelimited);
        WriteVarint(output, (ulong)nested.Length);
        nested.WriteTo(output);
    }

    private static void WriteField(MemoryStream output, FieldDescriptor field, JsonElement value)
    {
        switch (field.Type)
        {
            case FieldType.Message or FieldType.Group:
                var nested = new MemoryStream();
                WriteMessage(nested, value, field.MessageType!);
                WriteTag(output, field.Number, LengthDelimited);
                WriteVarint(output, (ulong)nested.Length);
                nested.WriteTo(output);
                break;
            case FieldType.String:
                WriteLengthDelimited(output, field.Number, System.Text.Encoding.UTF8.GetBytes(StringValue(field, value)));
                break;
            case FieldType.Bytes:
                var text = StringValue(field, value).Replace('-', '+').Replace('_', '/');
                WriteLengthDelimited(output, field.Number, Convert.FromBase64String(text.PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '=')));
                break;
            case FieldType.Bool:
                WriteTag(output, field.Number, Varint);
                WriteVarint(output, value.ValueKind switch
                {
                    JsonValueKind.True => 1UL,
                    JsonValueKind.False => 0UL,
                    _ => throw new FormatException($"'{field.JsonName}' must be true or false"),
                });
                break;
            case FieldType.Enum:
                long number = value.ValueKind == JsonValueKind.Number
                    ? value.GetInt32()
                    : field.EnumType!.FindValueByName(StringValue(field, value))?.Number ?? throw new FormatException($"'{value.GetString()}' is not a value of {field.EnumType.FullName} ('{field.JsonName}')");
                WriteTag(output, field.Number, Varint);
                WriteVarint(output, unchecked((ulong)number));
                break;
            case FieldType.Double:
                WriteTag(output, field.Number, Fixed64);
                Span<byte> eight = stackalloc byte[8];
                BinaryPrimitives.WriteInt64LittleEndian(eight, BitConverter.DoubleToInt64Bits(Floating(field, value)));
                output.Write(eight);
                break;
            case FieldType.Float:
                WriteTag(output, field.Number, Fixed32);
                Span<byte> four = stackalloc byte[4];
                BinaryPrimitives.WriteInt32LittleEndian(four, BitConverter.SingleToInt32Bits((float)Floating(field, value)));
                output.Write(four);
                break;
            case FieldType.Fixed32 or FieldType.SFixed32:
                WriteTag(output, field.Number, Fixed32);
                Span<byte> fixed32 = stackalloc byte[4];
                BinaryPrimitives.WriteUInt32LittleEndian(fixed32, unchecked((uint)Bits(Integer(field, value))));
                output.Write(fixed32);
                break;
            case FieldType.Fixed64 or FieldType.SFixed64:
                WriteTag(output, field.Number, Fixed64);
                Span<byte> fixed64 = stackalloc byte[8];
                BinaryPrimitives.WriteUInt64LittleEndian(fixed64, Bits(Integer(field, value)));
                output.Write(fixed64);
                break;
            case FieldType.SInt32 or FieldType.SInt64:
                var signed = (long)Integer(field, value);
                WriteTag(output, field.Number, Varint);
                WriteVarint(output, unchecked((ulong)((signed << 1) ^ (signed >> 63))));
                break;
            default:
                WriteTag(output, field.Number, Varint);
                WriteVarint(output, Bits(Integer(field, value)));
                break;
        }
    }

    private static string StringValue(FieldDescriptor field, JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw new FormatException($"'{field.JsonName}' must be a JSON string");

    /// <summary>An integer as protobuf JSON writes it: a number, or a string (64-bit values).</summary>
    private static decimal Integer(FieldDescriptor field, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number) && number == decimal.Truncate(number))
        {
            return number;
        }

        if (value.ValueKind == JsonValueKind.String && decimal.TryParse(value.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number))
        {
            return number;
        }

        throw new FormatException($"'{field.JsonName}' must be an integer");
    }

    /// <summary>The 64 bits of an integer: two's complement for a negative one, as the wire writes int32/int64.</summary>
    private static ulong Bits(decimal number) => number < 0 ? unchecked((ulong)(long)number) : (ulong)number;

    private static double Floating(FieldDescriptor field, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.GetDouble(),
        JsonValueKind.String when value.GetString() == "NaN" => double.NaN,
        JsonValueKind.String when value.GetString() == "Infinity" => double.PositiveInfinity,
        JsonValueKind.String when value.GetString() == "-Infinity" => double.NegativeInfinity,
        JsonValueKind.String when double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => throw new FormatException($"'{field.JsonName}' must be a number"),
    };

    private static void WriteLengthDelimited(MemoryStream output, int number, byte[] bytes)
    {
        WriteTag(output, number, LengthDelimited);
        WriteVarint(output, (ulong)bytes.Length);
        output.Write(bytes);
    }

    private static void WriteTag(MemoryStream output, int number, int wireType) => WriteVarint(output, ((ulong)number << 3) | (uint)wireType);

    private static void WriteVarint(MemoryStream output, ulong value)
    {
        while (value >= 0x80)
        {
            output.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        output.WriteByte((byte)value);
    }
}
