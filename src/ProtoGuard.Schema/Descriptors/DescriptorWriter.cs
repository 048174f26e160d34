using System.Collections.Generic;

namespace ProtoGuard.Schema.Descriptors;

/// <summary>
/// Serializes linked files as <c>google.protobuf.FileDescriptorProto</c> / <c>FileDescriptorSet</c>, field by field
/// the way protoc's <c>--descriptor_set_out</c> does (json_name included, options interpreted, fields in number order).
/// </summary>
public static class DescriptorWriter
{
    /// <summary>A <c>FileDescriptorSet</c> holding <paramref name="files"/> in the given order.</summary>
    public static byte[] WriteFileDescriptorSet(IEnumerable<FileDescriptor> files, bool includeSourceInfo = false)
    {
        // Every message is written into this one buffer (see WireWriter.BeginLengthDelimited).
        var writer = new WireWriter(64 * 1024);
        foreach (FileDescriptor file in files)
        {
            int start = writer.BeginLengthDelimited(1);
            WriteFile(writer, file, includeSourceInfo);
            writer.EndLengthDelimited(start);
        }

        return writer.ToArray();
    }

    public static byte[] WriteFileDescriptorProto(FileDescriptor file, bool includeSourceInfo = false)
    {
        var writer = new WireWriter();
        WriteFile(writer, file, includeSourceInfo);
        return writer.ToArray();
    }

    private static void WriteFile(WireWriter writer, FileDescriptor file, bool includeSourceInfo)
    {
        writer.WriteString(1, file.Name);
        if (file.Package.Length > 0)
        {
            writer.WriteString(2, file.Package);
        }

        foreach (string dependency in file.Dependencies)
        {
            writer.WriteString(3, dependency);
        }

        foreach (MessageDescriptor message in file.MessageTypes)
        {
            int start = writer.BeginLengthDelimited(4);
            WriteMessage(writer, message);
            writer.EndLengthDelimited(start);
        }

        foreach (EnumDescriptor enumType in file.EnumTypes)
        {
            int start = writer.BeginLengthDelimited(5);
            WriteEnum(writer, enumType);
            writer.EndLengthDelimited(start);
        }

        foreach (ServiceDescriptor service in file.Services)
        {
            int start = writer.BeginLengthDelimited(6);
            WriteService(writer, service);
            writer.EndLengthDelimited(start);
        }

        foreach (FieldDescriptor extension in file.Extensions)
        {
            int start = writer.BeginLengthDelimited(7);
            WriteField(writer, extension);
            writer.EndLengthDelimited(start);
        }

        WriteOptions(writer, 8, file.Options);
        if (includeSourceInfo)
        {
            writer.WriteMessageField(9, SourceInfoWriter.Write(file));
        }

        foreach (int index in file.PublicDependencies)
        {
            writer.WriteInt64Field(10, index);
        }

        foreach (int index in file.WeakDependencies)
        {
            writer.WriteInt64Field(11, index);
        }

        if (file.Syntax != "proto2")
        {
            writer.WriteString(12, file.Syntax);
        }

        if (file.Syntax == "editions")
        {
            writer.WriteInt64Field(14, file.Edition);
        }

        foreach (string dependency in file.OptionDependencies)
        {
            writer.WriteString(15, dependency);
        }
    }

    private static void WriteOptions(WireWriter writer, int fieldNumber, DynamicMessage? options)
    {
        // Like protoc's --descriptor_set_out without --retain_options: source-retention options are left out.
        if (options != null && (options.IsEmpty || !options.IsEmptyWithoutSourceRetention()))
        {
            int start = writer.BeginLengthDelimited(fieldNumber);
            options.WriteTo(writer, stripSourceRetention: true);
            writer.EndLengthDelimited(start);
        }
    }

    private static void WriteMessage(WireWriter writer, MessageDescriptor message)
    {
        writer.WriteString(1, message.Name);
        foreach (FieldDescriptor field in message.Fields)
        {
            int start = writer.BeginLengthDelimited(2);
            WriteField(writer, field);
            writer.EndLengthDelimited(start);
        }

        foreach (MessageDescriptor nested in message.NestedTypes)
        {
            int start = writer.BeginLengthDelimited(3);
            WriteMessage(writer, nested);
            writer.EndLengthDelimited(start);
        }

        foreach (EnumDescriptor enumType in message.EnumTypes)
        {
            int start = writer.BeginLengthDelimited(4);
            WriteEnum(writer, enumType);
            writer.EndLengthDelimited(start);
        }

        foreach (ExtensionRangeDescriptor range in message.ExtensionRanges)
        {
            int start = writer.BeginLengthDelimited(5);
            writer.WriteInt64Field(1, range.Start);
            writer.WriteInt64Field(2, range.End);
            WriteOptions(writer, 3, range.Options);
            writer.EndLengthDelimited(start);
        }

        foreach (FieldDescriptor extension in message.Extensions)
        {
            int start = writer.BeginLengthDelimited(6);
            WriteField(writer, extension);
            writer.EndLengthDelimited(start);
        }

        WriteOptions(writer, 7, message.Options);
        foreach (OneofDescriptor oneof in message.Oneofs)
        {
            int start = writer.BeginLengthDelimited(8);
            writer.WriteString(1, oneof.Name);
            WriteOptions(writer, 2, oneof.Options);
            writer.EndLengthDelimited(start);
        }

        foreach (NumberRange range in message.ReservedRanges)
        {
            int start = writer.BeginLengthDelimited(9);
            WriteRange(writer, range);
            writer.EndLengthDelimited(start);
        }

        foreach (string name in message.ReservedNames)
        {
            writer.WriteString(10, name);
        }

        WriteVisibility(writer, 11, message.Visibility);
    }

    /// <summary>descriptor.proto's <c>SymbolVisibility</c>: VISIBILITY_LOCAL = 1, VISIBILITY_EXPORT = 2; unset when not written.</summary>
    private static void WriteVisibility(WireWriter writer, int fieldNumber, Syntax.SymbolVisibility visibility)
    {
        if (visibility != Syntax.SymbolVisibility.Default)
        {
            writer.WriteInt64Field(fieldNumber, visibility == Syntax.SymbolVisibility.Local ? 1 : 2);
        }
    }

    private static void WriteRange(WireWriter writer, NumberRange range)
    {
        writer.WriteInt64Field(1, range.Start);
        writer.WriteInt64Field(2, range.End);
    }

    private static void WriteField(WireWriter writer, FieldDescriptor field)
    {
        writer.WriteString(1, field.Name);
        if (field.Extendee != null)
        {
            writer.WriteQualifiedName(2, field.Extendee.FullName);
        }
        else if (field.ExtendeeAsWritten != null)
        {
            writer.WriteString(2, field.ExtendeeAsWritten);
        }

        writer.WriteInt64Field(3, field.Number);
        writer.WriteInt64Field(4, (int)field.Label);
        if (field.Type != FieldType.Unresolved)
        {
            writer.WriteInt64Field(5, (int)field.Type);
        }

        Descriptor? resolvedType = (Descriptor?)field.MessageType ?? field.EnumType;
        if (resolvedType != null)
        {
            writer.WriteQualifiedName(6, resolvedType.FullName);
        }
        else if (field.Type == FieldType.Unresolved && field.TypeNameAsWritten != null)
        {
            writer.WriteString(6, field.TypeNameAsWritten);
        }

        if (field.DefaultValue != null)
        {
            writer.WriteString(7, field.DefaultValue);
        }

        WriteOptions(writer, 8, field.Options);
        if (field.Oneof != null)
        {
            writer.WriteInt64Field(9, field.Oneof.Index);
        }

        writer.WriteString(10, field.JsonName);
        if (field.Proto3Optional)
        {
            writer.WriteBoolField(17, true);
        }
    }

    private static void WriteEnum(WireWriter writer, EnumDescriptor enumType)
    {
        writer.WriteString(1, enumType.Name);
        foreach (EnumValueDescriptor value in enumType.Values)
        {
            int start = writer.BeginLengthDelimited(2);
            writer.WriteString(1, value.Name);
            writer.WriteInt64Field(2, value.Number);
            WriteOptions(writer, 3, value.Options);
            writer.EndLengthDelimited(start);
        }

        WriteOptions(writer, 3, enumType.Options);
        foreach (NumberRange range in enumType.ReservedRanges)
        {
            int start = writer.BeginLengthDelimited(4);
            WriteRange(writer, range);
            writer.EndLengthDelimited(start);
        }

        foreach (string name in enumType.ReservedNames)
        {
            writer.WriteString(5, name);
        }

        WriteVisibility(writer, 6, enumType.Visibility);
    }

    private static void WriteService(WireWriter writer, ServiceDescriptor service)
    {
        writer.WriteString(1, service.Name);
        foreach (MethodDescriptor method in service.Methods)
        {
            int start = writer.BeginLengthDelimited(2);
            writer.WriteString(1, method.Name);
            WriteMethodType(writer, 2, method.InputType, method.Node?.InputType.Text);
            WriteMethodType(writer, 3, method.OutputType, method.Node?.OutputType.Text);
            WriteOptions(writer, 4, method.Options);
            if (method.ClientStreaming)
            {
                writer.WriteBoolField(5, true);
            }

            if (method.ServerStreaming)
            {
                writer.WriteBoolField(6, true);
            }

            writer.EndLengthDelimited(start);
        }

        WriteOptions(writer, 3, service.Options);
    }

    private static void WriteMethodType(WireWriter writer, int fieldNumber, MessageDescriptor? resolved, string? asWritten)
    {
        if (resolved != null)
        {
            writer.WriteQualifiedName(fieldNumber, resolved.FullName);
        }
        else
        {
            writer.WriteString(fieldNumber, asWritten ?? string.Empty);
        }
    }
}
