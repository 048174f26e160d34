using System;
using System.Globalization;
using System.Linq;
using System.Numerics;
using System.Text;
using ProtoGuard.Rules.Breaking.Model;
using ProtoGuard.Schema.Descriptors;

namespace ProtoGuard.Rules.Breaking;

/// <summary>
/// Default values compared as buf compares them: as typed values (an unset default is the kind's zero value, the
/// first value for enums), string and bytes by content, numbers by value across kinds (float and double in float
/// precision), NaN equal to NaN; two zero defaults are never a change.
/// </summary>
public static class FieldDefaults
{
    public static bool Changed(FieldShape oldField, FieldShape newField, out string oldText, out string newText)
    {
        oldText = newText = string.Empty;
        if (!CanHaveDefault(oldField) || !CanHaveDefault(newField))
        {
            return false;
        }

        var oldValue = Value(oldField);
        var newValue = Value(newField);
        if (IsZero(oldValue) && IsZero(newValue))
        {
            return false;
        }

        oldText = Printable(oldField, oldValue);
        newText = Printable(newField, newValue);
        return !AreEqual(oldValue, newValue);
    }

    private static bool CanHaveDefault(FieldShape field) =>
        field.Cardinality is not (FieldCardinalityKind.Repeated or FieldCardinalityKind.Map) && field.Kind is not (FieldType.Message or FieldType.Group);

    private static object Value(FieldShape field)
    {
        var raw = field.DefaultValue;
        switch (field.Kind)
        {
            case FieldType.String:
                return raw ?? string.Empty;
            case FieldType.Bytes:
                return raw == null ? string.Empty : Unescape(raw);
            case FieldType.Enum:
                return new BigInteger(field.DefaultEnumNumber);
            case FieldType.Bool:
                return new BigInteger(raw == "true" ? 1 : 0);
            case FieldType.Float:
                return ParseFloating(raw, single: true);
            case FieldType.Double:
                return ParseFloating(raw, single: false);
            default:
                return raw != null && BigInteger.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : BigInteger.Zero;
        }
    }

    private static object ParseFloating(string? raw, bool single)
    {
        var value = raw switch
        {
            null => 0,
            "inf" => double.PositiveInfinity,
            "-inf" => double.NegativeInfinity,
            "nan" or "-nan" => double.NaN,
            _ => double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0,
        };
        return single ? (object)(float)value : value;
    }

    private static bool IsZero(object value) => value switch
    {
        string text => text.Length == 0,
        BigInteger number => number.IsZero,
        float single => BitConverter.DoubleToInt64Bits(single) == 0 && !float.IsNaN(single),
        double number => BitConverter.DoubleToInt64Bits(number) == 0,
        _ => false,
    };

    private static bool AreEqual(object oldValue, object newValue)
    {
        if (oldValue is string || newValue is string)
        {
            return oldValue is string oldText && newValue is string newText && oldText == newText;
        }

        if (oldValue is float oldSingle && newValue is double newDouble)
        {
            return (float.IsNaN(oldSingle) && double.IsNaN(newDouble)) || oldSingle == (float)newDouble;
        }

        if (oldValue is double oldDouble && newValue is float newSingle)
        {
            return (double.IsNaN(oldDouble) && float.IsNaN(newSingle)) || (float)oldDouble == newSingle;
        }

        var oldNumber = AsDouble(oldValue, out var oldExact);
        var newNumber = AsDouble(newValue, out var newExact);
        if (oldExact is { } a && newExact is { } b)
        {
            return a == b;
        }

        if (double.IsNaN(oldNumber) || double.IsNaN(newNumber))
        {
            return double.IsNaN(oldNumber) && double.IsNaN(newNumber);
        }

        return oldNumber == newNumber;
    }

    private static double AsDouble(object value, out BigInteger? exact)
    {
        exact = null;
        switch (value)
        {
            case BigInteger number:
                exact = number;
                return (double)number;
            case float single:
                return single;
            case double number:
                return number;
            default:
                return 0;
        }
    }

    private static string Printable(FieldShape field, object value) => field.Kind switch
    {
        FieldType.String => "\"" + (string)value + "\"",
        FieldType.Bytes => "[" + string.Join(",", Encoding.GetEncoding("ISO-8859-1").GetBytes((string)value).Select(b => "0x" + b.ToString("X", CultureInfo.InvariantCulture))) + "]",
        FieldType.Enum => field.DefaultValue ?? value.ToString()!,
        FieldType.Bool => ((BigInteger)value).IsZero ? "false" : "true",
        _ => field.DefaultValue ?? "0",
    };

    /// <summary>Decodes protoc's C-escaped <c>default_value</c> of a bytes field into one char per byte.</summary>
    private static string Unescape(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\\' || i + 1 >= text.Length)
            {
                builder.Append(c);
                continue;
            }

            var next = text[++i];
            switch (next)
            {
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case '"': builder.Append('"'); break;
                case '\'': builder.Append('\''); break;
                case '\\': builder.Append('\\'); break;
                default:
                    if (next >= '0' && next <= '7')
                    {
                        var value = next - '0';
                        for (var digits = 1; digits < 3 && i + 1 < text.Length && text[i + 1] >= '0' && text[i + 1] <= '7'; digits++)
                        {
                            value = (value * 8) + (text[++i] - '0');
                        }

                        builder.Append((char)(value & 0xFF));
                    }
                    else
                    {
                        builder.Append(next);
                    }

                    break;
            }
        }

        return builder.ToString();
    }
}
