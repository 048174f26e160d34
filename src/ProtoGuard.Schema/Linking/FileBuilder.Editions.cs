using System;
using System.Collections.Generic;
using System.Globalization;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Schema.Linking;

/// <summary>
/// protoc's editions checks (descriptor.cc: feature targets and support windows, ValidateFieldFeatures, open enums)
/// and its name-conflict checks (CheckFieldJsonNameUniqueness, CheckEnumValueUniqueness). Feature targets and support
/// windows are read from the linked descriptor.proto (and from the files of custom features), not hard-coded.
/// </summary>
internal sealed partial class FileBuilder
{
    // descriptor.proto's Edition enum.
    private const int EditionProto2 = 998;
    private const int EditionProto3 = 999;

    /// <summary>The edition protoc checks support windows against: PROTO2, PROTO3 or the file's edition.</summary>
    private int EffectiveEdition => _file.Syntax == "editions" ? _file.Edition : _file.IsProto3 ? EditionProto3 : EditionProto2;

    private static int TargetType(string optionsType) => optionsType switch
    {
        "FileOptions" => 1,
        "ExtensionRangeOptions" => 2,
        "MessageOptions" => 3,
        "FieldOptions" => 4,
        "OneofOptions" => 5,
        "EnumOptions" => 6,
        "EnumValueOptions" => 7,
        "ServiceOptions" => 8,
        "MethodOptions" => 9,
        _ => 0,
    };

    private static string EntityName(string optionsType) => optionsType switch
    {
        "FileOptions" => "a file",
        "ExtensionRangeOptions" => "an extension range",
        "MessageOptions" => "a message",
        "FieldOptions" => "a field",
        "OneofOptions" => "a oneof",
        "EnumOptions" => "an enum",
        "EnumValueOptions" => "an enum value",
        "ServiceOptions" => "a service",
        _ => "a method",
    };

    private static string EditionName(long edition) => edition switch
    {
        EditionProto2 => "proto2",
        EditionProto3 => "proto3",
        1000 => "2023",
        1001 => "2024",
        _ => edition.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// Features only in editions, each feature on the kinds of element its <c>targets</c> allow, options and features
    /// inside their support window. A deprecation is reported where protoc reports it, at <paramref name="elementSpan"/>
    /// (the element's name) when there is one, else at the option.
    /// </summary>
    private void CheckOptionSupport(string optionsType, IReadOnlyList<OptionNode> nodes, DynamicMessage options, TextSpan? elementSpan)
    {
        foreach (var entry in options.Fields)
        {
            if (entry.Field.Name == "features" && !entry.Field.IsExtension && entry.Field.Type == FieldType.Message)
            {
                var span = OptionSpan(nodes, "features", null);
                if (_file.Syntax != "editions")
                {
                    Report(LinkDiagnosticIds.InvalidOption, span, "Features are only valid under editions; remove the features option or move the file to an edition");
                    continue;
                }

                foreach (var value in entry.Values)
                {
                    if (value is DynamicMessage features)
                    {
                        CheckFeatures(optionsType, nodes, features, "features", elementSpan);
                    }
                }

                continue;
            }

            CheckSupportWindow(entry.Field, OptionSpan(nodes, entry.Field.IsExtension ? "(" : entry.Field.Name, null), entry.Field.IsExtension ? "(" + entry.Field.FullName + ")" : entry.Field.Name, elementSpan);
        }
    }

    private void CheckFeatures(string optionsType, IReadOnlyList<OptionNode> nodes, DynamicMessage features, string path, TextSpan? elementSpan)
    {
        var target = TargetType(optionsType);
        foreach (var entry in features.Fields)
        {
            var feature = entry.Field;
            var name = feature.IsExtension ? "(" + feature.FullName + ")" : feature.Name;
            var span = OptionSpan(nodes, path, feature.IsExtension ? feature.Name : feature.Name);
            if (feature.Type == FieldType.Message)
            {
                // A language's feature set, e.g. features.(pb.cpp): its own fields carry the targets.
                foreach (var value in entry.Values)
                {
                    if (value is DynamicMessage nested)
                    {
                        CheckFeatures(optionsType, nodes, nested, path + "." + name, elementSpan);
                    }
                }

                continue;
            }

            if (feature.Options?.Find("targets") is DynamicField targets && targets.Values.Count > 0 && !targets.Values.Contains((long)target))
            {
                Report(LinkDiagnosticIds.InvalidOption, span, $"Feature \"{path}.{name}\" cannot be set on {EntityName(optionsType)}; set it where its targets allow ({TargetList(feature, targets)})");
                continue;
            }

            if (!CheckSupportWindow(feature, span, path + "." + name, elementSpan))
            {
                continue;
            }

            if (feature.Type == FieldType.Enum && entry.Values.Count > 0 && entry.Values[entry.Values.Count - 1] is long number && number == 0 && feature.EnumType != null)
            {
                var valueName = feature.EnumType.FindValueByNumber(0)?.Name ?? "0";
                Report(LinkDiagnosticIds.InvalidOption, span, $"Feature \"{path}.{name}\" must resolve to a known value, not {valueName}; pick one of the other values of {feature.EnumType.Name}");
            }
        }
    }

    private static string TargetList(FieldDescriptor feature, DynamicField targets)
    {
        var names = new List<string>();
        var targetType = feature.Options?.Type.FindFieldByName("targets")?.EnumType;
        foreach (var value in targets.Values)
        {
            var name = value is long number ? targetType?.FindValueByNumber((int)number)?.Name : null;
            names.Add(name != null && name.StartsWith("TARGET_TYPE_", StringComparison.Ordinal) ? name.Substring("TARGET_TYPE_".Length).ToLowerInvariant().Replace('_', ' ') : Convert.ToString(value, CultureInfo.InvariantCulture) ?? "?");
        }

        return string.Join(", ", names);
    }

    /// <summary>
    /// protoc's feature_support: an error before edition_introduced and from edition_removed on (at the option's
    /// <paramref name="span"/>), a warning from edition_deprecated on, at <paramref name="warningSpan"/> when there is
    /// one: protoc reports it at the name of the element that sets the option (its package statement for a file).
    /// </summary>
    private bool CheckSupportWindow(FieldDescriptor field, TextSpan span, string name, TextSpan? warningSpan)
    {
        if (field.Options?.GetValue("feature_support") is not DynamicMessage support)
        {
            return true;
        }

        var edition = EffectiveEdition;
        if (support.GetValue("edition_introduced") is long introduced && edition < introduced)
        {
            Report(LinkDiagnosticIds.InvalidOption, span, $"\"{name}\" was introduced in edition {EditionName(introduced)} and cannot be used in {EditionDescription(edition)}; remove it or move the file to a later edition");
            return false;
        }

        if (support.GetValue("edition_removed") is long removed && edition >= removed)
        {
            var reason = support.GetValue("removal_error") is string error && error.Length > 0 ? " (" + error.TrimEnd('.') + ")" : string.Empty;
            Report(LinkDiagnosticIds.InvalidOption, span, $"\"{name}\" was removed in edition {EditionName(removed)} and cannot be used in {EditionDescription(edition)}{reason}");
            return false;
        }

        if (support.GetValue("edition_deprecated") is long deprecated && edition >= deprecated)
        {
            var reason = support.GetValue("deprecation_warning") is string warning && warning.Length > 0 ? " (" + warning.TrimEnd('.') + ")" : string.Empty;
            Warn(LinkDiagnosticIds.DeprecatedFeature, warningSpan ?? span, $"\"{name}\" is deprecated since edition {EditionName(deprecated)}{reason}; plan to remove it");
        }

        return true;
    }

    private static string EditionDescription(int edition) => edition == EditionProto2 || edition == EditionProto3 ? EditionName(edition) + " files" : "edition " + EditionName(edition);

    /// <summary>The option whose name starts with <paramref name="prefix"/> (and names <paramref name="feature"/>), else the first one, else nothing.</summary>
    private static TextSpan OptionSpan(IReadOnlyList<OptionNode> nodes, string prefix, string? feature)
    {
        OptionNode? fallback = null;
        foreach (var node in nodes)
        {
            var text = node.Name.Text;
            if (!text.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            fallback ??= node;
            if (feature == null || text.EndsWith("." + feature, StringComparison.Ordinal) || text.Contains("." + feature + ".") || text.EndsWith(")." + feature, StringComparison.Ordinal))
            {
                return node.Name.Span;
            }
        }

        return fallback?.Name.Span ?? (nodes.Count > 0 ? nodes[0].Name.Span : default);
    }

    // ---- Resolved features (declaration, then enclosing messages, then the file) ---------------------------------

    private string? ResolvedFeature(IReadOnlyList<OptionNode> own, MessageDescriptor? scope, string feature)
    {
        var value = FindFeature(own, feature);
        for (var message = scope; value == null && message != null; message = message.ContainingType)
        {
            value = message.Node is MessageNode node ? FindFeature(node.Options, feature) : null;
        }

        return value ?? FindFeature(Root.Options, feature);
    }

    /// <summary>Open unless proto2, or a closed enum_type feature in editions.</summary>
    private bool IsClosedEnum(EnumNode node, MessageDescriptor? parent) =>
        _file.Syntax == "proto2" || (_file.Syntax == "editions" && ResolvedFeature(node.Options, parent, "enum_type") == "CLOSED");

    /// <summary>protoc's ValidateFieldFeatures for a field of an editions file.</summary>
    private void ValidateFieldFeatures(FieldDescriptor field)
    {
        var node = field.Node;
        if (_file.Syntax != "editions" || node == null || (field.ContainingType?.IsMapEntry ?? false))
        {
            return;
        }

        var name = node.Name.Span;
        if (HasOption(node.Options, "packed"))
        {
            Report(LinkDiagnosticIds.InvalidOption, name, $"Field \"{field.Name}\" sets option packed, which is not allowed under editions; use features.repeated_field_encoding instead");
        }

        if (_file.Edition >= 1001 && HasOption(node.Options, "ctype"))
        {
            Report(LinkDiagnosticIds.InvalidOption, node.Span, $"Field \"{field.Name}\" sets option ctype, which is not allowed from edition 2024 on; use features.(pb.cpp).string_type instead");
        }

        var presence = ResolvedFeature(node.Options, field.IsExtension ? null : field.ContainingType, "field_presence") ?? "EXPLICIT";
        var hasPresence = !field.IsRepeated && (field.Type == FieldType.Message || field.Type == FieldType.Group || field.Oneof != null || field.IsExtension || presence != "IMPLICIT");
        if (!field.IsRepeated && !hasPresence)
        {
            if (field.DefaultValue != null || HasOption(node.Options, "default"))
            {
                Report(LinkDiagnosticIds.InvalidOption, name, $"Field \"{field.Name}\" has implicit presence and cannot have a default value; remove the default or give the field explicit presence");
            }

            if (field.EnumType != null && field.EnumType.IsClosed)
            {
                Report(LinkDiagnosticIds.InvalidOption, name, $"Field \"{field.Name}\" has implicit presence but its enum \"{field.EnumType.FullName}\" is closed; use an open enum or explicit presence");
            }
        }

        var ownPresence = FindFeature(node.Options, "field_presence");
        if (ownPresence != null)
        {
            if (field.Oneof != null && !field.Proto3Optional)
            {
                Report(LinkDiagnosticIds.InvalidOption, name, $"Oneof field \"{field.Name}\" cannot set features.field_presence; oneof members always have explicit presence");
            }
            else if (field.IsRepeated)
            {
                Report(LinkDiagnosticIds.InvalidOption, name, $"Repeated field \"{field.Name}\" cannot set features.field_presence; repeated fields have no presence");
            }
            else if (field.IsExtension && ownPresence != "LEGACY_REQUIRED")
            {
                Report(LinkDiagnosticIds.InvalidOption, name, $"Extension \"{field.Name}\" cannot set features.field_presence; extensions always have explicit presence");
            }
            else if ((field.Type == FieldType.Message || field.Type == FieldType.Group) && ownPresence == "IMPLICIT")
            {
                Report(LinkDiagnosticIds.InvalidOption, name, $"Message field \"{field.Name}\" cannot have implicit presence; remove features.field_presence = IMPLICIT");
            }
        }

        var encoding = FindFeature(node.Options, "repeated_field_encoding");
        if (!field.IsRepeated && encoding != null)
        {
            Report(LinkDiagnosticIds.InvalidOption, name, $"Field \"{field.Name}\" is not repeated and cannot set features.repeated_field_encoding");
        }
        else if (field.IsRepeated && encoding == "PACKED" && !DynamicMessage.IsPackable(field.Type))
        {
            Report(LinkDiagnosticIds.InvalidOption, name, $"Field \"{field.Name}\" cannot be PACKED; only repeated scalar numeric, bool and enum fields can");
        }

        if (field.Type != FieldType.String && !field.IsMap && FindFeature(node.Options, "utf8_validation") != null)
        {
            Report(LinkDiagnosticIds.InvalidOption, name, $"Field \"{field.Name}\" is not a string and cannot set features.utf8_validation");
        }

        if ((field.Type != FieldType.Message && field.Type != FieldType.Group || field.IsMap) && FindFeature(node.Options, "message_encoding") != null)
        {
            Report(LinkDiagnosticIds.InvalidOption, name, field.IsMap
                ? $"Map field \"{field.Name}\" cannot set features.message_encoding; map entries are always length-prefixed"
                : $"Field \"{field.Name}\" is not a message field and cannot set features.message_encoding");
        }
    }

    private static bool HasOption(IReadOnlyList<OptionNode> options, string name)
    {
        foreach (var option in options)
        {
            if (option.Name.Text == name)
            {
                return true;
            }
        }

        return false;
    }

    // ---- Name conflicts -------------------------------------------------------------------------------------------

    /// <summary>
    /// protoc's CheckFieldJsonNameUniqueness: no two fields with one JSON name (default names first, then custom
    /// ones). Skipped with deprecated_legacy_json_field_conflicts; only a warning under json_format LEGACY_BEST_EFFORT
    /// (proto2's default) when a default name is involved.
    /// </summary>
    private void CheckJsonNames(MessageDescriptor message)
    {
        if (message.IsMapEntry || message.Node is not MessageNode node || message.Options?.GetValue("deprecated_legacy_json_field_conflicts") is true)
        {
            return;
        }

        var format = _file.Syntax == "proto2" ? "LEGACY_BEST_EFFORT" : _file.IsProto3 ? "ALLOW" : ResolvedFeature(node.Options, message.ContainingType, "json_format") ?? "ALLOW";
        CheckJsonNames(message, useCustomNames: false, legacy: format == "LEGACY_BEST_EFFORT");
        CheckJsonNames(message, useCustomNames: true, legacy: format == "LEGACY_BEST_EFFORT");
    }

    private void CheckJsonNames(MessageDescriptor message, bool useCustomNames, bool legacy)
    {
        var seen = new Dictionary<string, (FieldDescriptor Field, bool IsCustom)>(message.Fields.Count, StringComparer.Ordinal);
        foreach (var field in message.Fields)
        {
            if (field.Node == null)
            {
                continue;
            }

            // A field without json_name has its default JSON name already (computed when it was declared).
            var defaultName = field.HasExplicitJsonName ? ToJsonName(field.Name) : field.JsonName;
            var isCustom = useCustomNames && field.HasExplicitJsonName && field.JsonName != defaultName;
            var jsonName = isCustom ? field.JsonName : defaultName;
            if (isCustom && jsonName.Length >= 2 && jsonName[0] == '[' && jsonName[jsonName.Length - 1] == ']')
            {
                Report(LinkDiagnosticIds.InvalidOption, field.Node.Name.Span, $"The custom JSON name of field \"{field.Name}\" (\"{jsonName}\") looks like an extension name; JSON names may not start with '[' and end with ']'");
                continue;
            }

            if (!seen.TryGetValue(jsonName, out var match))
            {
                seen.Add(jsonName, (field, isCustom));
                continue;
            }

            if (useCustomNames && !isCustom && !match.IsCustom)
            {
                continue;
            }

            var message1 = $"The {(isCustom ? "custom" : "default")} JSON name of field \"{field.Name}\" (\"{jsonName}\") conflicts with the {(match.IsCustom ? "custom" : "default")} JSON name of field \"{match.Field.Name}\"; rename one of the fields or give it another json_name";
            if (legacy && (!isCustom || !match.IsCustom))
            {
                Warn(LinkDiagnosticIds.LegacyNameConflict, field.Node.Name.Span, message1);
            }
            else
            {
                Report(LinkDiagnosticIds.NameConflict, field.Node.Name.Span, message1);
            }
        }
    }

    /// <summary>
    /// protoc's CheckEnumValueUniqueness: value names must stay distinct once the enum name prefix is stripped and the
    /// rest is PascalCased (code generators do that), unless both have the same number.
    /// </summary>
    private void CheckEnumValueNames(EnumDescriptor enumType)
    {
        var seen = new Dictionary<string, EnumValueDescriptor>(enumType.Values.Count, StringComparer.Ordinal);
        var prefix = NormalizedPrefix(enumType.Name);
        foreach (var value in enumType.Values)
        {
            if (value.Node == null)
            {
                continue;
            }

            var stripped = PascalCase(StripPrefix(prefix, value.Name));
            if (!seen.TryGetValue(stripped, out var other))
            {
                seen.Add(stripped, value);
                continue;
            }

            if (other.Name == value.Name || other.Number == value.Number)
            {
                continue;
            }

            var message = $"Enum value \"{value.Name}\" has the same name as \"{other.Name}\" once the enum name prefix is stripped and case is ignored; rename it, or give both the same number (with allow_alias)";
            if (_file.Syntax == "proto2" && enumType.Options?.GetValue("deprecated_legacy_json_field_conflicts") is true)
            {
                Warn(LinkDiagnosticIds.LegacyNameConflict, value.Node.Name.Span, message);
            }
            else
            {
                Report(LinkDiagnosticIds.NameConflict, value.Node.Name.Span, message);
            }
        }
    }

    private static string NormalizedPrefix(string enumName)
    {
        var builder = new System.Text.StringBuilder(enumName.Length);
        foreach (var c in enumName)
        {
            if (c != '_')
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>protoc's PrefixRemover: skips the prefix (ignoring case and underscores) and the underscores after it, unless nothing would remain.</summary>
    private static string StripPrefix(string prefix, string name)
    {
        var i = 0;
        var j = 0;
        for (; i < name.Length && j < prefix.Length; i++)
        {
            if (name[i] == '_')
            {
                continue;
            }

            if (char.ToLowerInvariant(name[i]) != prefix[j++])
            {
                return name;
            }
        }

        if (j < prefix.Length)
        {
            return name;
        }

        while (i < name.Length && name[i] == '_')
        {
            i++;
        }

        return i == name.Length ? name : name.Substring(i);
    }

    /// <summary>protoc's EnumValueToPascalCase.</summary>
    private static string PascalCase(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length);
        var upper = true;
        foreach (var c in name)
        {
            if (c == '_')
            {
                upper = true;
                continue;
            }

            builder.Append(upper ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
            upper = false;
        }

        return builder.ToString();
    }
}
