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
        var writer = new WireWriter();
        foreach (FileDescriptor file in files)
        {
            writer.WriteMessageField(1, WriteFile(file, includeSourceInfo));
        }

        return writer.ToArray();
    }

    public static byte[] WriteFileDescriptorProto(FileDescriptor file, bool includeSourceInfo = false) => WriteFile(file, includeSourceInfo).ToArray();

    private static WireWriter WriteFile(FileDescriptor file, bool includeSourceInfo)
    {
        var writer = new WireWriter();
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
            writer.WriteMessageField(4, WriteMessage(message));
        }

        foreach (EnumDescriptor enumType in file.EnumTypes)
        {
            writer.WriteMessageField(5, WriteEnum(enumType));
        }

        foreach (ServiceDescriptor service in file.Services)
        {
            writer.WriteMessageField(6, WriteService(service));
        }

        foreach (FieldDescriptor extension in file.Extensions)
        {
            writer.WriteMessageField(7, WriteField(extension));
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

        return writer;
    }

    private static void WriteOptions(WireWriter writer, int fieldNumber, DynamicMessage? options)
    {
        // Like protoc's --descriptor_set_out without --retain_options: source-retention options are left out.
        if (options != null && (options.IsEmpty || !options.IsEmptyWithoutSourceRetention()))
        {
            var nested = new WireWriter();
            options.WriteTo(nested, stripSourceRetention: true);
            writer.WriteMessageField(fieldNumber, nested);
        }
    }

    private static WireWriter WriteMessage(MessageDescriptor message)
    {
        var writer = new WireWriter();
        writer.WriteString(1, message.Name);
        foreach (FieldDescriptor field in message.Fields)
        {
            writer.WriteMessageField(2, WriteField(field));
        }

        foreach (MessageDescriptor nested in message.NestedTypes)
        {
            writer.WriteMessageField(3, WriteMessage(nested));
        }

        foreach (EnumDescriptor enumType in message.EnumTypes)
        {
            writer.WriteMessageField(4, WriteEnum(enumType));
        }

        foreach (ExtensionRangeDescriptor range in message.ExtensionRanges)
        {
            var rangeWriter = new WireWriter();
            rangeWriter.WriteInt64Field(1, range.Start);
            rangeWriter.WriteInt64Field(2, range.End);
            WriteOptions(rangeWriter, 3, range.Options);
            writer.WriteMessageField(5, rangeWriter);
        }

        foreach (FieldDescriptor extension in message.Extensions)
        {
            writer.WriteMessageField(6, WriteField(extension));
        }

        WriteOptions(writer, 7, message.Options);
        foreach (OneofDescriptor oneof in message.Oneofs)
        {
            var oneofWriter = new WireWriter();
            oneofWriter.WriteString(1, oneof.Name);
            WriteOptions(oneofWriter, 2, oneof.Options);
            writer.WriteMessageField(8, oneofWriter);
        }

        foreach (NumberRange range in message.ReservedRanges)
        {
            writer.WriteMessageField(9, WriteRange(range));
        }

        foreach (string name in message.ReservedNames)
        {
            writer.WriteString(10, name);
        }

        WriteVisibility(writer, 11, message.Visibility);

        return writer;
    }

    /// <summary>descriptor.proto's <c>SymbolVisibility</c>: VISIBILITY_LOCAL = 1, VISIBILITY_EXPORT = 2; unset when not written.</summary>
    private static void WriteVisibility(WireWriter writer, int fieldNumber, Syntax.SymbolVisibility visibility)
    {
        if (visibility != Syntax.SymbolVisibility.Default)
        {
            writer.WriteInt64Field(fieldNumber, visibility == Syntax.SymbolVisibility.Local ? 1 : 2);
        }
    }

    private static WireWriter WriteRange(NumberRange range)
    {
        var writer = new WireWriter();
        writer.WriteInt64Field(1, range.Start);
        writer.WriteInt64Field(2, range.End);
        return writer;
    }

    private static WireWriter WriteField(FieldDescriptor field)
    {
        var writer = new WireWriter();
        writer.WriteString(1, field.Name);
        if (field.Extendee != null)
        {
            writer.WriteString(2, "." + field.Extendee.FullName);
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

        string? typeName = field.TypeName ?? (field.Type == FieldType.Unresolved ? field.TypeNameAsWritten : null);
        if (typeName != null)
        {
            writer.WriteString(6, typeName);
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

        return writer;
    }

    private static WireWriter WriteEnum(EnumDescriptor enumType)
    {
        var writer = new WireWriter();
        writer.WriteString(1, enumType.Name);
        foreach (EnumValueDescriptor value in enumType.Values)
        {
            var valueWriter = new WireWriter();
            valueWriter.WriteString(1, value.Name);
            valueWriter.WriteInt64Field(2, value.Number);
            WriteOptions(valueWriter, 3, value.Options);
            writer.WriteMessageField(2, valueWriter);
        }

        WriteOptions(writer, 3, enumType.Options);
        foreach (NumberRange range in enumType.ReservedRanges)
        {
            writer.WriteMessageField(4, WriteRange(range));
        }

        foreach (string name in enumType.ReservedNames)
        {
            writer.WriteString(5, name);
        }

        WriteVisibility(writer, 6, enumType.Visibility);

        return writer;
    }

    private static WireWriter WriteService(ServiceDescriptor service)
    {
        var writer = new WireWriter();
        writer.WriteString(1, service.Name);
        foreach (MethodDescriptor method in service.Methods)
        {
            var methodWriter = new WireWriter();
            methodWriter.WriteString(1, method.Name);
            methodWriter.WriteString(2, method.InputType != null ? "." + method.InputType.FullName : method.Node?.InputType.Text ?? string.Empty);
            methodWriter.WriteString(3, method.OutputType != null ? "." + method.OutputType.FullName : method.Node?.OutputType.Text ?? string.Empty);
            WriteOptions(methodWriter, 4, method.Options);
            if (method.ClientStreaming)
            {
                methodWriter.WriteBoolField(5, true);
            }

            if (method.ServerStreaming)
            {
                methodWriter.WriteBoolField(6, true);
            }

            writer.WriteMessageField(2, methodWriter);
        }

        WriteOptions(writer, 3, service.Options);
        return writer;
    }
}
