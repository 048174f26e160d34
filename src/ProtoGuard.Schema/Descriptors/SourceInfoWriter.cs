using System.Collections.Generic;
using ProtoGuard.Schema.Syntax;
using ProtoGuard.Schema.Text;
using Numbers = ProtoGuard.Schema.Descriptors.DescriptorFieldNumbers;

namespace ProtoGuard.Schema.Descriptors;

/// <summary>
/// Writes <c>SourceCodeInfo</c>: one location per declaration and per name/number/type of it, with protoc's spans
/// (0-based line and column, a tab advancing the column to the next multiple of 8; three numbers when the span is on
/// one line) and the attached comments.
/// </summary>
internal sealed class SourceInfoWriter
{
    private readonly SourceText _text;
    private readonly WireWriter _writer = new WireWriter();
    private readonly List<int> _path = new List<int>();

    private SourceInfoWriter(SourceText text)
    {
        _text = text;
    }

    public static WireWriter Write(FileDescriptor file)
    {
        var writer = new SourceInfoWriter(file.Parsed.Text);
        writer.WriteFile(file);
        return writer._writer;
    }

    private void WriteFile(FileDescriptor file)
    {
        FileNode root = file.Parsed.Root;
        // The file's own location runs from its first token to the end of its last declaration.
        IReadOnlyList<SyntaxNode> declarations = root.Declarations;
        Location(declarations.Count == 0 ? new TextSpan(0, 0) : TextSpan.FromBounds(declarations[0].Span.Start, declarations[declarations.Count - 1].Span.End), null);
        if (root.Syntax != null)
        {
            Location(root.Syntax.Span, root.Syntax.Comments, root.Syntax.IsEdition ? Numbers.File.Edition : Numbers.File.Syntax);
        }

        if (root.Package != null)
        {
            Location(root.Package.Span, root.Package.Comments, Numbers.File.Package);
        }

        int importIndex = 0;
        foreach (ImportDeclaration import in root.Imports)
        {
            if (import.Modifier != ImportModifier.Option)
            {
                Location(import.Span, import.Comments, Numbers.File.Dependency, importIndex++);
            }
        }

        for (int i = 0; i < file.MessageTypes.Count; i++)
        {
            Push(Numbers.File.MessageType, i);
            Message(file.MessageTypes[i]);
            Pop(2);
        }

        for (int i = 0; i < file.EnumTypes.Count; i++)
        {
            Push(Numbers.File.EnumType, i);
            Enum(file.EnumTypes[i]);
            Pop(2);
        }

        for (int i = 0; i < file.Services.Count; i++)
        {
            ServiceDescriptor service = file.Services[i];
            Push(Numbers.File.Service, i);
            if (service.Node != null)
            {
                Location(service.Node.Span, service.Node.Comments);
                Location(service.Node.Name.Span, null, Numbers.Service.Name);
            }

            for (int j = 0; j < service.Methods.Count; j++)
            {
                RpcNode? rpc = service.Methods[j].Node;
                if (rpc != null)
                {
                    Push(Numbers.Service.Method, j);
                    Location(rpc.Span, rpc.Comments);
                    Location(rpc.Name.Span, null, Numbers.Method.Name);
                    Location(rpc.InputType.Span, null, Numbers.Method.InputType);
                    Location(rpc.OutputType.Span, null, Numbers.Method.OutputType);
                    Pop(2);
                }
            }

            Pop(2);
        }

        for (int i = 0; i < file.Extensions.Count; i++)
        {
            Push(Numbers.File.Extension, i);
            Field(file.Extensions[i]);
            Pop(2);
        }
    }

    private void Message(MessageDescriptor message)
    {
        if (message.Node is MessageNode node)
        {
            Location(node.Span, node.Comments);
            Location(node.Name.Span, null, Numbers.Message.Name);
        }

        for (int i = 0; i < message.Fields.Count; i++)
        {
            Push(Numbers.Message.Field, i);
            Field(message.Fields[i]);
            Pop(2);
        }

        for (int i = 0; i < message.NestedTypes.Count; i++)
        {
            if (message.NestedTypes[i].Node is MessageNode)
            {
                Push(Numbers.Message.NestedType, i);
                Message(message.NestedTypes[i]);
                Pop(2);
            }
        }

        for (int i = 0; i < message.EnumTypes.Count; i++)
        {
            Push(Numbers.Message.EnumType, i);
            Enum(message.EnumTypes[i]);
            Pop(2);
        }

        for (int i = 0; i < message.Extensions.Count; i++)
        {
            Push(Numbers.Message.Extension, i);
            Field(message.Extensions[i]);
            Pop(2);
        }

        for (int i = 0; i < message.Oneofs.Count; i++)
        {
            OneofNode? oneof = message.Oneofs[i].Node;
            if (oneof != null)
            {
                Push(Numbers.Message.OneofDecl, i);
                Location(oneof.Span, oneof.Comments);
                Location(oneof.Name.Span, null, Numbers.Oneof.Name);
                Pop(2);
            }
        }
    }

    private void Field(FieldDescriptor field)
    {
        FieldNode? node = field.Node;
        if (node == null)
        {
            return;
        }

        Location(node.Span, node.Comments);
        if (node.Label != FieldLabel.None)
        {
            Location(node.LabelSpan, null, Numbers.Field.Label);
        }

        if (node.MapType != null)
        {
            Location(node.MapType.Span, null, Numbers.Field.TypeName);
        }
        else if (node.Type != null && !node.IsGroup)
        {
            Location(node.Type.Span, null, field.TypeName != null ? Numbers.Field.TypeName : Numbers.Field.Type);
        }

        Location(node.Name.Span, null, Numbers.Field.Name);
        Location(node.NumberSpan, null, Numbers.Field.Number);
    }

    private void Enum(EnumDescriptor enumType)
    {
        if (enumType.Node == null)
        {
            return;
        }

        Location(enumType.Node.Span, enumType.Node.Comments);
        Location(enumType.Node.Name.Span, null, Numbers.Enum.Name);
        for (int i = 0; i < enumType.Values.Count; i++)
        {
            EnumValueNode? value = enumType.Values[i].Node;
            if (value != null)
            {
                Push(Numbers.Enum.Value, i);
                Location(value.Span, value.Comments);
                Location(value.Name.Span, null, Numbers.EnumValue.Name);
                Location(value.NumberSpan, null, Numbers.EnumValue.Number);
                Pop(2);
            }
        }
    }

    private void Push(int field, int index)
    {
        _path.Add(field);
        _path.Add(index);
    }

    private void Pop(int count) => _path.RemoveRange(_path.Count - count, count);

    private void Location(TextSpan span, Comments? comments, params int[] suffix)
    {
        var location = new WireWriter();
        var path = new WireWriter();
        foreach (int element in _path)
        {
            path.WriteVarint((ulong)element);
        }

        foreach (int element in suffix)
        {
            path.WriteVarint((ulong)element);
        }

        location.WriteMessageField(Numbers.SourceLocation.Path, path);
        (int startLine, int startColumn) = Position(span.Start);
        (int endLine, int endColumn) = Position(span.End);
        var spanWriter = new WireWriter();
        spanWriter.WriteVarint((ulong)startLine);
        spanWriter.WriteVarint((ulong)startColumn);
        if (endLine != startLine)
        {
            spanWriter.WriteVarint((ulong)endLine);
        }

        spanWriter.WriteVarint((ulong)endColumn);
        location.WriteMessageField(Numbers.SourceLocation.Span, spanWriter);
        if (comments != null)
        {
            if (comments.Leading != null)
            {
                location.WriteString(Numbers.SourceLocation.LeadingComments, comments.Leading);
            }

            if (comments.Trailing != null)
            {
                location.WriteString(Numbers.SourceLocation.TrailingComments, comments.Trailing);
            }

            foreach (string detached in comments.Detached)
            {
                location.WriteString(Numbers.SourceLocation.LeadingDetachedComments, detached);
            }
        }

        _writer.WriteMessageField(Numbers.SourceLocation.Location, location);
    }

    /// <summary>protoc's line and column: 0-based, a tab advances to the next multiple of 8.</summary>
    private (int Line, int Column) Position(int offset)
    {
        LinePosition position = _text.GetLinePosition(offset);
        int lineStart = _text.GetLineStart(position.Line);
        int column = 0;
        for (int i = lineStart; i < lineStart + position.Character; i++)
        {
            column = _text.Text[i] == '\t' ? column + 8 - (column % 8) : column + 1;
        }

        return (position.Line, column);
    }
}
