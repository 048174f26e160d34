using System.Collections.Generic;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Rules.Breaking.Model;

/// <summary>
/// The shape of a set of .proto files as the breaking-change rules see it: every attribute any rule compares, with
/// editions features already resolved. Built from linked files (<see cref="SchemaShapeBuilder"/>, with syntax nodes
/// for locations) or read from a baseline file (no locations: the baseline is always the old side).
/// </summary>
public sealed class SchemaShape
{
    public SchemaShape(IReadOnlyList<FileShape> files)
    {
        Files = files;
    }

    /// <summary>The files, imports included (as buf compares images with their imports), ordered by path.</summary>
    public IReadOnlyList<FileShape> Files { get; }
}

/// <summary>A field's cardinality as buf distinguishes it (presence matters: explicit vs implicit).</summary>
public enum FieldCardinalityKind
{
    OptionalExplicitPresence = 1,
    OptionalImplicitPresence = 2,
    Required = 3,
    Repeated = 4,
    Map = 5,
}

public sealed class FileShape
{
    public string Path { get; set; } = string.Empty;

    public string Package { get; set; } = string.Empty;

    /// <summary><c>proto2</c>, <c>proto3</c> or <c>editions</c>.</summary>
    public string Syntax { get; set; } = "proto2";

    /// <summary>The edition number (1000 = 2023, 1001 = 2024); 0 unless editions.</summary>
    public int Edition { get; set; }

    /// <summary>File options the rules compare, by option name, as written in descriptor.proto's defaults when unset.</summary>
    public SortedDictionary<string, string> Options { get; } = new SortedDictionary<string, string>(System.StringComparer.Ordinal);

    /// <summary>Every message, nested ones and map entries included, in declaration order.</summary>
    public List<MessageShape> Messages { get; } = new List<MessageShape>();

    /// <summary>Every enum, nested ones included.</summary>
    public List<EnumShape> Enums { get; } = new List<EnumShape>();

    public List<ServiceShape> Services { get; } = new List<ServiceShape>();

    /// <summary>Every extension, nested ones included.</summary>
    public List<FieldShape> Extensions { get; } = new List<FieldShape>();

    /// <summary>The source (new side only).</summary>
    public SourceText? Text { get; set; }

    public FileNode? Node { get; set; }

    public string GetOption(string name) => Options.TryGetValue(name, out var value) ? value : string.Empty;
}

/// <summary>An inclusive number range (reserved or extension range).</summary>
public readonly struct TagRange
{
    public TagRange(int start, int end)
    {
        Start = start;
        End = end;
    }

    public int Start { get; }

    /// <summary>Inclusive.</summary>
    public int End { get; }
}

public sealed class MessageShape
{
    public string FullName { get; set; } = string.Empty;

    /// <summary>The name without the package, e.g. <c>Outer.Inner</c>.</summary>
    public string NestedName { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public bool IsMapEntry { get; set; }

    public bool MessageSetWireFormat { get; set; }

    public bool NoStandardDescriptorAccessor { get; set; }

    /// <summary>Resolved <c>json_format</c> feature: <c>ALLOW</c> or <c>LEGACY_BEST_EFFORT</c>.</summary>
    public string JsonFormat { get; set; } = "ALLOW";

    public List<FieldShape> Fields { get; } = new List<FieldShape>();

    public List<OneofShape> Oneofs { get; } = new List<OneofShape>();

    public List<TagRange> ReservedRanges { get; } = new List<TagRange>();

    public List<string> ReservedNames { get; } = new List<string>();

    public List<TagRange> ExtensionRanges { get; } = new List<TagRange>();

    /// <summary>The declaration (a <see cref="MessageNode"/>, or the map field's <see cref="FieldNode"/>); new side only.</summary>
    public SyntaxNode? Node { get; set; }

    public FileShape File { get; set; } = null!;
}

public sealed class OneofShape
{
    public string Name { get; set; } = string.Empty;

    /// <summary>The synthetic oneof of a proto3 <c>optional</c> field.</summary>
    public bool IsSynthetic { get; set; }
}

public sealed class FieldShape
{
    public string Name { get; set; } = string.Empty;

    public string FullName { get; set; } = string.Empty;

    /// <summary>The name without the package (for extensions, what buf keys them by in a file).</summary>
    public string NestedName { get; set; } = string.Empty;

    public int Number { get; set; }

    /// <summary>For extensions, the extended message's full name (no leading dot); null for fields.</summary>
    public string? Extendee { get; set; }

    public bool IsExtension => Extendee != null;

    /// <summary>descriptor.proto's label (required only for proto2 <c>required</c>).</summary>
    public FieldCardinality Label { get; set; } = FieldCardinality.Optional;

    public FieldCardinalityKind Cardinality { get; set; }

    /// <summary>The wire kind; a delimited-encoded message (editions) is <see cref="FieldType.Group"/>.</summary>
    public FieldType Kind { get; set; }

    /// <summary>The message or enum full name without a leading dot, or null for scalars.</summary>
    public string? TypeName { get; set; }

    /// <summary>The real (non-synthetic) oneof the field belongs to, or null.</summary>
    public string? Oneof { get; set; }

    public string JsonName { get; set; } = string.Empty;

    /// <summary><c>JS_NORMAL</c>, <c>JS_STRING</c> or <c>JS_NUMBER</c>.</summary>
    public string JsType { get; set; } = "JS_NORMAL";

    /// <summary>C++ string type: <c>STRING</c>, <c>CORD</c>, <c>VIEW</c> or <c>STRING_PIECE</c> (ctype).</summary>
    public string CppStringType { get; set; } = "STRING";

    /// <summary>Resolved <c>utf8_validation</c> feature: <c>VERIFY</c> or <c>NONE</c>.</summary>
    public string Utf8Validation { get; set; } = "VERIFY";

    /// <summary>Java's UTF-8 validation (java_string_check_utf8 or the feature): <c>VERIFY</c> or <c>NONE</c>.</summary>
    public string JavaUtf8Validation { get; set; } = "VERIFY";

    /// <summary>The explicit default as protoc writes it in <c>default_value</c>, or null.</summary>
    public string? DefaultValue { get; set; }

    /// <summary>For enum fields, the number of the default value (explicit, or the first value); else 0.</summary>
    public int DefaultEnumNumber { get; set; }

    public FieldNode? Node { get; set; }

    /// <summary>The message the field is declared in (for extensions, the scope, or null at file level).</summary>
    public MessageShape? Parent { get; set; }

    public FileShape File { get; set; } = null!;
}

public sealed class EnumShape
{
    public string FullName { get; set; } = string.Empty;

    public string NestedName { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public bool IsClosed { get; set; }

    public string JsonFormat { get; set; } = "ALLOW";

    public List<EnumValueShape> Values { get; } = new List<EnumValueShape>();

    public List<TagRange> ReservedRanges { get; } = new List<TagRange>();

    public List<string> ReservedNames { get; } = new List<string>();

    public EnumNode? Node { get; set; }

    public FileShape File { get; set; } = null!;
}

public sealed class EnumValueShape
{
    public string Name { get; set; } = string.Empty;

    public int Number { get; set; }

    public EnumValueNode? Node { get; set; }
}

public sealed class ServiceShape
{
    public string FullName { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public List<MethodShape> Methods { get; } = new List<MethodShape>();

    public ServiceNode? Node { get; set; }

    public FileShape File { get; set; } = null!;
}

public sealed class MethodShape
{
    public string Name { get; set; } = string.Empty;

    /// <summary>Full name without a leading dot.</summary>
    public string InputType { get; set; } = string.Empty;

    public string OutputType { get; set; } = string.Empty;

    public bool ClientStreaming { get; set; }

    public bool ServerStreaming { get; set; }

    /// <summary><c>IDEMPOTENCY_UNKNOWN</c>, <c>NO_SIDE_EFFECTS</c> or <c>IDEMPOTENT</c>.</summary>
    public string IdempotencyLevel { get; set; } = "IDEMPOTENCY_UNKNOWN";

    public RpcNode? Node { get; set; }

    public ServiceShape Service { get; set; } = null!;
}
