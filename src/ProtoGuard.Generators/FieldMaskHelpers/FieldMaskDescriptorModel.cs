using System.Linq;
using ProtoGuard.Generators.Common;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Shared;

namespace ProtoGuard.Generators.FieldMaskHelpers;

/// <summary>
/// The messages of one Grpc.Tools <c>XxxReflection</c> class (proto3, proto2 or editions), as its embedded descriptor and protoc's naming
/// describe them, before any symbol is looked at: what selection needs, decoded from syntax alone.
/// </summary>
/// <param name="Name">The descriptor's file name: the .proto path relative to its import root (<c>Protos/user.proto</c>).</param>
/// <param name="Messages">Every message class protoc generates for the file (map entries excluded), outer before nested.</param>
/// <param name="UpdatedResources">
/// The full proto names (no leading '.') of the singular message fields' types of the file's messages that also have a
/// <c>google.protobuf.FieldMask</c> field (AIP-134 update requests); distinct, ordered (ordinal). The roots of the
/// <c>auto</c> selection.
/// </param>
internal sealed record DescriptorFileModel(string Name, EquatableArray<DescriptorMessageModel> Messages, EquatableArray<string> UpdatedResources);

/// <summary>A message class protoc generates, as the descriptor says.</summary>
/// <param name="ProtoFullName">The full proto name, e.g. <c>myservice.v1.User</c>.</param>
/// <param name="MetadataName">The CLR metadata name of the class (<c>Ns.Outer+Types+Inner</c>).</param>
/// <param name="Namespace">The C# namespace of the file's classes, empty for the global namespace.</param>
/// <param name="Fields">The fields in descriptor order.</param>
internal sealed record DescriptorMessageModel(string ProtoFullName, string MetadataName, string Namespace, EquatableArray<DescriptorFieldModel> Fields);

/// <summary>A field of a message, as the descriptor says, named the way protoc names its property.</summary>
/// <param name="ProtoName">The proto name: the field mask path segment.</param>
/// <param name="PropertyName">The property protoc generates (<c>ProtocCSharpNames.PropertyName</c>).</param>
/// <param name="Label">Optional, required or repeated.</param>
/// <param name="Type">The field type.</param>
/// <param name="TypeName">For message and enum fields, the full proto name of the type (no leading '.').</param>
/// <param name="IsMap">A map field: repeated, of a map entry type nested in the message.</param>
/// <param name="OneofName">
/// The protoc C# name of the real oneof the field belongs to (not the synthetic one of a proto3 <c>optional</c>); empty
/// when the descriptor's oneof index is out of range; null outside oneofs.
/// </param>
/// <param name="ExplicitPresence">
/// A singular scalar or enum field outside a real oneof that tracks presence, so protoc generated <c>HasXxx</c> and
/// <c>ClearXxx()</c> for it: a proto3 <c>optional</c>, a proto2 <c>optional</c> or <c>required</c>, an editions field
/// whose <c>features.field_presence</c> is EXPLICIT (the default) or LEGACY_REQUIRED.
/// </param>
internal sealed record DescriptorFieldModel(
    string ProtoName,
    string PropertyName,
    FieldCardinality Label,
    FieldType Type,
    string? TypeName,
    bool IsMap,
    string? OneofName,
    bool ExplicitPresence)
{
    /// <summary>
    /// A singular message field outside oneofs whose type is not a wrapper: the fields nested paths go through, so the
    /// fields along which the selection follows sub-messages.
    /// </summary>
    public bool IsNestable => Label != FieldCardinality.Repeated && Type is FieldType.Message or FieldType.Group && OneofName is null
        && TypeName is not null && !Schema.CSharp.ProtocCSharpNames.IsWrapperType(TypeName);
}

/// <summary>The messages whose symbols are checked: the selection, decided from descriptors alone.</summary>
/// <param name="Roots">
/// The full proto names the selection starts from (ordered, ordinal): every message (<c>all</c>), or the update requests'
/// resources (<c>auto</c>), plus the messages whose helpers the compilation calls.
/// </param>
/// <param name="Candidates">The roots' messages and, transitively, the messages of their nestable fields; ordered by proto name.</param>
internal sealed record FieldMaskSelection(EquatableArray<string> Roots, EquatableArray<DescriptorMessageModel> Candidates);

/// <summary>A <c>&lt;Protobuf ProtoGuardFieldMaskHelpers="…" /&gt;</c> item: its mode overrides the project's for the file's messages.</summary>
/// <param name="Path">The item's path, with '/' separators.</param>
/// <param name="Mode">The item's mode.</param>
internal sealed record ProtoFileMode(string Path, FieldMaskHelpersMode Mode)
{
    /// <summary>Whether this item is the .proto file a descriptor was compiled from (its path ends with the descriptor's name).</summary>
    public bool IsFileOf(string descriptorName)
        => descriptorName.Length > 0
            && Path.EndsWith(descriptorName, System.StringComparison.Ordinal)
            && (Path.Length == descriptorName.Length || Path[Path.Length - descriptorName.Length - 1] == '/');
}

/// <summary>The mode of each file's messages: its <c>Protobuf</c> item's, else the project's.</summary>
/// <param name="ProjectMode">The MSBuild property <c>ProtoGuardFieldMaskHelpers</c>.</param>
/// <param name="FileModes">The <c>Protobuf</c> items that set their own mode.</param>
internal sealed record FieldMaskModes(FieldMaskHelpersMode ProjectMode, EquatableArray<ProtoFileMode> FileModes)
{
    /// <summary>The mode of the file a descriptor was compiled from.</summary>
    public FieldMaskHelpersMode For(string descriptorName)
        => FileModes.FirstOrDefault(item => item.IsFileOf(descriptorName))?.Mode ?? ProjectMode;
}

/// <summary>
/// A descriptor file with the mode of its messages (<see cref="FieldMaskModes.For"/>): the input of selection, each file
/// on its own so that selection combines two collected arrays, not three values (see Common/PipelineValues.cs).
/// </summary>
internal sealed record SelectableFile(DescriptorFileModel File, FieldMaskHelpersMode Mode);
