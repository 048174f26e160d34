using System.Collections.Generic;
using System.Linq;
using ProtoGuard.Rules.Breaking.Model;
using ProtoGuard.Schema.Descriptors;

namespace ProtoGuard.Rules.Breaking;

/// <summary>How the breaking-change messages name things: cardinalities, types, ranges, as buf words them.</summary>
public static class BreakingText
{
    public static string Cardinality(FieldCardinalityKind cardinality) => cardinality switch
    {
        FieldCardinalityKind.OptionalExplicitPresence => "optional with explicit presence",
        FieldCardinalityKind.OptionalImplicitPresence => "optional with implicit presence",
        FieldCardinalityKind.Required => "required",
        FieldCardinalityKind.Repeated => "repeated",
        _ => "map",
    };

    /// <summary>The kind as protobuf names it (<c>int32</c>, <c>message</c>...), with the type name for messages, enums and groups.</summary>
    public static string Type(FieldShape field) => field.Kind switch
    {
        FieldType.Message or FieldType.Enum or FieldType.Group when field.TypeName != null => field.TypeName,
        _ => KindName(field.Kind),
    };

    public static string KindName(FieldType kind) => kind switch
    {
        FieldType.SFixed32 => "sfixed32",
        FieldType.SFixed64 => "sfixed64",
        FieldType.SInt32 => "sint32",
        FieldType.SInt64 => "sint64",
        FieldType.UInt32 => "uint32",
        FieldType.UInt64 => "uint64",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>A field's name in messages: extensions by full name.</summary>
    public static string FieldName(FieldShape field) => field.IsExtension ? field.FullName : field.Name;

    /// <summary>The message a field belongs to: the extended message for extensions.</summary>
    public static string FieldOwner(FieldShape field) => field.IsExtension ? field.Extendee ?? string.Empty : field.Parent?.NestedName ?? string.Empty;

    /// <summary>Ranges as buf prints them: <c>[5]</c>, <c>[5,10]</c>, <c>[5,max]</c>.</summary>
    public static string Ranges(IEnumerable<TagRange> ranges, int max) =>
        string.Join(", ", ranges.Select(range => range.Start == range.End ? $"[{range.Start}]" : range.End == max ? $"[{range.Start},max]" : $"[{range.Start},{range.End}]"));

    public static string Range(TagRange range, int max) =>
        range.Start == range.End ? range.Start.ToString(System.Globalization.CultureInfo.InvariantCulture) : range.End >= max ? $"{range.Start} to max" : $"{range.Start} to {range.End}";
}
