using System.Collections.Generic;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Schema.Descriptors;

/// <summary>The field types of descriptor.proto (<c>FieldDescriptorProto.Type</c>), same numbers.</summary>
public enum FieldType
{
    /// <summary>The type name did not resolve (a PG0003 was reported).</summary>
    Unresolved = 0,
    Double = 1,
    Float = 2,
    Int64 = 3,
    UInt64 = 4,
    Int32 = 5,
    Fixed64 = 6,
    Fixed32 = 7,
    Bool = 8,
    String = 9,
    Group = 10,
    Message = 11,
    Bytes = 12,
    UInt32 = 13,
    Enum = 14,
    SFixed32 = 15,
    SFixed64 = 16,
    SInt32 = 17,
    SInt64 = 18,
}

/// <summary><c>FieldDescriptorProto.Label</c>, same numbers.</summary>
public enum FieldCardinality
{
    Optional = 1,
    Required = 2,
    Repeated = 3,
}

/// <summary>Anything with a fully-qualified name in the symbol table.</summary>
public abstract class Descriptor
{
    internal Descriptor(string name, string fullName, FileDescriptor file)
    {
        Name = name;
        FullName = fullName;
        File = file;
    }

    public string Name { get; internal set; }

    /// <summary>The fully-qualified name without a leading dot, e.g. <c>pkg.Msg.field</c>.</summary>
    public string FullName { get; }

    public FileDescriptor File { get; }

    /// <summary>The interpreted options (built-in and custom), or null when none were set.</summary>
    public DynamicMessage? Options { get; internal set; }

    public override string ToString() => FullName;
}

/// <summary>One linked .proto file: what protoc's <c>FileDescriptorProto</c> holds, plus links to the syntax tree.</summary>
public sealed class FileDescriptor
{
    internal FileDescriptor(string name, ParsedFile parsed)
    {
        Name = name;
        Parsed = parsed;
    }

    /// <summary>The import path, e.g. <c>google/api/http.proto</c>.</summary>
    public string Name { get; }

    public ParsedFile Parsed { get; }

    public string Package { get; internal set; } = string.Empty;

    /// <summary><c>proto2</c>, <c>proto3</c> or <c>editions</c>.</summary>
    public string Syntax { get; internal set; } = "proto2";

    /// <summary>The edition number of descriptor.proto's <c>Edition</c> enum (e.g. 1000 for 2023); 0 unless editions.</summary>
    public int Edition { get; internal set; }

    public bool IsProto3 => Syntax == "proto3";

    /// <summary>Imports in source order (import paths as written), <c>import option</c> excluded.</summary>
    public List<string> Dependencies { get; } = new List<string>();

    public List<int> PublicDependencies { get; } = new List<int>();

    public List<int> WeakDependencies { get; } = new List<int>();

    /// <summary>Editions 2024 <c>import option</c> paths.</summary>
    public List<string> OptionDependencies { get; } = new List<string>();

    /// <summary>
    /// The linked files of <see cref="OptionDependencies"/> (null where the import did not resolve): their extensions
    /// (and those of the files they import publicly) name custom options here, their types are not visible.
    /// </summary>
    public List<FileDescriptor?> OptionDependencyFiles { get; } = new List<FileDescriptor?>();

    /// <summary>The linked files of <see cref="Dependencies"/> (null where the import did not resolve).</summary>
    public List<FileDescriptor?> DependencyFiles { get; } = new List<FileDescriptor?>();

    public List<MessageDescriptor> MessageTypes { get; } = new List<MessageDescriptor>();

    public List<EnumDescriptor> EnumTypes { get; } = new List<EnumDescriptor>();

    public List<ServiceDescriptor> Services { get; } = new List<ServiceDescriptor>();

    public List<FieldDescriptor> Extensions { get; } = new List<FieldDescriptor>();

    public DynamicMessage? Options { get; internal set; }

    /// <summary>Parse and link problems located in this file.</summary>
    public List<SchemaDiagnostic> Diagnostics { get; } = new List<SchemaDiagnostic>();

    /// <summary>Each interpreted option's path inside its options message (field numbers, plus an index for repeated fields), as protoc records it in SourceCodeInfo.</summary>
    internal Dictionary<OptionNode, InterpretedOptionPath> InterpretedOptionPaths { get; } = new Dictionary<OptionNode, InterpretedOptionPath>();

    /// <summary>The other files that declare a type, extension or option this file's names resolved to.</summary>
    internal HashSet<FileDescriptor> ReferencedFiles { get; } = new HashSet<FileDescriptor>();

    /// <summary>
    /// This file's place in the order the linker declared files' symbols (imports first, as protoc builds them): the
    /// symbols a file's names may resolve to are those of files declared up to its own build.
    /// </summary>
    internal int DeclarationOrder { get; set; }

    /// <summary>
    /// True when the import at <paramref name="index"/> (in <see cref="Dependencies"/>) is needed: a name in this file
    /// resolves to a declaration in it, or in a file it re-exports through <c>import public</c>. An import that did not
    /// resolve counts as used (its problem is reported elsewhere).
    /// </summary>
    public bool IsDependencyUsed(int index) => IsImportedFileUsed(index < DependencyFiles.Count ? DependencyFiles[index] : null);

    internal bool IsImportedFileUsed(FileDescriptor? dependency) =>
        dependency == null || ProvidesReferencedFile(dependency, new HashSet<FileDescriptor>());

    private bool ProvidesReferencedFile(FileDescriptor file, HashSet<FileDescriptor> visited)
    {
        if (!visited.Add(file))
        {
            return false;
        }

        if (ReferencedFiles.Contains(file))
        {
            return true;
        }

        foreach (var publicIndex in file.PublicDependencies)
        {
            if (publicIndex < file.DependencyFiles.Count && file.DependencyFiles[publicIndex] is FileDescriptor reexported && ProvidesReferencedFile(reexported, visited))
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString() => Name;
}

public sealed class MessageDescriptor : Descriptor
{
    internal MessageDescriptor(string name, string fullName, FileDescriptor file, MessageDescriptor? containingType, SyntaxNode? node)
        : base(name, fullName, file)
    {
        ContainingType = containingType;
        Node = node;
    }

    public MessageDescriptor? ContainingType { get; }

    /// <summary>The declaration: a <see cref="MessageNode"/>, or the <see cref="FieldNode"/> of a map field for a map entry.</summary>
    public SyntaxNode? Node { get; }

    public List<FieldDescriptor> Fields { get; } = new List<FieldDescriptor>();

    public List<MessageDescriptor> NestedTypes { get; } = new List<MessageDescriptor>();

    public List<EnumDescriptor> EnumTypes { get; } = new List<EnumDescriptor>();

    public List<ExtensionRangeDescriptor> ExtensionRanges { get; } = new List<ExtensionRangeDescriptor>();

    public List<FieldDescriptor> Extensions { get; } = new List<FieldDescriptor>();

    public List<OneofDescriptor> Oneofs { get; } = new List<OneofDescriptor>();

    /// <summary>Reserved number ranges, end exclusive like descriptor.proto.</summary>
    public List<NumberRange> ReservedRanges { get; } = new List<NumberRange>();

    public List<string> ReservedNames { get; } = new List<string>();

    public bool IsMapEntry { get; internal set; }

    /// <summary>Editions 2024 <c>export</c>/<c>local</c> as written.</summary>
    public SymbolVisibility Visibility { get; internal set; }

    public FieldDescriptor? FindFieldByName(string name)
    {
        foreach (var field in Fields)
        {
            if (field.Name == name)
            {
                return field;
            }
        }

        return null;
    }

    public FieldDescriptor? FindFieldByNumber(int number)
    {
        foreach (var field in Fields)
        {
            if (field.Number == number)
            {
                return field;
            }
        }

        return null;
    }
}

/// <summary>A range of numbers: <see cref="Start"/> inclusive, <see cref="End"/> exclusive (as in descriptor.proto).</summary>
public readonly struct NumberRange
{
    public NumberRange(int start, int end)
    {
        Start = start;
        End = end;
    }

    public int Start { get; }

    public int End { get; }

    public override string ToString() => Start + ".." + End;
}

public sealed class ExtensionRangeDescriptor
{
    internal ExtensionRangeDescriptor(int start, int end, ExtensionRangeNode? node)
    {
        Start = start;
        End = end;
        Node = node;
    }

    public int Start { get; }

    /// <summary>Exclusive.</summary>
    public int End { get; }

    public ExtensionRangeNode? Node { get; }

    public DynamicMessage? Options { get; internal set; }
}

public sealed class FieldDescriptor : Descriptor
{
    internal FieldDescriptor(string name, string fullName, FileDescriptor file, MessageDescriptor? containingType, FieldNode? node)
        : base(name, fullName, file)
    {
        ContainingType = containingType;
        Node = node;
    }

    /// <summary>The message the field belongs to; for an extension the message it is declared in (null at file level).</summary>
    public MessageDescriptor? ContainingType { get; }

    public FieldNode? Node { get; }

    public int Number { get; internal set; }

    public FieldCardinality Label { get; internal set; } = FieldCardinality.Optional;

    public FieldType Type { get; internal set; }

    /// <summary>The type as written (before resolution), for messages, enums and groups.</summary>
    internal string? TypeNameAsWritten { get; set; }

    public MessageDescriptor? MessageType { get; internal set; }

    public EnumDescriptor? EnumType { get; internal set; }

    /// <summary>For an extension: the name as written, and after linking the extended message.</summary>
    internal string? ExtendeeAsWritten { get; set; }

    public MessageDescriptor? Extendee { get; internal set; }

    public bool IsExtension => ExtendeeAsWritten != null;

    /// <summary>The default value as protoc prints it in <c>default_value</c>, or null.</summary>
    public string? DefaultValue { get; internal set; }

    /// <summary>The exact bytes of a string default that is not valid UTF-8 (written instead of <see cref="DefaultValue"/>).</summary>
    internal byte[]? DefaultValueBytes { get; set; }

    public OneofDescriptor? Oneof { get; internal set; }

    public string JsonName { get; internal set; } = string.Empty;

    /// <summary>True when <c>json_name</c> was set explicitly.</summary>
    public bool HasExplicitJsonName { get; internal set; }

    public bool Proto3Optional { get; internal set; }

    public bool IsRepeated => Label == FieldCardinality.Repeated;

    public bool IsMap => MessageType != null && MessageType.IsMapEntry && IsRepeated;

    /// <summary>True when repeated values of this field are written packed.</summary>
    public bool IsPacked { get; internal set; }

    /// <summary>The fully-qualified type name with a leading dot, as in <c>type_name</c>, or null for scalars.</summary>
    public string? TypeName => MessageType != null ? "." + MessageType.FullName : EnumType != null ? "." + EnumType.FullName : null;
}

public sealed class OneofDescriptor : Descriptor
{
    internal OneofDescriptor(string name, string fullName, FileDescriptor file, MessageDescriptor containingType, OneofNode? node)
        : base(name, fullName, file)
    {
        ContainingType = containingType;
        Node = node;
    }

    public MessageDescriptor ContainingType { get; }

    /// <summary>Null for the synthetic oneof of a proto3 <c>optional</c> field.</summary>
    public OneofNode? Node { get; }

    public bool IsSynthetic => Node == null;

    public int Index { get; internal set; }

    public List<FieldDescriptor> Fields { get; } = new List<FieldDescriptor>();
}

public sealed class EnumDescriptor : Descriptor
{
    internal EnumDescriptor(string name, string fullName, FileDescriptor file, MessageDescriptor? containingType, EnumNode? node)
        : base(name, fullName, file)
    {
        ContainingType = containingType;
        Node = node;
    }

    public MessageDescriptor? ContainingType { get; }

    public EnumNode? Node { get; }

    public List<EnumValueDescriptor> Values { get; } = new List<EnumValueDescriptor>();

    /// <summary>Reserved ranges, end inclusive like descriptor.proto's <c>EnumReservedRange</c>.</summary>
    public List<NumberRange> ReservedRanges { get; } = new List<NumberRange>();

    public List<string> ReservedNames { get; } = new List<string>();

    /// <summary>Editions 2024 <c>export</c>/<c>local</c> as written.</summary>
    public SymbolVisibility Visibility { get; internal set; }

    /// <summary>True for proto2 enums (and editions closed enums): unknown values are not kept.</summary>
    public bool IsClosed { get; internal set; }

    public EnumValueDescriptor? FindValueByName(string name)
    {
        foreach (var value in Values)
        {
            if (value.Name == name)
            {
                return value;
            }
        }

        return null;
    }

    public EnumValueDescriptor? FindValueByNumber(int number)
    {
        foreach (var value in Values)
        {
            if (value.Number == number)
            {
                return value;
            }
        }

        return null;
    }
}

public sealed class EnumValueDescriptor : Descriptor
{
    internal EnumValueDescriptor(string name, string fullName, FileDescriptor file, EnumDescriptor enumType, EnumValueNode? node)
        : base(name, fullName, file)
    {
        EnumType = enumType;
        Node = node;
    }

    public EnumDescriptor EnumType { get; }

    public EnumValueNode? Node { get; }

    public int Number { get; internal set; }
}

public sealed class ServiceDescriptor : Descriptor
{
    internal ServiceDescriptor(string name, string fullName, FileDescriptor file, ServiceNode? node)
        : base(name, fullName, file)
    {
        Node = node;
    }

    public ServiceNode? Node { get; }

    public List<MethodDescriptor> Methods { get; } = new List<MethodDescriptor>();
}

public sealed class MethodDescriptor : Descriptor
{
    internal MethodDescriptor(string name, string fullName, FileDescriptor file, ServiceDescriptor service, RpcNode? node)
        : base(name, fullName, file)
    {
        Service = service;
        Node = node;
    }

    public ServiceDescriptor Service { get; }

    public RpcNode? Node { get; }

    public MessageDescriptor? InputType { get; internal set; }

    public MessageDescriptor? OutputType { get; internal set; }

    public bool ClientStreaming { get; internal set; }

    public bool ServerStreaming { get; internal set; }
}

/// <summary>Where an option landed in its options message, through which fields.</summary>
internal sealed class InterpretedOptionPath
{
    private readonly FieldDescriptor[] _fields;

    public InterpretedOptionPath(int[] path, FieldDescriptor[] fields)
    {
        Path = path;
        _fields = fields;
    }

    public int[] Path { get; }

    /// <summary>The options message's own field is source-retention: protoc strips the whole option.</summary>
    public bool TopLevelSourceRetention => _fields.Length > 0 && DynamicMessage.HasSourceRetention(_fields[0]);

    /// <summary>A source-retention field is on the way: protoc strips the option, and its locations, from what it writes. (Known once every file is linked.)</summary>
    public bool SourceRetention
    {
        get
        {
            foreach (var step in _fields)
            {
                if (DynamicMessage.HasSourceRetention(step))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
