using System.Collections.Generic;

namespace ProtoGuard.Generators.FieldMaskHelpers;

/// <summary>The parts of a FileDescriptorProto the field mask helpers use; filled by <see cref="ProtoDescriptorReader"/>.</summary>
internal sealed class ProtoFileDescriptor
{
    public string? Package;
    public string? Syntax;

    /// <summary>FileOptions.csharp_namespace; <see langword="null"/> when the option is absent (an empty value is the global namespace).</summary>
    public string? CSharpNamespace;

    public readonly List<ProtoMessageDescriptor> Messages = new();
}

/// <summary>A DescriptorProto.</summary>
internal sealed class ProtoMessageDescriptor
{
    public string? Name;
    public bool IsMapEntry;
    public readonly List<ProtoFieldDescriptor> Fields = new();
    public readonly List<ProtoMessageDescriptor> NestedMessages = new();
    public readonly List<string> OneofNames = new();
}

/// <summary>A FieldDescriptorProto.</summary>
internal sealed class ProtoFieldDescriptor
{
    public string? Name;
    public ProtoFieldLabel Label;
    public ProtoFieldType Type;

    /// <summary>Fully qualified (leading '.') message or enum name for message and enum fields.</summary>
    public string? TypeName;

    /// <summary>Index into the containing message's oneofs; -1 when the field is in none.</summary>
    public int OneofIndex = -1;
    public bool Proto3Optional;
}

/// <summary>FieldDescriptorProto.Label.</summary>
internal enum ProtoFieldLabel
{
    Optional = 1,
    Required = 2,
    Repeated = 3,
}

/// <summary>FieldDescriptorProto.Type.</summary>
internal enum ProtoFieldType
{
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
