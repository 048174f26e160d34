using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Schema.Linking;

/// <summary>
/// Option interpretation, as protoc does it: each option name is resolved against the options message of
/// descriptor.proto (built-in options are its fields, custom options are extensions of it found with the usual
/// scoping rules), the value is converted to the field's type (text format for message values), and options that
/// address the same message are merged. The result is a <see cref="DynamicMessage"/> serialized canonically.
/// </summary>
internal sealed partial class FileBuilder
{
    /// <summary>
    /// Deferred completion: finds each options message now, as <see cref="InterpretAllOptions"/> would in protoc's order
    /// (loading descriptor.proto at the same point), with the files visible from then on.
    /// </summary>
    private void FindOptionsTypes()
    {
        foreach (var pending in _pendingOptions)
        {
            if (pending.NeedsOptionsType)
            {
                pending.OptionsMessage = _linker.OptionsType(pending.OptionsType);
                pending.VisibleThrough = _linker.DeclaredFileCount - 1;
            }
        }
    }

    private void InterpretAllOptions()
    {
        // Names in options also see the files of `import option`; the lookup cache holds type lookups made without them.
        _interpretingOptions = true;
        _lookupCacheSymbolCount = -1;
        var interpreted = new List<(PendingOptions Pending, DynamicMessage Options)>();
        foreach (var pending in _pendingOptions)
        {
            if (!pending.NeedsOptionsType)
            {
                continue;
            }

            MessageDescriptor? type;
            if (_linker.DefersCompletion)
            {
                type = pending.OptionsMessage;
                _visibleThrough = pending.VisibleThrough;
            }
            else
            {
                type = _linker.OptionsType(pending.OptionsType);
            }

            if (type == null)
            {
                continue;
            }

            if (pending.Options.Count > 0 && type.File != _file)
            {
                // protoc looks the options message up by name, which counts descriptor.proto as used (no unused-import warning).
                _file.ReferencedFiles.Add(type.File);
            }

            var message = new DynamicMessage(type);
            if (pending.IsMapEntry && type.FindFieldByName("map_entry") is FieldDescriptor mapEntry)
            {
                message.GetOrAdd(mapEntry).Values.Add(true);
            }

            var repeatedCounts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var option in pending.Options)
            {
                InterpretOption(message, option, pending.Scope, repeatedCounts);
            }

            if (!message.IsEmpty || pending.AlwaysPresent)
            {
                pending.Assign(message);
                interpreted.Add((pending, message));
            }
        }

        // Support windows are checked once every option of the file is interpreted, as protoc does: an option's own
        // feature_support may be declared (and interpreted) after the file options that use it.
        foreach ((var pending, var options) in interpreted)
        {
            if (_linker.DefersCompletion)
            {
                _visibleThrough = pending.VisibleThrough;
            }

            CheckOptionSupport(pending.OptionsType, pending.Options, options, pending.ElementSpan);
        }

        if (_linker.DefersCompletion)
        {
            _visibleThrough = _checkVisibleThrough;
        }

        foreach ((var field, var option) in _pendingDefaults)
        {
            field.DefaultValue = FormatDefault(field, option);
        }

        _interpretingOptions = false;
        _lookupCacheSymbolCount = -1;
    }

    private void InterpretOption(DynamicMessage root, OptionNode option, string scope, Dictionary<string, int> repeatedCounts)
    {
        var parts = option.Name.Parts;
        if (parts.Count == 0 || option.Value.Kind == OptionValueKind.Missing)
        {
            return;
        }

        var current = root;
        var path = new List<int>(parts.Count + 1);
        var fields = new FieldDescriptor[parts.Count];
        for (var i = 0; i < parts.Count; i++)
        {
            var field = ResolveOptionPart(current.Type, parts[i], scope);
            if (field == null)
            {
                return;
            }

            path.Add(field.Number);
            fields[i] = field;
            if (i == parts.Count - 1)
            {
                // protoc's interpreted path (SourceCodeInfo): the field numbers, then the index among the values
                // this options message received for a repeated field.
                if (field.IsRepeated)
                {
                    var key = string.Join(",", path);
                    repeatedCounts.TryGetValue(key, out var index);
                    repeatedCounts[key] = index + 1;
                    path.Add(index);
                }

                _file.InterpretedOptionPaths[option] = new InterpretedOptionPath(path.ToArray(), fields);
                SetOptionValue(current, field, option.Value, option.Name.Text);
                return;
            }

            if (field.Type != FieldType.Message && field.Type != FieldType.Group)
            {
                Report(LinkDiagnosticIds.InvalidOption, parts[i].Span, $"Option \"{parts[i]}\" is of type {TypeText(field)}, not a message; it has no field \"{parts[i + 1]}\"");
                return;
            }

            if (field.IsRepeated)
            {
                Report(LinkDiagnosticIds.InvalidOption, parts[i].Span, $"Option \"{parts[i]}\" is a repeated message; set it with an aggregate value: {parts[i]} = {{ ... }}");
                return;
            }

            var entry = current.GetOrAdd(field);
            if (entry.Values.Count == 0)
            {
                entry.Values.Add(new DynamicMessage(field.MessageType!));
            }

            current = (DynamicMessage)entry.Values[0];
        }
    }

    private FieldDescriptor? ResolveOptionPart(MessageDescriptor type, OptionNamePart part, string scope)
    {
        if (!part.IsExtension)
        {
            var field = type.FindFieldByName(part.Name.Text);
            if (field == null)
            {
                Report(LinkDiagnosticIds.InvalidOption, part.Span, $"Option \"{part.Name.Text}\" is unknown: {type.FullName} has no field \"{part.Name.Text}\"");
            }

            return field;
        }

        var symbol = LookupSymbol(part.Name.Text, scope, typesOnly: false);
        if (symbol?.Descriptor is FieldDescriptor extension && extension.IsExtension)
        {
            if (extension.Extendee == type)
            {
                return extension;
            }

            Report(LinkDiagnosticIds.InvalidOption, part.Span, $"Option \"({part.Name.Text})\" extends \"{extension.Extendee?.FullName ?? extension.ExtendeeAsWritten}\", not \"{type.FullName}\"; it cannot be used here");
            return null;
        }

        var message = symbol == null
            ? _notImportedCandidate != null
                ? $"Option \"({part.Name.Text})\" is defined in \"{_notImportedCandidate.File.Name}\", which is not imported; add the import"
                : $"Option \"({part.Name.Text})\" is unknown; import the file that defines it"
            : $"\"{part.Name.Text}\" is not an extension; custom options must be extensions of {type.FullName}";
        Report(LinkDiagnosticIds.InvalidOption, part.Span, message);
        return null;
    }

    private void SetOptionValue(DynamicMessage target, FieldDescriptor field, OptionValue value, string optionName)
    {
        if (field.Type == FieldType.Message || field.Type == FieldType.Group)
        {
            if (value is not AggregateValue aggregate)
            {
                Report(LinkDiagnosticIds.InvalidOption, value.Span, $"Option \"{optionName}\" is a message; set it with {{ field: value ... }} or set one of its fields with {optionName}.field = value");
                return;
            }

            var message = new DynamicMessage(field.MessageType!);
            ParseAggregate(message, aggregate);
            AddValue(target, field, message, value, optionName);
            return;
        }

        var converted = ConvertScalar(field, value, optionName, inAggregate: false);
        if (converted != null)
        {
            AddValue(target, field, converted, value, optionName);
        }
    }

    private void AddValue(DynamicMessage target, FieldDescriptor field, object value, OptionValue node, string name)
    {
        var entry = target.GetOrAdd(field);
        if (field.IsRepeated || entry.Values.Count == 0)
        {
            entry.Values.Add(value);
        }
        else if (entry.Values[0] is DynamicMessage existing && value is DynamicMessage incoming)
        {
            existing.MergeFrom(incoming);
        }
        else
        {
            Report(LinkDiagnosticIds.InvalidOption, node.Span, $"Option \"{name}\" was already set; remove one of the assignments");
        }
    }

    /// <summary>Fills <paramref name="message"/> from a text-format literal.</summary>
    private void ParseAggregate(DynamicMessage message, AggregateValue aggregate)
    {
        foreach (var entry in aggregate.Fields)
        {
            if (entry.IsExtension && entry.TypeUrlPrefix != null)
            {
                ParseAny(message, entry);
                continue;
            }

            var field = entry.IsExtension ? FindAggregateExtension(message.Type, entry) : FindAggregateField(message.Type, entry.Name.Text);
            if (field == null)
            {
                if (!entry.IsExtension)
                {
                    Report(LinkDiagnosticIds.InvalidOption, entry.Name.Span, $"Message type \"{message.Type.FullName}\" has no field named \"{entry.Name.Text}\"");
                }

                continue;
            }

            if (entry.Value is ListValue list)
            {
                if (!field.IsRepeated)
                {
                    Report(LinkDiagnosticIds.InvalidOption, entry.Value.Span, $"Field \"{field.Name}\" is not repeated; a list [ ... ] cannot be assigned to it");
                    continue;
                }

                foreach (var element in list.Elements)
                {
                    AddAggregateValue(message, field, element);
                }
            }
            else
            {
                AddAggregateValue(message, field, entry.Value);
            }
        }
    }

    private void AddAggregateValue(DynamicMessage message, FieldDescriptor field, OptionValue value)
    {
        object? converted;
        if (field.Type == FieldType.Message || field.Type == FieldType.Group)
        {
            if (value is not AggregateValue nested)
            {
                Report(LinkDiagnosticIds.InvalidOption, value.Span, $"Field \"{field.Name}\" is a message; its value must be {{ ... }}");
                return;
            }

            var child = new DynamicMessage(field.MessageType!);
            ParseAggregate(child, nested);
            converted = child;
        }
        else
        {
            converted = ConvertScalar(field, value, field.Name, inAggregate: true);
        }

        if (converted == null)
        {
            return;
        }

        var entry = message.GetOrAdd(field);
        if (!field.IsRepeated && entry.Values.Count > 0)
        {
            Report(LinkDiagnosticIds.InvalidOption, value.Span, $"Non-repeated field \"{field.Name}\" is specified multiple times; keep one value");
            return;
        }

        entry.Values.Add(converted);
    }

    private static FieldDescriptor? FindAggregateField(MessageDescriptor type, string name)
    {
        var field = type.FindFieldByName(name);
        if (field != null)
        {
            return field;
        }

        // Text format names a group field by its type name.
        foreach (var candidate in type.Fields)
        {
            if (candidate.Type == FieldType.Group && candidate.MessageType?.Name == name)
            {
                return candidate;
            }
        }

        return null;
    }

    private FieldDescriptor? FindAggregateExtension(MessageDescriptor type, AggregateField entry)
    {
        var symbol = LookupSymbol(entry.Name.Text, type.FullName, typesOnly: false);
        if (symbol?.Descriptor is FieldDescriptor extension && extension.IsExtension && extension.Extendee == type)
        {
            return extension;
        }

        Report(LinkDiagnosticIds.InvalidOption, entry.Name.Span, $"\"[{entry.Name.Text}]\" is not an extension of \"{type.FullName}\"; check the name and the imports");
        return null;
    }

    private void ParseAny(DynamicMessage message, AggregateField entry)
    {
        var typeUrl = message.Type.FullName == "google.protobuf.Any" ? message.Type.FindFieldByNumber(1) : null;
        var valueField = typeUrl != null ? message.Type.FindFieldByNumber(2) : null;
        if (typeUrl == null || valueField == null)
        {
            Report(LinkDiagnosticIds.InvalidOption, entry.Name.Span, $"A type URL [{entry.TypeUrlPrefix}/{entry.Name.Text}] is only allowed in a google.protobuf.Any value");
            return;
        }

        var symbol = MarkReferenced(FindVisibleSymbol(entry.Name.Text.TrimStart('.')));
        if (symbol?.Descriptor is not MessageDescriptor type || entry.Value is not AggregateValue value)
        {
            Report(LinkDiagnosticIds.InvalidOption, entry.Name.Span, $"\"{entry.Name.Text}\" is not a message type visible here; an Any value needs [prefix/full.MessageName] {{ ... }}");
            return;
        }

        var inner = new DynamicMessage(type);
        ParseAggregate(inner, value);
        message.GetOrAdd(typeUrl).Values.Add(entry.TypeUrlPrefix + "/" + entry.Name.Text.TrimStart('.'));
        message.GetOrAdd(valueField).Values.Add(inner.ToByteArray());
    }

    private object? ConvertScalar(FieldDescriptor field, OptionValue value, string name, bool inAggregate)
    {
        switch (field.Type)
        {
            case FieldType.Enum:
                if (value is IdentifierValue { IsNegative: false } identifier && field.EnumType != null)
                {
                    var enumValue = field.EnumType.FindValueByName(identifier.Name);
                    if (enumValue != null)
                    {
                        return (long)enumValue.Number;
                    }

                    Report(LinkDiagnosticIds.InvalidOption, value.Span, $"Enum type \"{field.EnumType.FullName}\" has no value named \"{identifier.Name}\" for option \"{name}\"");
                    return null;
                }

                if (inAggregate && value is IntegerValue { AsInt64: long enumNumber } && enumNumber >= int.MinValue && enumNumber <= int.MaxValue)
                {
                    return enumNumber;
                }

                return Mismatch(value, name, "an enum value name");
            case FieldType.Bool:
                if (value is IdentifierValue { IsNegative: false } boolean)
                {
                    switch (boolean.Name)
                    {
                        case "true":
                            return true;
                        case "false":
                            return false;
                        case "True" or "t" when inAggregate:
                            return true;
                        case "False" or "f" when inAggregate:
                            return false;
                    }
                }

                if (inAggregate && value is IntegerValue { IsNegative: false, Magnitude: 0 or 1 } bit)
                {
                    return bit.Magnitude == 1;
                }

                return Mismatch(value, name, "true or false");
            case FieldType.Int32:
            case FieldType.SInt32:
            case FieldType.SFixed32:
                return value is IntegerValue { AsInt64: long int32 } && int32 >= int.MinValue && int32 <= int.MaxValue ? int32 : Mismatch(value, name, "an integer in the int32 range");
            case FieldType.Int64:
            case FieldType.SInt64:
            case FieldType.SFixed64:
                return value is IntegerValue { AsInt64: long int64 } ? int64 : Mismatch(value, name, "an integer in the int64 range");
            case FieldType.UInt32:
            case FieldType.Fixed32:
                return value is IntegerValue { AsUInt64: ulong uint32 } && uint32 <= uint.MaxValue ? uint32 : Mismatch(value, name, "an integer in the uint32 range");
            case FieldType.UInt64:
            case FieldType.Fixed64:
                return value is IntegerValue { AsUInt64: ulong uint64 } ? uint64 : Mismatch(value, name, "a non-negative integer in the uint64 range");
            case FieldType.Double:
            case FieldType.Float:
                {
                    var real = ToDouble(value, inAggregate);
                    if (real == null)
                    {
                        return Mismatch(value, name, "a number");
                    }

                    return field.Type == FieldType.Float ? ToSingle(real.Value) : (object)real.Value;
                }

            case FieldType.String:
                return value is StringValue text ? text.InvalidUtf8Bytes ?? (object)text.Value : Mismatch(value, name, "a string");
            case FieldType.Bytes:
                return value is StringValue bytes ? bytes.GetBytes() : Mismatch(value, name, "a string");
            default:
                return null;
        }
    }

    private static readonly double PositiveQuietNaN = BitConverter.Int64BitsToDouble(0x7FF8000000000000);
    private static readonly double NegativeQuietNaN = BitConverter.Int64BitsToDouble(unchecked((long)0xFFF8000000000000));

    /// <summary>C++'s <c>static_cast&lt;float&gt;</c>: a NaN keeps its sign and becomes the quiet NaN 0x7fc00000 / 0xffc00000.</summary>
    private static float ToSingle(double value)
    {
        if (!double.IsNaN(value))
        {
            return (float)value;
        }

        var bits = BitConverter.DoubleToInt64Bits(value) < 0 ? unchecked((int)0xFFC00000) : 0x7FC00000;
        return BitConverter.ToSingle(BitConverter.GetBytes(bits), 0);
    }

    private static double? ToDouble(OptionValue value, bool inAggregate)
    {
        switch (value)
        {
            case FloatValue floating:
                return floating.Value;
            case IntegerValue integer when !integer.Overflow:
                return integer.IsNegative ? -(double)integer.Magnitude : integer.Magnitude;
            case IdentifierValue identifier:
                var name = inAggregate ? identifier.Name.ToLowerInvariant() : identifier.Name;
                if (name == "nan")
                {
                    // protoc's parser turns `nan` and `-nan` into a positive quiet NaN; only text format (an aggregate
                    // value) negates it. .NET's double.NaN has the sign bit set, so the bits are spelled out.
                    return identifier.IsNegative && inAggregate ? NegativeQuietNaN : PositiveQuietNaN;
                }

                if (name != "inf" && name != "infinity")
                {
                    return null;
                }

                return identifier.IsNegative ? double.NegativeInfinity : double.PositiveInfinity;
            default:
                return null;
        }
    }

    private object? Mismatch(OptionValue value, string name, string expected)
    {
        Report(LinkDiagnosticIds.InvalidOption, value.Span, $"Option \"{name}\" needs {expected}");
        return null;
    }

    private static string TypeText(FieldDescriptor field) => field.Type.ToString().ToLowerInvariant();

    /// <summary>The <c>default_value</c> text protoc writes: strings as-is, bytes C-escaped, floats via SimpleDtoa.</summary>
    private string? FormatDefault(FieldDescriptor field, OptionNode option)
    {
        if (_file.IsProto3)
        {
            Report(LinkDiagnosticIds.Proto3Violation, option.Name.Span, $"Default values are not allowed in proto3 (field \"{field.Name}\"); the default is always the zero value");
            return null;
        }

        if (field.IsRepeated || field.Type == FieldType.Message || field.Type == FieldType.Group)
        {
            Report(LinkDiagnosticIds.InvalidOption, option.Name.Span, $"Field \"{field.Name}\" cannot have a default value; only singular scalar and enum fields can");
            return null;
        }

        var value = ConvertScalar(field, option.Value, "default", inAggregate: false);
        return value switch
        {
            null => null,
            bool boolean => boolean ? "true" : "false",
            string text => text,
            byte[] raw when field.Type == FieldType.String => SetRawDefault(field, raw),
            byte[] bytes => CEscape(bytes),
            double real => SimpleDtoa(real),
            float single => SimpleFtoa(single),
            long enumNumber when field.Type == FieldType.Enum => field.EnumType?.FindValueByNumber((int)enumNumber)?.Name,
            long signed => signed.ToString(CultureInfo.InvariantCulture),
            ulong signed => signed.ToString(CultureInfo.InvariantCulture),
            _ => null,
        };
    }

    /// <summary>A string default that is not valid UTF-8: protoc writes its bytes unchanged.</summary>
    private static string SetRawDefault(FieldDescriptor field, byte[] raw)
    {
        field.DefaultValueBytes = raw;
        return System.Text.Encoding.UTF8.GetString(raw);
    }

    internal static string CEscape(byte[] bytes)
    {
        var builder = new StringBuilder(bytes.Length);
        foreach (var b in bytes)
        {
            switch (b)
            {
                case (byte)'\n': builder.Append("\\n"); break;
                case (byte)'\r': builder.Append("\\r"); break;
                case (byte)'\t': builder.Append("\\t"); break;
                case (byte)'"': builder.Append("\\\""); break;
                case (byte)'\'': builder.Append("\\'"); break;
                case (byte)'\\': builder.Append("\\\\"); break;
                default:
                    if (b < 0x20 || b >= 0x7F)
                    {
                        builder.Append('\\').Append(Convert.ToString(b, 8).PadLeft(3, '0'));
                    }
                    else
                    {
                        builder.Append((char)b);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    internal static string SimpleDtoa(double value)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }

        var text = FormatG(value, 15);
        return double.Parse(text, CultureInfo.InvariantCulture) == value ? text : FormatG(value, 17);
    }

    internal static string SimpleFtoa(float value)
    {
        if (float.IsNaN(value))
        {
            return "nan";
        }

        if (float.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }

        var text = FormatG(value, 6);
        return (float)double.Parse(text, CultureInfo.InvariantCulture) == value ? text : FormatG(value, 9);
    }

    /// <summary>C's <c>printf("%.*g", precision, value)</c>.</summary>
    private static string FormatG(double value, int precision)
    {
        if (value == 0)
        {
            return 1 / value < 0 ? "-0" : "0";
        }

        var scientific = value.ToString("E" + (precision - 1).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var e = scientific.IndexOf('E');
        var exponent = int.Parse(scientific.Substring(e + 1), CultureInfo.InvariantCulture);
        if (exponent < -4 || exponent >= precision)
        {
            var mantissa = TrimFraction(scientific.Substring(0, e));
            return mantissa + "e" + (exponent < 0 ? "-" : "+") + Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture);
        }

        return TrimFraction(value.ToString("F" + (precision - 1 - exponent).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
    }

    private static string TrimFraction(string number)
    {
        if (number.IndexOf('.') < 0)
        {
            return number;
        }

        return number.TrimEnd('0').TrimEnd('.');
    }
}
