using System.Collections.Generic;
using System.Threading.Tasks;
using Numbers = ProtoGuard.Schema.Descriptors.DescriptorFieldNumbers;

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
        foreach (var file in files)
        {
            var start = writer.BeginLengthDelimited(Numbers.FileSet.File);
            WriteFile(writer, file, includeSourceInfo);
            writer.EndLengthDelimited(start);
        }

        return writer.ToArray();
    }

    /// <summary>
    /// The bytes of <see cref="WriteFileDescriptorSet(IEnumerable{FileDescriptor}, bool)"/> as one chunk per file (its
    /// field tag, length and <c>FileDescriptorProto</c>), encoded on up to <paramref name="maxDegreeOfParallelism"/>
    /// threads: written one after the other, in order, they are the <c>FileDescriptorSet</c>, without a buffer holding
    /// the whole set.
    /// </summary>
    public static byte[][] WriteFileDescriptorSetChunks(IReadOnlyList<FileDescriptor> files, bool includeSourceInfo, int maxDegreeOfParallelism)
    {
        var chunks = new byte[files.Count][];
        Parallel.For(
            0,
            files.Count,
            new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism < 1 ? 1 : maxDegreeOfParallelism },
            () => new WireWriter(64 * 1024),
            (index, _, writer) =>
            {
                writer.Clear();
                var start = writer.BeginLengthDelimited(Numbers.FileSet.File);
                WriteFile(writer, files[index], includeSourceInfo);
                writer.EndLengthDelimited(start);
                chunks[index] = writer.ToArray();
                return writer;
            },
            _ => { });
        return chunks;
    }

    public static byte[] WriteFileDescriptorProto(FileDescriptor file, bool includeSourceInfo = false)
    {
        var writer = new WireWriter();
        WriteFile(writer, file, includeSourceInfo);
        return writer.ToArray();
    }

    private static void WriteFile(WireWriter writer, FileDescriptor file, bool includeSourceInfo)
    {
        writer.WriteString(Numbers.File.Name, file.Name);
        if (file.Package.Length > 0)
        {
            writer.WriteString(Numbers.File.Package, file.Package);
        }

        foreach (var dependency in file.Dependencies)
        {
            writer.WriteString(Numbers.File.Dependency, dependency);
        }

        foreach (var message in file.MessageTypes)
        {
            var start = writer.BeginLengthDelimited(Numbers.File.MessageType);
            WriteMessage(writer, message);
            writer.EndLengthDelimited(start);
        }

        foreach (var enumType in file.EnumTypes)
        {
            var start = writer.BeginLengthDelimited(Numbers.File.EnumType);
            WriteEnum(writer, enumType);
            writer.EndLengthDelimited(start);
        }

        foreach (var service in file.Services)
        {
            var start = writer.BeginLengthDelimited(Numbers.File.Service);
            WriteService(writer, service);
            writer.EndLengthDelimited(start);
        }

        foreach (var extension in file.Extensions)
        {
            var start = writer.BeginLengthDelimited(Numbers.File.Extension);
            WriteField(writer, extension);
            writer.EndLengthDelimited(start);
        }

        WriteOptions(writer, Numbers.File.Options, file.Options);
        if (includeSourceInfo)
        {
            writer.WriteMessageField(Numbers.File.SourceCodeInfo, SourceInfoWriter.Write(file));
        }

        foreach (var index in file.PublicDependencies)
        {
            writer.WriteInt64Field(Numbers.File.PublicDependency, index);
        }

        foreach (var index in file.WeakDependencies)
        {
            writer.WriteInt64Field(Numbers.File.WeakDependency, index);
        }

        if (file.Syntax != "proto2")
        {
            writer.WriteString(Numbers.File.Syntax, file.Syntax);
        }

        if (file.Syntax == "editions")
        {
            writer.WriteInt64Field(Numbers.File.Edition, file.Edition);
        }

        foreach (var dependency in file.OptionDependencies)
        {
            writer.WriteString(Numbers.File.OptionDependency, dependency);
        }
    }

    private static void WriteOptions(WireWriter writer, int fieldNumber, DynamicMessage? options)
    {
        // Like protoc's --descriptor_set_out without --retain_options: source-retention options are left out.
        if (options != null && (options.IsEmpty || !options.IsEmptyWithoutSourceRetention()))
        {
            var start = writer.BeginLengthDelimited(fieldNumber);
            options.WriteTo(writer, stripSourceRetention: true);
            writer.EndLengthDelimited(start);
        }
    }

    private static void WriteMessage(WireWriter writer, MessageDescriptor message)
    {
        writer.WriteString(Numbers.Message.Name, message.Name);
        foreach (var field in message.Fields)
        {
            var start = writer.BeginLengthDelimited(Numbers.Message.Field);
            WriteField(writer, field);
            writer.EndLengthDelimited(start);
        }

        foreach (var nested in message.NestedTypes)
        {
            var start = writer.BeginLengthDelimited(Numbers.Message.NestedType);
            WriteMessage(writer, nested);
            writer.EndLengthDelimited(start);
        }

        foreach (var enumType in message.EnumTypes)
        {
            var start = writer.BeginLengthDelimited(Numbers.Message.EnumType);
            WriteEnum(writer, enumType);
            writer.EndLengthDelimited(start);
        }

        foreach (var range in message.ExtensionRanges)
        {
            var start = writer.BeginLengthDelimited(Numbers.Message.ExtensionRange);
            writer.WriteInt64Field(Numbers.Range.Start, range.Start);
            writer.WriteInt64Field(Numbers.Range.End, range.End);
            WriteOptions(writer, Numbers.Range.ExtensionRangeOptions, range.Options);
            writer.EndLengthDelimited(start);
        }

        foreach (var extension in message.Extensions)
        {
            var start = writer.BeginLengthDelimited(Numbers.Message.Extension);
            WriteField(writer, extension);
            writer.EndLengthDelimited(start);
        }

        WriteOptions(writer, Numbers.Message.Options, message.Options);
        foreach (var oneof in message.Oneofs)
        {
            var start = writer.BeginLengthDelimited(Numbers.Message.OneofDecl);
            writer.WriteString(Numbers.Oneof.Name, oneof.Name);
            WriteOptions(writer, Numbers.Oneof.Options, oneof.Options);
            writer.EndLengthDelimited(start);
        }

        foreach (var range in message.ReservedRanges)
        {
            var start = writer.BeginLengthDelimited(Numbers.Message.ReservedRange);
            WriteRange(writer, range);
            writer.EndLengthDelimited(start);
        }

        foreach (var name in message.ReservedNames)
        {
            writer.WriteString(Numbers.Message.ReservedName, name);
        }

        WriteVisibility(writer, Numbers.Message.Visibility, message.Visibility);
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
        writer.WriteInt64Field(Numbers.Range.Start, range.Start);
        writer.WriteInt64Field(Numbers.Range.End, range.End);
    }

    private static void WriteField(WireWriter writer, FieldDescriptor field)
    {
        writer.WriteString(Numbers.Field.Name, field.Name);
        if (field.Extendee != null)
        {
            writer.WriteQualifiedName(Numbers.Field.Extendee, field.Extendee.FullName);
        }
        else if (field.ExtendeeAsWritten != null)
        {
            writer.WriteString(Numbers.Field.Extendee, field.ExtendeeAsWritten);
        }

        writer.WriteInt64Field(Numbers.Field.Number, field.Number);
        writer.WriteInt64Field(Numbers.Field.Label, (int)field.Label);
        if (field.Type != FieldType.Unresolved)
        {
            writer.WriteInt64Field(Numbers.Field.Type, (int)field.Type);
        }

        var resolvedType = (Descriptor?)field.MessageType ?? field.EnumType;
        if (resolvedType != null)
        {
            writer.WriteQualifiedName(Numbers.Field.TypeName, resolvedType.FullName);
        }
        else if (field.Type == FieldType.Unresolved && field.TypeNameAsWritten != null)
        {
            writer.WriteString(Numbers.Field.TypeName, field.TypeNameAsWritten);
        }

        if (field.DefaultValue != null)
        {
            if (field.DefaultValueBytes != null)
            {
                writer.WriteBytesField(Numbers.Field.DefaultValue, field.DefaultValueBytes);
            }
            else
            {
                writer.WriteString(Numbers.Field.DefaultValue, field.DefaultValue);
            }
        }

        WriteOptions(writer, Numbers.Field.Options, field.Options);
        if (field.Oneof != null)
        {
            writer.WriteInt64Field(Numbers.Field.OneofIndex, field.Oneof.Index);
        }

        writer.WriteString(Numbers.Field.JsonName, field.JsonName);
        if (field.Proto3Optional)
        {
            writer.WriteBoolField(Numbers.Field.Proto3Optional, true);
        }
    }

    private static void WriteEnum(WireWriter writer, EnumDescriptor enumType)
    {
        writer.WriteString(Numbers.Enum.Name, enumType.Name);
        foreach (var value in enumType.Values)
        {
            var start = writer.BeginLengthDelimited(Numbers.Enum.Value);
            writer.WriteString(Numbers.EnumValue.Name, value.Name);
            writer.WriteInt64Field(Numbers.EnumValue.Number, value.Number);
            WriteOptions(writer, Numbers.EnumValue.Options, value.Options);
            writer.EndLengthDelimited(start);
        }

        WriteOptions(writer, Numbers.Enum.Options, enumType.Options);
        foreach (var range in enumType.ReservedRanges)
        {
            var start = writer.BeginLengthDelimited(Numbers.Enum.ReservedRange);
            WriteRange(writer, range);
            writer.EndLengthDelimited(start);
        }

        foreach (var name in enumType.ReservedNames)
        {
            writer.WriteString(Numbers.Enum.ReservedName, name);
        }

        WriteVisibility(writer, Numbers.Enum.Visibility, enumType.Visibility);
    }

    private static void WriteService(WireWriter writer, ServiceDescriptor service)
    {
        writer.WriteString(Numbers.Service.Name, service.Name);
        foreach (var method in service.Methods)
        {
            var start = writer.BeginLengthDelimited(Numbers.Service.Method);
            writer.WriteString(Numbers.Method.Name, method.Name);
            WriteMethodType(writer, Numbers.Method.InputType, method.InputType, method.Node?.InputType.Text);
            WriteMethodType(writer, Numbers.Method.OutputType, method.OutputType, method.Node?.OutputType.Text);
            WriteOptions(writer, Numbers.Method.Options, method.Options);
            if (method.ClientStreaming)
            {
                writer.WriteBoolField(Numbers.Method.ClientStreaming, true);
            }

            if (method.ServerStreaming)
            {
                writer.WriteBoolField(Numbers.Method.ServerStreaming, true);
            }

            writer.EndLengthDelimited(start);
        }

        WriteOptions(writer, Numbers.Service.Options, service.Options);
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
