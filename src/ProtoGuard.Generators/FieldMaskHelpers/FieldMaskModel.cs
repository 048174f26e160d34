using ProtoGuard.Generators.Common;
using ProtoGuard.Shared;

namespace ProtoGuard.Generators.FieldMaskHelpers;

/// <summary>A message class and everything its helpers need.</summary>
/// <param name="ProtoFullName">The message's full proto name, e.g. <c>myservice.v1.User</c>.</param>
/// <param name="Namespace">The C# namespace, empty for the global namespace.</param>
/// <param name="ContainingTypes">For nested messages, the enclosing classes from the outermost (message, <c>Types</c>, ...).</param>
/// <param name="ClassName">The message class's simple name.</param>
/// <param name="Accessibility"><c>public</c> or <c>internal</c>, as declared by Grpc.Tools.</param>
/// <param name="TypeName">The class's fully qualified name, <c>global::</c>-prefixed.</param>
/// <param name="HintName">The generated file's hint name, unique per message.</param>
/// <param name="Names">The generated members' names, suffixed where the class already has a member so named.</param>
/// <param name="Fields">The fields in descriptor order.</param>
/// <param name="HelperClassName">
/// Null for a message of the compilation's own sources, whose partial class gets the helpers as members. For a message
/// of a referenced assembly (whose class cannot be extended): the simple name of the <c>[Embedded]</c> static class in
/// the message's namespace that holds them, with <c>ApplyFieldMask</c> as an extension method; its field names are read
/// from the message's descriptor at run time, by field number (a reference assembly keeps no descriptor bytes).
/// </param>
internal sealed record FieldMaskMessageModel(
    string ProtoFullName,
    string Namespace,
    EquatableArray<ContainingTypeModel> ContainingTypes,
    string ClassName,
    string Accessibility,
    string TypeName,
    string HintName,
    FieldMaskMemberNames Names,
    EquatableArray<FieldMaskFieldModel> Fields,
    string? HelperClassName = null)
{
    /// <summary>Where the static helpers are called: the message class, or the helper class of a referenced message.</summary>
    public string StaticHost => HelperClassName is null ? TypeName
        : "global::" + (Namespace.Length == 0 ? string.Empty : Namespace + ".") + HelperClassName;
}

/// <summary>A class enclosing a nested message.</summary>
internal sealed record ContainingTypeModel(string Name, string Accessibility, bool IsStatic);

/// <summary>The names of the generated members of one message (see <see cref="MemberNameAllocator"/>).</summary>
internal sealed record FieldMaskMemberNames(
    string FieldPaths,
    string IsValidPath,
    string ValidatePaths,
    string ApplyFieldMask,
    string ComputeFieldMask);

/// <summary>One field of a message.</summary>
/// <param name="ProtoName">The field's proto name: its field mask path segment.</param>
/// <param name="PropertyName">The generated C# property.</param>
/// <param name="Kind">How the field is copied and compared.</param>
/// <param name="ScalarKind">For scalars (plain, optional, wrapper): how "populated" and equality are tested.</param>
/// <param name="ClonesElements">For repeated and map fields: the elements (map values) are messages, deep-copied.</param>
/// <param name="MessageType">For singular message fields: the message's full proto name (no leading '.').</param>
/// <param name="Oneof">The real oneof the field belongs to (not the synthetic one of a proto3 <c>optional</c>).</param>
/// <param name="Nested">
/// For singular message fields outside oneofs whose message also gets helpers in this compilation: what nested paths
/// (<c>address.city</c>) delegate to. Null for any other field, whose path is then a leaf.
/// </param>
/// <param name="Number">The field number (read from <c>XxxFieldNumber</c>): how a referenced message's field finds its name at run time.</param>
internal sealed record FieldMaskFieldModel(
    string ProtoName,
    string PropertyName,
    FieldMaskFieldKind Kind,
    ScalarKind ScalarKind,
    bool ClonesElements,
    string? MessageType,
    OneofModel? Oneof,
    NestedMessageModel? Nested,
    int Number = 0);

/// <summary>How a field is represented in the generated C#.</summary>
internal enum FieldMaskFieldKind
{
    /// <summary>A scalar or enum without presence (proto3, editions IMPLICIT), or a oneof member: default value = unset.</summary>
    Scalar,

    /// <summary>
    /// A scalar or enum with explicit presence — proto3 <c>optional</c>, proto2 <c>optional</c>/<c>required</c>, editions
    /// EXPLICIT/LEGACY_REQUIRED: <c>HasXxx</c> / <c>ClearXxx()</c> (the getter of an unset proto2 field returns its
    /// <c>[default = …]</c>, so only <c>HasXxx</c> says whether it is populated).
    /// </summary>
    OptionalScalar,

    /// <summary>A google.protobuf wrapper type, generated as <c>int?</c>, <c>string</c>, ...: null = unset.</summary>
    Wrapper,

    /// <summary>A singular message: null = unset.</summary>
    Message,

    /// <summary>A <c>RepeatedField&lt;T&gt;</c>.</summary>
    Repeated,

    /// <summary>A <c>MapField&lt;TKey, TValue&gt;</c>.</summary>
    Map,

    /// <summary>
    /// A <c>string</c> or <c>ByteString</c> property of a referenced message without presence members: a plain scalar or a
    /// StringValue/BytesValue wrapper, which the C# types do not tell apart; the descriptor decides at run time.
    /// </summary>
    ScalarOrWrapper,
}

/// <summary>The value type of a scalar, wrapper or optional field, as far as "populated" and equality care.</summary>
internal enum ScalarKind
{
    /// <summary>Not a scalar (message, repeated, map).</summary>
    None,

    /// <summary>Integers and enums: compared with <c>==</c>, populated when non-zero.</summary>
    Number,

    /// <summary><c>bool</c>.</summary>
    Bool,

    /// <summary><c>double</c>: compared bitwise like the generated <c>Equals</c> (NaN equals NaN).</summary>
    Double,

    /// <summary><c>float</c>: compared bitwise like the generated <c>Equals</c>.</summary>
    Float,

    /// <summary><c>string</c>: populated when non-empty.</summary>
    String,

    /// <summary><c>ByteString</c>: populated when non-empty.</summary>
    Bytes,
}

/// <summary>The oneof a field belongs to.</summary>
/// <param name="CaseProperty">The <c>XxxCase</c> property.</param>
/// <param name="CaseValue">The field's member of the <c>XxxOneofCase</c> enum, fully qualified.</param>
/// <param name="ClearMethod">The <c>ClearXxx()</c> method that clears the whole oneof.</param>
internal sealed record OneofModel(string CaseProperty, string CaseValue, string ClearMethod);

/// <summary>What a parent message needs to know of a field's message to delegate nested paths to its helpers.</summary>
/// <param name="ProtoFullName">The message's full proto name.</param>
/// <param name="TypeName">The message class, fully qualified.</param>
/// <param name="Names">Its generated members' names.</param>
/// <param name="Fields">Its fields (proto name, property name), for the one level of nested <c>FieldPaths</c> constants.</param>
/// <param name="StaticHost">Where its static helpers are called (<see cref="FieldMaskMessageModel.StaticHost"/>).</param>
/// <param name="IsReferenced">A referenced message: its <c>ApplyFieldMask</c> overloads are static methods of <paramref name="StaticHost"/>.</param>
internal sealed record NestedMessageModel(
    string ProtoFullName,
    string TypeName,
    FieldMaskMemberNames Names,
    EquatableArray<FieldPathName> Fields,
    string StaticHost,
    bool IsReferenced);

/// <summary>A field's proto name and C# property name.</summary>
internal sealed record FieldPathName(string ProtoName, string PropertyName);

/// <summary>The compilation-wide switches of the field mask generator.</summary>
/// <param name="Mode">Which messages get helpers (<c>ProtoGuardFieldMaskHelpers</c>).</param>
/// <param name="SupportsGeneratedCode">C# 8 or later (the generated code uses <c>#nullable enable</c> and nullable annotations).</param>
internal sealed record FieldMaskSettings(FieldMaskHelpersMode Mode, bool SupportsGeneratedCode);

/// <summary>The selected messages that get helpers, linked (a record rather than an <see cref="EquatableArray{T}"/>: see Common/PipelineValues.cs).</summary>
internal sealed record LinkedMessageSet(EquatableArray<FieldMaskMessageModel> Messages);
