using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ProtoGuard.Rules.Breaking.Model;
using ProtoGuard.Schema.Descriptors;

namespace ProtoGuard.Rules.Breaking.Baseline;

/// <summary>
/// Writes the accepted schema as a baseline file, modelled on PublicApiAnalyzers' PublicAPI.Shipped.txt: plain text,
/// one line per schema element — <c>key kind attribute=value...</c> — sorted ordinally, so an element is followed by
/// its members and a PR diff shows an accepted change as a few readable lines:
/// <code>
/// acme.v1.User message file=acme/v1/user.proto reserved=4 reserved_names=email
/// acme.v1.User#1 field name=id kind=string cardinality=implicit json_name=id
/// acme.v1.UserService/GetUser rpc request=acme.v1.GetUserRequest response=acme.v1.User
/// </code>
/// Keys: files by path, messages/enums/services by full name, fields <c>Message#number</c>, extensions
/// <c>Extendee+number</c>, enum values <c>Enum=number</c>, methods <c>Service/Method</c>. Attributes that hold their
/// default are left out (see <see cref="BaselineFormat"/>); the output is deterministic ('\n', no timestamps).
/// </summary>
public static class BaselineWriter
{
    /// <summary>
    /// Parses and links .proto sources (import path → text; imports not among them from the directories
    /// <paramref name="importRoots"/>, searched in order as protoc's <c>-I</c>, then the well-known types) and writes their baseline. Only BCL types cross this call, so an MSBuild inline task
    /// can use it without binding to ProtoGuard.Schema itself. Returns null, with <paramref name="errors"/> as
    /// <c>path(line,col): id: message</c>, when the sources have errors.
    /// </summary>
    public static string? TryWriteFromSources(IEnumerable<KeyValuePair<string, string>> sources, IEnumerable<string> importRoots, out IReadOnlyList<string> errors) =>
        TryWriteFromSources(sources, ProtoGuard.Schema.Linking.ImportResolver.FileSystem(importRoots).Resolve, out errors);

    /// <summary>
    /// As <see cref="TryWriteFromSources(IEnumerable{KeyValuePair{string, string}}, IEnumerable{string}, out IReadOnlyList{string})"/>,
    /// with imports read by <paramref name="readImport"/> (import path → text, or null when there is no such file), e.g.
    /// from a git ref. An I/O error it throws leaves that import unresolved, as <c>ImportResolver</c> does.
    /// </summary>
    public static string? TryWriteFromSources(IEnumerable<KeyValuePair<string, string>> sources, System.Func<string, string?> readImport, out IReadOnlyList<string> errors) =>
        TryWriteFromSources(
            sources,
            importPath =>
            {
                try
                {
                    return readImport(importPath) is { } text ? ProtoGuard.Schema.Text.SourceText.From(text, importPath) : null;
                }
                catch (System.Exception e) when (e is System.IO.IOException or System.UnauthorizedAccessException)
                {
                    return null;
                }
            },
            out errors);

    private static string? TryWriteFromSources(IEnumerable<KeyValuePair<string, string>> sources, System.Func<string, ProtoGuard.Schema.Text.SourceText?> resolve, out IReadOnlyList<string> errors)
    {
        var compilation = ProtoGuard.Schema.Linking.ProtoCompilation.Create(
            sources.Select(source => new KeyValuePair<string, ProtoGuard.Schema.ParsedFile>(source.Key, ProtoGuard.Schema.ProtoParser.Parse(ProtoGuard.Schema.Text.SourceText.From(source.Value, source.Key)))),
            resolve);
        var problems = new List<string>();
        foreach (var file in SchemaShapeBuilder.Reachable(compilation.Files))
        {
            foreach (var diagnostic in file.Diagnostics.Where(diagnostic => diagnostic.Severity == ProtoGuard.Schema.SchemaSeverity.Error))
            {
                var position = file.Parsed.Text.GetLinePosition(diagnostic.Span.Start);
                problems.Add($"{file.Parsed.Text.Path}({position.Line + 1},{position.Character + 1}): {diagnostic.Id}: {diagnostic.Message}");
            }
        }

        errors = problems;
        return problems.Count > 0 ? null : Write(SchemaShapeBuilder.Build(compilation));
    }

    public static string Write(SchemaShape schema)
    {
        var lines = new List<string>();
        foreach (var file in schema.Files)
        {
            var attributes = new List<(string, string)> { ("package", file.Package), ("syntax", file.Syntax) };
            if (file.Edition != 0)
            {
                attributes.Add(("edition", Number(file.Edition)));
            }

            foreach (var (name, defaultValue) in SchemaShapeBuilder.FileOptionDefaults)
            {
                if (file.GetOption(name) != defaultValue)
                {
                    attributes.Add((name, file.GetOption(name)));
                }
            }

            lines.Add(Line(file.Path, BaselineFormat.File, attributes));
            foreach (var message in file.Messages)
            {
                lines.Add(Line(message.FullName, BaselineFormat.Message, MessageAttributes(file, message)));
                foreach (var field in message.Fields)
                {
                    lines.Add(Line(message.FullName + "#" + Number(field.Number), BaselineFormat.Field, FieldAttributes(field)));
                }
            }

            foreach (var extension in file.Extensions)
            {
                var attributes2 = new List<(string, string)> { ("file", file.Path), ("full_name", extension.FullName) };
                if (extension.Parent != null)
                {
                    attributes2.Add(("scope", extension.Parent.FullName));
                }

                attributes2.AddRange(FieldAttributes(extension));
                lines.Add(Line(extension.Extendee + "+" + Number(extension.Number), BaselineFormat.Extension, attributes2));
            }

            foreach (var enumShape in file.Enums)
            {
                var enumAttributes = new List<(string, string)> { ("file", file.Path) };
                AddIf(enumAttributes, enumShape.IsClosed, "closed", "true");
                AddIf(enumAttributes, enumShape.JsonFormat != "ALLOW", "json_format", enumShape.JsonFormat);
                AddIf(enumAttributes, enumShape.ReservedRanges.Count > 0, "reserved", Ranges(enumShape.ReservedRanges, TagRanges.EnumMax));
                AddIf(enumAttributes, enumShape.ReservedNames.Count > 0, "reserved_names", string.Join(",", enumShape.ReservedNames));
                lines.Add(Line(enumShape.FullName, BaselineFormat.Enum, enumAttributes));
                foreach (var value in enumShape.Values)
                {
                    lines.Add(Line(enumShape.FullName + "=" + Number(value.Number), BaselineFormat.Value, new[] { ("name", value.Name) }));
                }
            }

            foreach (var service in file.Services)
            {
                lines.Add(Line(service.FullName, BaselineFormat.Service, new[] { ("file", file.Path) }));
                foreach (var method in service.Methods)
                {
                    var methodAttributes = new List<(string, string)> { ("request", method.InputType), ("response", method.OutputType) };
                    AddIf(methodAttributes, method.ClientStreaming, "client_streaming", "true");
                    AddIf(methodAttributes, method.ServerStreaming, "server_streaming", "true");
                    AddIf(methodAttributes, method.IdempotencyLevel != "IDEMPOTENCY_UNKNOWN", "idempotency_level", method.IdempotencyLevel);
                    lines.Add(Line(service.FullName + "/" + method.Name, BaselineFormat.Rpc, methodAttributes));
                }
            }
        }

        lines.Sort(System.StringComparer.Ordinal);
        var builder = new StringBuilder();
        builder.Append(BaselineFormat.Header).Append('\n');
        foreach (var line in lines)
        {
            builder.Append(line).Append('\n');
        }

        return builder.ToString();
    }

    private static List<(string, string)> MessageAttributes(FileShape file, MessageShape message)
    {
        var attributes = new List<(string, string)> { ("file", file.Path) };
        AddIf(attributes, message.IsMapEntry, "map_entry", "true");
        AddIf(attributes, message.MessageSetWireFormat, "message_set_wire_format", "true");
        AddIf(attributes, message.NoStandardDescriptorAccessor, "no_standard_descriptor_accessor", "true");
        AddIf(attributes, message.JsonFormat != "ALLOW", "json_format", message.JsonFormat);
        var max = message.MessageSetWireFormat ? TagRanges.MessageSetMax : TagRanges.MessageMax;
        AddIf(attributes, message.ReservedRanges.Count > 0, "reserved", Ranges(message.ReservedRanges, max));
        AddIf(attributes, message.ReservedNames.Count > 0, "reserved_names", string.Join(",", message.ReservedNames));
        AddIf(attributes, message.ExtensionRanges.Count > 0, "extensions", Ranges(message.ExtensionRanges, max));
        AddIf(attributes, message.Oneofs.Any(oneof => !oneof.IsSynthetic), "oneofs", string.Join(",", message.Oneofs.Where(oneof => !oneof.IsSynthetic).Select(oneof => oneof.Name)));
        AddIf(attributes, message.Oneofs.Any(oneof => oneof.IsSynthetic), "synthetic_oneofs", string.Join(",", message.Oneofs.Where(oneof => oneof.IsSynthetic).Select(oneof => oneof.Name)));
        return attributes;
    }

    private static List<(string, string)> FieldAttributes(FieldShape field)
    {
        var attributes = new List<(string, string)>
        {
            ("name", field.Name),
            ("kind", BreakingText.KindName(field.Kind)),
        };
        AddIf(attributes, field.TypeName != null, "type", field.TypeName ?? string.Empty);
        attributes.Add(("cardinality", BaselineFormat.CardinalityName(field.Cardinality)));
        AddIf(attributes, field.Label == FieldCardinality.Required, "label", "required");
        AddIf(attributes, field.Oneof != null, "oneof", field.Oneof ?? string.Empty);
        attributes.Add(("json_name", field.JsonName));
        AddIf(attributes, field.JsType != "JS_NORMAL", "jstype", field.JsType);
        AddIf(attributes, field.CppStringType != "STRING", "cpp_string_type", field.CppStringType);
        AddIf(attributes, field.Utf8Validation != "VERIFY", "utf8_validation", field.Utf8Validation);
        AddIf(attributes, field.JavaUtf8Validation != "VERIFY", "java_utf8_validation", field.JavaUtf8Validation);
        AddIf(attributes, field.DefaultValue != null, "default", field.DefaultValue ?? string.Empty);
        AddIf(attributes, field.DefaultEnumNumber != 0, "default_enum_number", Number(field.DefaultEnumNumber));
        return attributes;
    }

    private static void AddIf(List<(string, string)> attributes, bool condition, string name, string value)
    {
        if (condition)
        {
            attributes.Add((name, value));
        }
    }

    private static string Ranges(IEnumerable<TagRange> ranges, int max) =>
        string.Join(",", ranges.Select(range => range.Start == range.End ? Number(range.Start) : Number(range.Start) + "-" + (range.End == max ? "max" : Number(range.End))));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Line(string key, string kind, IEnumerable<(string Name, string Value)> attributes)
    {
        var builder = new StringBuilder();
        builder.Append(key).Append(' ').Append(kind);
        foreach (var (name, value) in attributes)
        {
            builder.Append(' ').Append(name).Append('=').Append(BaselineFormat.Quote(value));
        }

        return builder.ToString();
    }
}
