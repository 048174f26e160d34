using System.Collections.Generic;
using System.Linq;
using ProtoGuard.Rules.Breaking.Model;
using ProtoGuard.Schema.Descriptors;

namespace ProtoGuard.Rules.Breaking;

/// <summary>Type compatibility of fields, with buf's wire and wire+JSON compatibility groups.</summary>
public static class FieldTypes
{
    private static readonly Dictionary<FieldType, int> WireGroups = new()
    {
        [FieldType.Int32] = 1, [FieldType.Int64] = 1, [FieldType.UInt32] = 1, [FieldType.UInt64] = 1, [FieldType.Bool] = 1,
        [FieldType.SInt32] = 2, [FieldType.SInt64] = 2,
        [FieldType.String] = 3,
        [FieldType.Bytes] = 4,
        [FieldType.Fixed32] = 5, [FieldType.SFixed32] = 5,
        [FieldType.Fixed64] = 6, [FieldType.SFixed64] = 6,
        [FieldType.Double] = 7,
        [FieldType.Float] = 8,
        [FieldType.Group] = 9,
        [FieldType.Message] = 10,
        [FieldType.Enum] = 11,
    };

    private static readonly Dictionary<FieldType, int> WireJsonGroups = new()
    {
        [FieldType.Int32] = 1, [FieldType.UInt32] = 1,
        [FieldType.Int64] = 2, [FieldType.UInt64] = 2,
        [FieldType.Fixed32] = 3, [FieldType.SFixed32] = 3,
        [FieldType.Fixed64] = 4, [FieldType.SFixed64] = 4,
        [FieldType.Bool] = 5,
        [FieldType.SInt32] = 6,
        [FieldType.SInt64] = 7,
        [FieldType.String] = 8,
        [FieldType.Bytes] = 9,
        [FieldType.Double] = 10,
        [FieldType.Float] = 11,
        [FieldType.Group] = 12,
        [FieldType.Message] = 13,
        [FieldType.Enum] = 14,
    };

    /// <summary>Kinds whose type also has a name that must stay the same.</summary>
    public static bool IsNamed(FieldType kind) => kind is FieldType.Message or FieldType.Enum or FieldType.Group;

    public static object?[] Arguments(FieldShape oldField, FieldShape newField) =>
        new object?[] { newField.Number, BreakingText.FieldName(newField), BreakingText.FieldOwner(newField), BreakingText.Type(oldField), BreakingText.Type(newField) };

    /// <summary>
    /// True when the type change breaks the wire (or wire and JSON) encoding: a kind from another compatibility group
    /// (string to bytes is allowed on the wire), another message or group type, or an enum that is not a same-named
    /// superset of the old one.
    /// </summary>
    public static bool WireIncompatible(BreakingContext context, FieldShape oldField, FieldShape newField, bool json)
    {
        var groups = json ? WireJsonGroups : WireGroups;
        if (Group(groups, oldField.Kind) != Group(groups, newField.Kind))
        {
            return json || !(oldField.Kind == FieldType.String && newField.Kind == FieldType.Bytes);
        }

        if (!IsNamed(newField.Kind) || oldField.TypeName == newField.TypeName)
        {
            return false;
        }

        if (newField.Kind != FieldType.Enum)
        {
            return true;
        }

        var oldEnum = oldField.TypeName == null ? null : context.FindOldEnum(oldField.TypeName);
        var newEnum = newField.TypeName == null ? null : context.FindNewEnum(newField.TypeName);
        if (oldEnum == null || newEnum == null || oldEnum.Name != newEnum.Name)
        {
            return true;
        }

        return !oldEnum.Values.All(oldValue => newEnum.Values.Any(newValue => newValue.Name == oldValue.Name && newValue.Number == oldValue.Number));
    }

    private static int Group(Dictionary<FieldType, int> groups, FieldType kind) => groups.TryGetValue(kind, out var group) ? group : 0;
}
