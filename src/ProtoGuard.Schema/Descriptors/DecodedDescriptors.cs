using System.Collections.Generic;

namespace ProtoGuard.Schema.Descriptors;

/// <summary>
/// A serialized <c>google.protobuf.FileDescriptorProto</c> as <see cref="DescriptorReader"/> decodes it (the fields
/// ProtoGuard uses; others are skipped): what Grpc.Tools embeds in every <c>XxxReflection</c> class, or one file of a
/// descriptor set. Unlike <see cref="FileDescriptor"/> nothing is linked: type names are kept as written
/// (fully qualified, with a leading '.', in protoc's output).
/// </summary>
public sealed class DecodedFile
{
    public string Name { get; internal set; } = string.Empty;

    public string Package { get; internal set; } = string.Empty;

    /// <summary><c>syntax</c> as written; empty when absent, which means proto2.</summary>
    public string Syntax { get; internal set; } = string.Empty;

    /// <summary>descriptor.proto's <c>Edition</c> number (1000 for 2023) for editions files; 0 otherwise.</summary>
    public int Edition { get; internal set; }

    public bool IsProto3 => Syntax == "proto3";

    /// <summary>An editions file (<c>edition = "2023"</c>, …): presence comes from <c>features.field_presence</c>.</summary>
    public bool IsEditions => Syntax == "editions";

    /// <summary>The file's <c>option features.field_presence</c> (descriptor.proto's <c>FieldPresence</c> number); 0 when not set.</summary>
    public int FieldPresenceFeature => Features?.FieldPresence ?? 0;

    /// <summary>
    /// Whether a field of this file tracks presence (protoc's C# output has <c>HasXxx</c>/<c>ClearXxx</c> for such a
    /// singular scalar): message fields and oneof members (proto3 <c>optional</c> included) always; in proto2 every
    /// singular field (optional or required); in editions unless its resolved <c>features.field_presence</c> is
    /// IMPLICIT — resolved as protoc does: the field's, else the innermost enclosing message's that sets it, outward
    /// through <paramref name="scope"/>'s containing messages, else the file's, else the editions' default EXPLICIT.
    /// Repeated fields never.
    /// </summary>
    /// <param name="field">A field of <paramref name="scope"/>, or an extension declared in it.</param>
    /// <param name="scope">The message the field is declared in; null for an extension declared at file level.</param>
    public bool HasExplicitPresence(DecodedField field, DecodedMessage? scope)
    {
        if (field.IsRepeated)
        {
            return false;
        }

        if (field.Type is FieldType.Message or FieldType.Group || field.OneofIndex >= 0)
        {
            return true;
        }

        if (IsProto3)
        {
            return false;
        }

        var presence = field.FieldPresenceFeature;
        for (var message = scope; presence == 0 && message is not null; message = message.ContainingMessage)
        {
            presence = message.Features?.FieldPresence ?? 0;
        }

        return !IsEditions || (presence != 0 ? presence : FieldPresenceFeature) != ImplicitPresence;
    }

    /// <summary>descriptor.proto's <c>FeatureSet.FieldPresence.IMPLICIT</c>.</summary>
    private const int ImplicitPresence = 2;

    /// <summary><c>option csharp_namespace</c>; <see langword="null"/> when absent (an empty value is the global namespace).</summary>
    public string? CSharpNamespace { get; internal set; }

    /// <summary>
    /// The scalar file options that are set, by option name (<c>java_package</c>, <c>optimize_for</c>...): strings as
    /// written, booleans <c>true</c>/<c>false</c>, <c>optimize_for</c> by value name.
    /// </summary>
    public SortedDictionary<string, string> Options { get; } = new SortedDictionary<string, string>(System.StringComparer.Ordinal);

    /// <summary><c>option features</c> of the file; <see langword="null"/> when none is set.</summary>
    public DecodedFeatures? Features { get; internal set; }

    public List<string> Dependencies { get; } = new List<string>();

    public List<DecodedMessage> MessageTypes { get; } = new List<DecodedMessage>();

    public List<DecodedEnum> EnumTypes { get; } = new List<DecodedEnum>();

    public List<DecodedService> Services { get; } = new List<DecodedService>();

    /// <summary>The extensions declared at file level.</summary>
    public List<DecodedField> Extensions { get; } = new List<DecodedField>();
}

/// <summary>
/// A <c>FeatureSet</c> (editions): the features that are set, 0 for unset; values are descriptor.proto's enum numbers
/// (<c>CppStringType</c> and <c>JavaUtf8Validation</c> those of <c>pb.CppFeatures</c> / <c>pb.JavaFeatures</c>).
/// </summary>
public sealed class DecodedFeatures
{
    public int FieldPresence { get; internal set; }

    public int EnumType { get; internal set; }

    public int Utf8Validation { get; internal set; }

    public int MessageEncoding { get; internal set; }

    public int JsonFormat { get; internal set; }

    /// <summary><c>(pb.cpp).string_type</c>: 1 VIEW, 2 CORD, 3 STRING.</summary>
    public int CppStringType { get; internal set; }

    /// <summary><c>(pb.java).utf8_validation</c>: 1 DEFAULT, 2 VERIFY.</summary>
    public int JavaUtf8Validation { get; internal set; }
}

/// <summary>A <c>DescriptorProto</c> (a message type).</summary>
public sealed class DecodedMessage
{
    public string Name { get; internal set; } = string.Empty;

    /// <summary>The message this one is nested in; <see langword="null"/> for a top-level message.</summary>
    public DecodedMessage? ContainingMessage { get; internal set; }

    /// <summary><c>option map_entry</c>: the synthetic entry type of a map field.</summary>
    public bool IsMapEntry { get; internal set; }

    public List<DecodedField> Fields { get; } = new List<DecodedField>();

    public List<DecodedMessage> NestedTypes { get; } = new List<DecodedMessage>();

    public List<DecodedEnum> EnumTypes { get; } = new List<DecodedEnum>();

    /// <summary>The names of the oneofs, synthetic ones of proto3 <c>optional</c> fields included, in declaration order.</summary>
    public List<string> OneofNames { get; } = new List<string>();

    /// <summary>The extensions declared inside the message (their scope, not what they extend).</summary>
    public List<DecodedField> Extensions { get; } = new List<DecodedField>();

    /// <summary>Reserved number ranges as descriptor.proto writes them (end exclusive).</summary>
    public List<NumberRange> ReservedRanges { get; } = new List<NumberRange>();

    public List<string> ReservedNames { get; } = new List<string>();

    /// <summary>Extension ranges as descriptor.proto writes them (end exclusive).</summary>
    public List<NumberRange> ExtensionRanges { get; } = new List<NumberRange>();

    public bool MessageSetWireFormat { get; internal set; }

    public bool NoStandardDescriptorAccessor { get; internal set; }

    public DecodedFeatures? Features { get; internal set; }
}

/// <summary>A <c>FieldDescriptorProto</c>.</summary>
public sealed class DecodedField
{
    public string Name { get; internal set; } = string.Empty;

    public int Number { get; internal set; }

    public FieldCardinality Label { get; internal set; }

    public FieldType Type { get; internal set; }

    /// <summary>The message or enum type as written; fully qualified with a leading '.' in protoc's output. Null for scalars.</summary>
    public string? TypeName { get; internal set; }

    /// <summary><see cref="TypeName"/> without the leading '.', or <see langword="null"/> when it is not fully qualified.</summary>
    public string? FullTypeName => TypeName is { Length: > 1 } name && name[0] == '.' ? name.Substring(1) : null;

    /// <summary>The proto2 <c>[default = …]</c> as protoc writes it; <see langword="null"/> when there is none.</summary>
    public string? DefaultValue { get; internal set; }

    /// <summary>Index into the containing message's <see cref="DecodedMessage.OneofNames"/>; -1 when the field is in none.</summary>
    public int OneofIndex { get; internal set; } = -1;

    public string? JsonName { get; internal set; }

    /// <summary><see cref="JsonName"/>, or protoc's default for the name when the descriptor has none.</summary>
    public string EffectiveJsonName => JsonName ?? Linking.FileBuilder.ToJsonName(Name);

    public bool Proto3Optional { get; internal set; }

    /// <summary>For an extension, the extended message as written (fully qualified with a leading '.'); null for fields.</summary>
    public string? Extendee { get; internal set; }

    /// <summary><c>option ctype</c> (0 STRING, 1 CORD, 2 STRING_PIECE); <see langword="null"/> when not set.</summary>
    public int? CType { get; internal set; }

    /// <summary><c>option jstype</c> (0 JS_NORMAL, 1 JS_STRING, 2 JS_NUMBER).</summary>
    public int JsType { get; internal set; }

    public DecodedFeatures? Features { get; internal set; }

    /// <summary>The field's <c>[features.field_presence = …]</c> (descriptor.proto's <c>FieldPresence</c> number); 0 when not set.</summary>
    public int FieldPresenceFeature => Features?.FieldPresence ?? 0;

    public bool IsRepeated => Label == FieldCardinality.Repeated;
}

/// <summary>An <c>EnumDescriptorProto</c>.</summary>
public sealed class DecodedEnum
{
    public string Name { get; internal set; } = string.Empty;

    public List<DecodedEnumValue> Values { get; } = new List<DecodedEnumValue>();

    /// <summary>Reserved number ranges as descriptor.proto writes them (end inclusive, unlike a message's).</summary>
    public List<NumberRange> ReservedRanges { get; } = new List<NumberRange>();

    public List<string> ReservedNames { get; } = new List<string>();

    public DecodedFeatures? Features { get; internal set; }
}

/// <summary>An <c>EnumValueDescriptorProto</c>.</summary>
public sealed class DecodedEnumValue
{
    public string Name { get; internal set; } = string.Empty;

    public int Number { get; internal set; }
}

/// <summary>A <c>ServiceDescriptorProto</c>.</summary>
public sealed class DecodedService
{
    public string Name { get; internal set; } = string.Empty;

    public List<DecodedMethod> Methods { get; } = new List<DecodedMethod>();
}

/// <summary>A <c>MethodDescriptorProto</c>.</summary>
public sealed class DecodedMethod
{
    public string Name { get; internal set; } = string.Empty;

    /// <summary>The request type as written (fully qualified with a leading '.' in protoc's output).</summary>
    public string InputType { get; internal set; } = string.Empty;

    public string OutputType { get; internal set; } = string.Empty;

    public bool ClientStreaming { get; internal set; }

    public bool ServerStreaming { get; internal set; }

    /// <summary><c>option idempotency_level</c>: 0 IDEMPOTENCY_UNKNOWN, 1 NO_SIDE_EFFECTS, 2 IDEMPOTENT.</summary>
    public int IdempotencyLevel { get; internal set; }
}
