namespace ProtoGuard.Schema.Descriptors;

/// <summary>
/// The field numbers of google/protobuf/descriptor.proto that ProtoGuard writes or reads: the one table shared by
/// <see cref="DescriptorWriter"/>, <see cref="SourceInfoWriter"/> (whose location paths are these numbers) and
/// <see cref="DescriptorReader"/>. Nested classes are named after the descriptor.proto message they number.
/// </summary>
internal static class DescriptorFieldNumbers
{
    /// <summary><c>FileDescriptorSet</c>.</summary>
    internal static class FileSet
    {
        public const int File = 1;
    }

    /// <summary><c>FileDescriptorProto</c>.</summary>
    internal static class File
    {
        public const int Name = 1;
        public const int Package = 2;
        public const int Dependency = 3;
        public const int MessageType = 4;
        public const int EnumType = 5;
        public const int Service = 6;
        public const int Extension = 7;
        public const int Options = 8;
        public const int SourceCodeInfo = 9;
        public const int PublicDependency = 10;
        public const int WeakDependency = 11;
        public const int Syntax = 12;
        public const int Edition = 14;
        public const int OptionDependency = 15;
    }

    /// <summary><c>DescriptorProto</c>.</summary>
    internal static class Message
    {
        public const int Name = 1;
        public const int Field = 2;
        public const int NestedType = 3;
        public const int EnumType = 4;
        public const int ExtensionRange = 5;
        public const int Extension = 6;
        public const int Options = 7;
        public const int OneofDecl = 8;
        public const int ReservedRange = 9;
        public const int ReservedName = 10;
        public const int Visibility = 11;
    }

    /// <summary><c>DescriptorProto.ExtensionRange</c>, <c>DescriptorProto.ReservedRange</c> and <c>EnumDescriptorProto.EnumReservedRange</c>.</summary>
    internal static class Range
    {
        public const int Start = 1;
        public const int End = 2;
        public const int ExtensionRangeOptions = 3;
    }

    /// <summary><c>FieldDescriptorProto</c>.</summary>
    internal static class Field
    {
        public const int Name = 1;
        public const int Extendee = 2;
        public const int Number = 3;
        public const int Label = 4;
        public const int Type = 5;
        public const int TypeName = 6;
        public const int DefaultValue = 7;
        public const int Options = 8;
        public const int OneofIndex = 9;
        public const int JsonName = 10;
        public const int Proto3Optional = 17;
    }

    /// <summary><c>OneofDescriptorProto</c>.</summary>
    internal static class Oneof
    {
        public const int Name = 1;
        public const int Options = 2;
    }

    /// <summary><c>EnumDescriptorProto</c>.</summary>
    internal static class Enum
    {
        public const int Name = 1;
        public const int Value = 2;
        public const int Options = 3;
        public const int ReservedRange = 4;
        public const int ReservedName = 5;
        public const int Visibility = 6;
    }

    /// <summary><c>EnumValueDescriptorProto</c>.</summary>
    internal static class EnumValue
    {
        public const int Name = 1;
        public const int Number = 2;
        public const int Options = 3;
    }

    /// <summary><c>ServiceDescriptorProto</c>.</summary>
    internal static class Service
    {
        public const int Name = 1;
        public const int Method = 2;
        public const int Options = 3;
    }

    /// <summary><c>MethodDescriptorProto</c>.</summary>
    internal static class Method
    {
        public const int Name = 1;
        public const int InputType = 2;
        public const int OutputType = 3;
        public const int Options = 4;
        public const int ClientStreaming = 5;
        public const int ServerStreaming = 6;
    }

    /// <summary><c>FileOptions</c>.</summary>
    internal static class FileOptions
    {
        public const int CSharpNamespace = 37;
        public const int Features = 50;
    }

    /// <summary><c>FieldOptions</c>.</summary>
    internal static class FieldOptions
    {
        public const int Features = 21;
    }

    /// <summary><c>FeatureSet</c>.</summary>
    internal static class FeatureSet
    {
        public const int FieldPresence = 1;
    }

    /// <summary><c>MessageOptions</c>.</summary>
    internal static class MessageOptions
    {
        public const int MapEntry = 7;
    }

    /// <summary><c>SourceCodeInfo</c> and <c>SourceCodeInfo.Location</c>.</summary>
    internal static class SourceLocation
    {
        public const int Location = 1;
        public const int Path = 1;
        public const int Span = 2;
        public const int LeadingComments = 3;
        public const int TrailingComments = 4;
        public const int LeadingDetachedComments = 6;
    }
}
