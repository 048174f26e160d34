using System.Collections.Generic;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Schema.Linking;

/// <summary>The checks protoc's descriptor builder makes on numbers, names and proto3 rules.</summary>
internal sealed partial class FileBuilder
{
    private const int FirstReservedNumber = 19000;
    private const int LastReservedNumber = 19999;

    private List<ExtensionCheck>? _extensionChecks;

    private void Validate()
    {
        foreach (var message in _messages)
        {
            ValidateMessage(message);
            CheckJsonNames(message);
        }

        foreach (var enumType in _enums)
        {
            ValidateEnum(enumType);
            CheckEnumValueNames(enumType);
        }

        foreach (var field in _fields)
        {
            if (field.IsExtension)
            {
                ValidateExtension(field);
            }

            ValidateFieldFeatures(field);
        }
    }

    private void ValidateMessage(MessageDescriptor message)
    {
        if (message.Node is not MessageNode node)
        {
            return;
        }

        var ranges = new List<(long Start, long End, TextSpan Span, string Kind)>();
        foreach (var reserved in node.Reserved)
        {
            CollectRanges(reserved.Ranges, "Reserved range", ranges);
        }

        foreach (var extensions in node.ExtensionRanges)
        {
            CollectRanges(extensions.Ranges, "Extension range", ranges);
            if (_file.IsProto3 && extensions.Ranges.Count > 0)
            {
                Report(LinkDiagnosticIds.Proto3Violation, extensions.Span, $"Extension ranges are not allowed in proto3 (message \"{message.Name}\"); use a google.protobuf.Any field or a nested message instead");
            }
        }

        for (var i = 0; i < ranges.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (ranges[i].Start <= ranges[j].End && ranges[j].Start <= ranges[i].End)
                {
                    Report(LinkDiagnosticIds.InvalidRange, ranges[i].Span, $"{ranges[i].Kind} {RangeText(ranges[i].Start, ranges[i].End)} overlaps {ranges[j].Kind.ToLowerInvariant()} {RangeText(ranges[j].Start, ranges[j].End)} in \"{message.Name}\"");
                    break;
                }
            }
        }

        var reservedNames = new HashSet<string>(message.ReservedNames, System.StringComparer.Ordinal);
        var byNumber = new Dictionary<int, FieldDescriptor>(message.Fields.Count);
        foreach (var field in message.Fields)
        {
            if (field.Node == null)
            {
                continue;
            }

            var numberSpan = field.Node.NumberSpan;
            if (field.Node.Number is long number && CheckFieldNumber(number, numberSpan, "field", field.Name))
            {
                if (byNumber.TryGetValue(field.Number, out var other))
                {
                    Report(LinkDiagnosticIds.DuplicateNumber, numberSpan, $"Field number {field.Number} of \"{field.Name}\" is already used by \"{other.Name}\" in \"{message.Name}\"; give each field its own number");
                }
                else
                {
                    byNumber.Add(field.Number, field);
                }

                foreach ((var start, var end, _, var kind) in ranges)
                {
                    if (number >= start && number <= end)
                    {
                        Report(LinkDiagnosticIds.ReservedConflict, numberSpan, kind == "Reserved range"
                            ? $"Field \"{field.Name}\" uses number {number}, which is reserved in \"{message.Name}\"; pick an unused number"
                            : $"Field \"{field.Name}\" uses number {number}, which is inside extension range {RangeText(start, end)} of \"{message.Name}\"");
                        break;
                    }
                }
            }

            if (reservedNames.Contains(field.Name))
            {
                Report(LinkDiagnosticIds.ReservedConflict, field.Node.Name.Span, $"Field name \"{field.Name}\" is reserved in \"{message.Name}\"; pick another name");
            }

            if (field.IsMap && field.MessageType!.Fields.Count > 0)
            {
                var key = field.MessageType.Fields[0];
                if (key.Type is FieldType.Double or FieldType.Float or FieldType.Bytes or FieldType.Message or FieldType.Group or FieldType.Enum)
                {
                    Report(LinkDiagnosticIds.InvalidTypeUsage, field.Node.MapType!.KeyType.Span, $"Map key type of \"{field.Name}\" must be an integral type, bool or string, not {field.Node.MapType.KeyType.Text}");
                }
            }

            if (_file.IsProto3 && field.EnumType != null && field.EnumType.IsClosed && !field.IsExtension)
            {
                Report(LinkDiagnosticIds.Proto3Violation, field.Node.Type?.Span ?? field.Node.Span, $"Enum \"{field.EnumType.FullName}\" is a proto2 (closed) enum and cannot be used in the proto3 message \"{message.Name}\"; define a proto3 enum");
            }
        }
    }

    private void CollectRanges(IReadOnlyList<RangeNode> nodes, string kind, List<(long, long, TextSpan, string)> ranges)
    {
        foreach (var range in nodes)
        {
            if (range.Start is not long start || (range.End is not long && !range.EndIsMax))
            {
                continue;
            }

            var end = range.EndIsMax ? Linker.MaxFieldNumber : range.End!.Value;
            if (!CheckFieldNumber(start, range.StartSpan, kind.ToLowerInvariant() + " start", allowImplementationRange: true)
                || !CheckFieldNumber(end, range.EndIsMax ? range.Span : range.EndSpan, kind.ToLowerInvariant() + " end", allowImplementationRange: true))
            {
                continue;
            }

            if (end < start)
            {
                Report(LinkDiagnosticIds.InvalidRange, range.Span, $"{kind} {start} to {end} is empty: the end must not be smaller than the start");
                continue;
            }

            ranges.Add((start, end, range.Span, kind));
        }
    }

    private static string RangeText(long start, long end) => start == end ? start.ToString(System.Globalization.CultureInfo.InvariantCulture) : start + " to " + end;

    /// <summary>
    /// <see cref="CheckFieldNumber(long, TextSpan, string, bool)"/> for the <paramref name="kind"/> named
    /// <paramref name="name"/>, describing it only when the number is wrong (every field's number is checked).
    /// </summary>
    private bool CheckFieldNumber(long number, TextSpan span, string kind, string name) =>
        (number > 0 && number <= Linker.MaxFieldNumber && (number < FirstReservedNumber || number > LastReservedNumber))
        || CheckFieldNumber(number, span, kind + " \"" + name + "\"");

    private bool CheckFieldNumber(long number, TextSpan span, string what, bool allowImplementationRange = false)
    {
        if (number <= 0)
        {
            Report(LinkDiagnosticIds.InvalidFieldNumber, span, $"Number {number} of {what} is invalid; field numbers start at 1");
            return false;
        }

        if (number > Linker.MaxFieldNumber)
        {
            Report(LinkDiagnosticIds.InvalidFieldNumber, span, $"Number {number} of {what} is greater than the maximum field number 536870911");
            return false;
        }

        if (!allowImplementationRange && number >= FirstReservedNumber && number <= LastReservedNumber)
        {
            Report(LinkDiagnosticIds.InvalidFieldNumber, span, $"Number {number} of {what} is in 19000-19999, which is reserved for the protobuf implementation; pick another number");
            return false;
        }

        return true;
    }

    private void ValidateEnum(EnumDescriptor enumType)
    {
        if (enumType.Values.Count == 0)
        {
            if (enumType.Node != null)
            {
                Report(LinkDiagnosticIds.InvalidTypeUsage, enumType.Node.Name.Span, $"Enum \"{enumType.Name}\" has no values; an enum needs at least one value");
            }

            return;
        }

        var first = enumType.Values[0];
        if (_file.IsProto3 && first.Number != 0 && first.Node != null)
        {
            Report(LinkDiagnosticIds.Proto3Violation, first.Node.NumberSpan, $"The first value of the proto3 enum \"{enumType.Name}\" must be 0, not {first.Number}; add a zero value such as {EnumPrefix(enumType.Name)}_UNSPECIFIED = 0");
        }
        else if (_file.Syntax == "editions" && !enumType.IsClosed && first.Number != 0 && first.Node != null)
        {
            Report(LinkDiagnosticIds.Proto3Violation, first.Node.NumberSpan, $"The first value of the open enum \"{enumType.Name}\" must be 0, not {first.Number}; add a zero value such as {EnumPrefix(enumType.Name)}_UNSPECIFIED = 0, or make the enum closed (features.enum_type = CLOSED)");
        }

        var allowAlias = enumType.Options?.GetValue("allow_alias") is true;
        var byNumber = new Dictionary<int, EnumValueDescriptor>(enumType.Values.Count);
        var reservedNames = new HashSet<string>(enumType.ReservedNames, System.StringComparer.Ordinal);
        foreach (var value in enumType.Values)
        {
            if (value.Node == null)
            {
                continue;
            }

            if (byNumber.TryGetValue(value.Number, out var other))
            {
                if (!allowAlias)
                {
                    Report(LinkDiagnosticIds.DuplicateNumber, value.Node.NumberSpan, $"Enum value \"{value.Name}\" uses number {value.Number}, already used by \"{other.Name}\"; give it its own number or set option allow_alias = true");
                }
            }
            else
            {
                byNumber.Add(value.Number, value);
            }

            foreach (var range in enumType.ReservedRanges)
            {
                if (value.Number >= range.Start && value.Number <= range.End)
                {
                    Report(LinkDiagnosticIds.ReservedConflict, value.Node.NumberSpan, $"Enum value \"{value.Name}\" uses number {value.Number}, which is reserved in \"{enumType.Name}\"; pick an unused number");
                    break;
                }
            }

            if (reservedNames.Contains(value.Name))
            {
                Report(LinkDiagnosticIds.ReservedConflict, value.Node.Name.Span, $"Enum value name \"{value.Name}\" is reserved in \"{enumType.Name}\"; pick another name");
            }
        }
    }

    private static string EnumPrefix(string name)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]) && !char.IsUpper(name[i - 1]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(name[i]));
        }

        return builder.ToString();
    }

    private void ValidateExtension(FieldDescriptor field)
    {
        if (field.Node == null)
        {
            return;
        }

        var numberSpan = field.Node.NumberSpan;
        var extendee = field.Extendee;
        var messageSet = extendee?.Node is MessageNode extendeeNode && IsMessageSet(extendeeNode);
        if (field.Node.Number is long number && !(messageSet && number > 0 && number < int.MaxValue) && !CheckFieldNumber(number, numberSpan, "extension", field.Name))
        {
            return;
        }

        if (extendee == null)
        {
            return;
        }

        if (_file.IsProto3 && !(extendee.FullName.StartsWith("google.protobuf.", System.StringComparison.Ordinal) && extendee.FullName.EndsWith("Options", System.StringComparison.Ordinal)))
        {
            Report(LinkDiagnosticIds.Proto3Violation, field.Node.Name.Span, $"Extension \"{field.Name}\" extends \"{extendee.FullName}\"; proto3 files may only extend the options messages of descriptor.proto");
        }

        var inRange = false;
        foreach (var range in extendee.ExtensionRanges)
        {
            if (field.Number >= range.Start && field.Number < range.End)
            {
                inRange = true;
                break;
            }
        }

        if (!inRange)
        {
            Report(LinkDiagnosticIds.InvalidTypeUsage, numberSpan, $"\"{extendee.FullName}\" does not declare {field.Number} as an extension number; use a number inside one of its extension ranges");
            return;
        }

        var check = new ExtensionCheck(field, extendee, numberSpan, _file.Diagnostics.Count);
        if (_linker.DefersCompletion)
        {
            // The pool-wide table depends on the order files are built in: checked after all files, in that order.
            (_extensionChecks ??= new List<ExtensionCheck>()).Add(check);
        }
        else if (CheckExtensionNumber(_linker, _file, check) is { } diagnostic)
        {
            _file.Diagnostics.Add(diagnostic);
        }
    }

    /// <summary>The extension-number checks of a file completed on its own, in declaration order; null when none.</summary>
    internal List<ExtensionCheck>? ExtensionChecks => _extensionChecks;

    /// <summary>Runs a file's deferred extension-number checks, each diagnostic where protoc's order would have put it.</summary>
    internal static void CheckExtensionNumbers(Linker linker, FileDescriptor file, List<ExtensionCheck>? checks)
    {
        if (checks == null)
        {
            return;
        }

        var inserted = 0;
        foreach (var check in checks)
        {
            if (CheckExtensionNumber(linker, file, check) is { } diagnostic)
            {
                file.Diagnostics.Insert(check.DiagnosticIndex + inserted, diagnostic);
                inserted++;
            }
        }
    }

    /// <summary>protoc's pool-wide extension table: the first extension with a number wins; null when this one is the first.</summary>
    private static SchemaDiagnostic? CheckExtensionNumber(Linker linker, FileDescriptor file, ExtensionCheck check)
    {
        var field = check.Field;
        var extendee = check.Extendee;
        if (!linker.Extensions.TryGetValue((extendee.FullName, field.Number), out var other))
        {
            linker.Extensions.Add((extendee.FullName, field.Number), field);
            return null;
        }

        // protoc: an error within one file, a warning across files (both cannot be linked into one binary).
        return other.File == file
            ? new SchemaDiagnostic(LinkDiagnosticIds.DuplicateNumber, $"Extension number {field.Number} of \"{extendee.FullName}\" is already used by extension \"{other.FullName}\"; give each extension its own number", check.NumberSpan, SchemaSeverity.Error)
            : new SchemaDiagnostic(LinkDiagnosticIds.ExtensionNumberReused, $"Extension number {field.Number} of \"{extendee.FullName}\" is already used by extension \"{other.FullName}\" in \"{other.File.Name}\"; the two files cannot be used together, give this extension another number", check.NumberSpan, SchemaSeverity.Warning);
    }

    internal sealed class ExtensionCheck
    {
        public ExtensionCheck(FieldDescriptor field, MessageDescriptor extendee, TextSpan numberSpan, int diagnosticIndex)
        {
            Field = field;
            Extendee = extendee;
            NumberSpan = numberSpan;
            DiagnosticIndex = diagnosticIndex;
        }

        public FieldDescriptor Field { get; }

        public MessageDescriptor Extendee { get; }

        public TextSpan NumberSpan { get; }

        /// <summary>Where in the file's diagnostics protoc's order reports a problem found by this check.</summary>
        public int DiagnosticIndex { get; }
    }
}
