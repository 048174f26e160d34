using System.Collections.Generic;
using ProtoGuard.Schema.Syntax;
using ProtoGuard.Schema.Text;
using Numbers = ProtoGuard.Schema.Descriptors.DescriptorFieldNumbers;

namespace ProtoGuard.Schema.Descriptors;

/// <summary>
/// Writes <c>SourceCodeInfo</c> the way protoc's parser records it: one location per element, in the order the parser
/// meets them (a declaration before its parts, statements in source order), with protoc's spans (0-based line and
/// column, a tab advancing the column to the next multiple of 8; three numbers when the span is on one line), the
/// attached comments, and each option at its interpreted path (options message field numbers, plus an index for a
/// repeated field) — protoc's <c>OptionInterpreter::UpdateSourceCodeInfo</c>.
/// </summary>
internal sealed class SourceInfoWriter
{
    private readonly SourceText _text;
    private readonly FileDescriptor _file;
    private readonly WireWriter _writer = new WireWriter();
    private readonly List<int> _path = new List<int>();

    private SourceInfoWriter(FileDescriptor file)
    {
        _file = file;
        _text = file.Parsed.Text;
    }

    public static WireWriter Write(FileDescriptor file)
    {
        if (!file.Parsed.HasComments)
        {
            throw new System.InvalidOperationException($"\"{file.Name}\" was parsed without comments; SourceCodeInfo needs them (ProtoParser.Parse)");
        }

        var writer = new SourceInfoWriter(file);
        writer.WriteFile(file.Parsed.Root);
        return writer._writer;
    }

    private void WriteFile(FileNode root)
    {
        // The file's own location runs from its first token to the end of its last declaration.
        var declarations = root.Declarations;
        Location(declarations.Count == 0 ? new TextSpan(0, 0) : TextSpan.FromBounds(declarations[0].Span.Start, declarations[declarations.Count - 1].Span.End), null);
        var imports = 0;
        var publicImports = 0;
        var weakImports = 0;
        var optionImports = 0;
        var messages = 0;
        var enums = 0;
        var services = 0;
        var extensions = 0;
        var extensionGroups = 0;
        foreach (var declaration in declarations)
        {
            switch (declaration)
            {
                case SyntaxDeclaration syntax:
                    // protoc records an edition statement at the syntax field too.
                    Location(syntax.Span, syntax.Comments, Numbers.File.Syntax);
                    break;
                case PackageDeclaration package:
                    Location(package.Span, package.Comments, Numbers.File.Package);
                    break;
                case ImportDeclaration import:
                    if (import.Modifier == ImportModifier.Option)
                    {
                        Location(import.Span, import.Comments, Numbers.File.OptionDependency, optionImports++);
                        break;
                    }

                    Location(import.Span, import.Comments, Numbers.File.Dependency, imports++);
                    if (import.Modifier == ImportModifier.Public)
                    {
                        Location(import.ModifierSpan, null, Numbers.File.PublicDependency, publicImports++);
                    }
                    else if (import.Modifier == ImportModifier.Weak)
                    {
                        Location(import.ModifierSpan, null, Numbers.File.WeakDependency, weakImports++);
                    }

                    break;
                case OptionNode option:
                    OptionStatement(option, root.Options, Numbers.File.Options);
                    break;
                case MessageNode message:
                    Push(Numbers.File.MessageType, messages++);
                    Message(message);
                    Pop(2);
                    break;
                case EnumNode enumNode:
                    Push(Numbers.File.EnumType, enums++);
                    Enum(enumNode);
                    Pop(2);
                    break;
                case ServiceNode service:
                    Push(Numbers.File.Service, services++);
                    Service(service);
                    Pop(2);
                    break;
                case ExtendNode extend:
                    Extend(extend, Numbers.File.Extension, ref extensions, Numbers.File.MessageType, ref messages, ref extensionGroups);
                    break;
            }
        }
    }

    private void Message(MessageNode node)
    {
        Location(WithoutVisibility(node.Span, node.Visibility, node.Name), node.Comments);
        Location(node.Name.Span, null, Numbers.Message.Name);
        MessageBody(node);
    }

    private void MessageBody(MessageNode node)
    {
        var counts = new MessageCounts();
        foreach (var declaration in node.Declarations)
        {
            switch (declaration)
            {
                case FieldNode field:
                    Field(field, ref counts, inOneof: false);
                    break;
                case OneofNode oneof:
                    Push(Numbers.Message.OneofDecl, counts.Oneofs++);
                    Location(oneof.Span, oneof.Comments);
                    Location(oneof.Name.Span, null, Numbers.Oneof.Name);
                    Pop(2);
                    foreach (var member in oneof.Declarations)
                    {
                        if (member is OptionNode option)
                        {
                            Push(Numbers.Message.OneofDecl, counts.Oneofs - 1);
                            OptionStatement(option, oneof.Options, Numbers.Oneof.Options);
                            Pop(2);
                        }
                        else if (member is FieldNode field)
                        {
                            Field(field, ref counts, inOneof: true);
                        }
                    }

                    break;
                case MessageNode nested:
                    Push(Numbers.Message.NestedType, counts.NestedTypes++);
                    Message(nested);
                    Pop(2);
                    break;
                case EnumNode enumNode:
                    Push(Numbers.Message.EnumType, counts.Enums++);
                    Enum(enumNode);
                    Pop(2);
                    break;
                case ExtendNode extend:
                    Extend(extend, Numbers.Message.Extension, ref counts.Extensions, Numbers.Message.NestedType, ref counts.NestedTypes, ref counts.Groups);
                    break;
                case ExtensionRangeNode extensions:
                    ExtensionRanges(extensions, ref counts.ExtensionRanges);
                    break;
                case ReservedNode reserved:
                    Reserved(reserved, Numbers.Message.ReservedRange, Numbers.Message.ReservedName, ref counts.ReservedRanges, ref counts.ReservedNames);
                    break;
                case OptionNode option:
                    OptionStatement(option, node.Options, Numbers.Message.Options);
                    break;
            }
        }
    }

    private struct MessageCounts
    {
        public int Fields;
        public int NestedTypes;
        public int Enums;
        public int Oneofs;
        public int Extensions;
        public int ExtensionRanges;
        public int ReservedRanges;
        public int ReservedNames;
        public int Groups;
    }

    private void Field(FieldNode node, ref MessageCounts counts, bool inOneof)
    {
        var index = counts.Fields++;
        Push(Numbers.Message.Field, index);
        FieldParts(node, null, inOneof);
        Pop(2);
        if (node.MapType != null)
        {
            counts.NestedTypes++;
        }
        else if (node.IsGroup && node.GroupBody != null)
        {
            Group(node, Numbers.Message.Field, index, Numbers.Message.NestedType, counts.NestedTypes++);
        }
    }

    /// <summary>A field's own locations: the declaration, (extendee,) label, type, name, number, then its [options].</summary>
    private void FieldParts(FieldNode node, Identifier? extendee, bool inOneof)
    {
        Location(node.Span, node.Comments);
        if (extendee != null)
        {
            Location(extendee.Span, null, Numbers.Field.Extendee);
        }

        if (node.Label != FieldLabel.None && !inOneof)
        {
            Location(node.LabelSpan, null, Numbers.Field.Label);
        }

        if (node.MapType != null)
        {
            Location(node.MapType.Span, null, Numbers.Field.TypeName);
        }
        else if (node.IsGroup)
        {
            Location(GroupKeyword(node), null, Numbers.Field.Type);
        }
        else if (node.Type != null)
        {
            Location(node.Type.Span, null, IsScalar(node.Type.Text) ? Numbers.Field.Type : Numbers.Field.TypeName);
        }

        Location(node.Name.Span, null, Numbers.Field.Name);
        Location(node.NumberSpan, null, Numbers.Field.Number);
        CompactOptions(node.Options, Numbers.Field.Options, field: true);
    }

    /// <summary>After a group field's own locations protoc records its nested type (the field's span and name), the field's type_name (the group name), then the body.</summary>
    private void Group(FieldNode node, int fieldList, int fieldIndex, int nestedTypeField, int nestedTypeIndex)
    {
        Push(nestedTypeField, nestedTypeIndex);
        Location(node.Span, null);
        Location(node.Name.Span, null, Numbers.Message.Name);
        Pop(2);
        Push(fieldList, fieldIndex);
        Location(node.Name.Span, null, Numbers.Field.TypeName);
        Pop(2);
        Push(nestedTypeField, nestedTypeIndex);
        MessageBody(node.GroupBody!);
        Pop(2);
    }

    /// <summary>The <c>group</c> keyword before the group's name.</summary>
    private TextSpan GroupKeyword(FieldNode node)
    {
        var text = _text.Text;
        var end = node.Name.Span.Start;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return TextSpan.FromBounds(System.Math.Max(0, end - "group".Length), end);
    }

    private static readonly HashSet<string> Scalars = new HashSet<string>(System.StringComparer.Ordinal)
    {
        "double", "float", "int32", "int64", "uint32", "uint64", "sint32", "sint64", "fixed32", "fixed64", "sfixed32", "sfixed64", "bool", "string", "bytes",
    };

    private static bool IsScalar(string type) => Scalars.Contains(type);

    private void Extend(ExtendNode extend, int extensionField, ref int extensions, int nestedTypeField, ref int nestedTypes, ref int groups)
    {
        Location(extend.Span, extend.Comments, extensionField);
        foreach (var field in extend.Fields)
        {
            var index = extensions++;
            Push(extensionField, index);
            FieldParts(field, extend.Extendee, inOneof: false);
            Pop(2);
            if (field.IsGroup && field.GroupBody != null)
            {
                groups++;
                Group(field, extensionField, index, nestedTypeField, nestedTypes++);
            }
        }
    }

    private void ExtensionRanges(ExtensionRangeNode node, ref int count)
    {
        Location(node.Span, node.Comments, Numbers.Message.ExtensionRange);
        var first = count;
        foreach (var range in node.Ranges)
        {
            Range(range, Numbers.Message.ExtensionRange, count++);
        }

        if (node.Options.Count > 0)
        {
            for (var i = first; i < count; i++)
            {
                Push(Numbers.Message.ExtensionRange, i);
                CompactOptions(node.Options, Numbers.Range.ExtensionRangeOptions, field: false);
                Pop(2);
            }
        }
    }

    private void Range(RangeNode range, int field, int index)
    {
        Push(field, index);
        Location(range.Span, null);
        Location(range.StartSpan, null, Numbers.Range.Start);
        Location(range.EndIsMax || range.End != null ? (range.EndIsMax ? MaxSpan(range) : range.EndSpan) : range.StartSpan, null, Numbers.Range.End);
        Pop(2);
    }

    private static TextSpan MaxSpan(RangeNode range) => range.EndSpan.Length > 0 ? range.EndSpan : TextSpan.FromBounds(range.Span.End - 3, range.Span.End);

    private void Reserved(ReservedNode node, int rangeField, int nameField, ref int ranges, ref int names)
    {
        if (node.Ranges.Count > 0)
        {
            Location(node.Span, node.Comments, rangeField);
            foreach (var range in node.Ranges)
            {
                Range(range, rangeField, ranges++);
            }
        }
        else
        {
            Location(node.Span, node.Comments, nameField);
            foreach (var name in node.Names)
            {
                Location(name.Span, null, nameField, names++);
            }
        }
    }

    private void Enum(EnumNode node)
    {
        Location(WithoutVisibility(node.Span, node.Visibility, node.Name), node.Comments);
        Location(node.Name.Span, null, Numbers.Enum.Name);
        var values = 0;
        var ranges = 0;
        var names = 0;
        foreach (var declaration in node.Declarations)
        {
            switch (declaration)
            {
                case EnumValueNode value:
                    Push(Numbers.Enum.Value, values++);
                    Location(value.Span, value.Comments);
                    Location(value.Name.Span, null, Numbers.EnumValue.Name);
                    Location(value.NumberSpan, null, Numbers.EnumValue.Number);
                    CompactOptions(value.Options, Numbers.EnumValue.Options, field: false);
                    Pop(2);
                    break;
                case ReservedNode reserved:
                    Reserved(reserved, Numbers.Enum.ReservedRange, Numbers.Enum.ReservedName, ref ranges, ref names);
                    break;
                case OptionNode option:
                    OptionStatement(option, node.Options, Numbers.Enum.Options);
                    break;
            }
        }
    }

    private void Service(ServiceNode node)
    {
        Location(node.Span, node.Comments);
        Location(node.Name.Span, null, Numbers.Service.Name);
        var methods = 0;
        foreach (var declaration in node.Declarations)
        {
            switch (declaration)
            {
                case RpcNode rpc:
                    Push(Numbers.Service.Method, methods++);
                    Location(rpc.Span, rpc.Comments);
                    Location(rpc.Name.Span, null, Numbers.Method.Name);
                    if (rpc.ClientStreaming)
                    {
                        Location(rpc.ClientStreamingSpan, null, Numbers.Method.ClientStreaming);
                    }

                    Location(rpc.InputType.Span, null, Numbers.Method.InputType);
                    if (rpc.ServerStreaming)
                    {
                        Location(rpc.ServerStreamingSpan, null, Numbers.Method.ServerStreaming);
                    }

                    Location(rpc.OutputType.Span, null, Numbers.Method.OutputType);
                    foreach (var option in rpc.Options)
                    {
                        OptionStatement(option, rpc.Options, Numbers.Method.Options);
                    }

                    Pop(2);
                    break;
                case OptionNode option:
                    OptionStatement(option, node.Options, Numbers.Service.Options);
                    break;
            }
        }
    }

    /// <summary><c>option x = v;</c>: the statement at the options field, then the option at its interpreted path (same span, with the comments).</summary>
    private void OptionStatement(OptionNode option, IReadOnlyList<SyntaxNode> container, int optionsField)
    {
        if (!HasRetainedOption(container))
        {
            return;
        }

        Location(option.Span, null, optionsField);
        if (_file.InterpretedOptionPaths.TryGetValue(option, out var interpreted) && !interpreted.SourceRetention)
        {
            _path.Add(optionsField);
            _path.AddRange(interpreted.Path);
            Location(option.Span, option.Comments);
            _path.RemoveRange(_path.Count - interpreted.Path.Length - 1, interpreted.Path.Length + 1);
        }
    }

    /// <summary>
    /// False when every option of the element sets a source-retention field of the options message: protoc then writes
    /// no options message and strips its locations (the option statements' and the brackets').
    /// </summary>
    private bool HasRetainedOption<T>(IReadOnlyList<T> options)
    {
        foreach (var node in options)
        {
            if (node is OptionNode option && !IsDefaultOrJsonName(option) && !(_file.InterpretedOptionPaths.TryGetValue(option, out var interpreted) && interpreted.TopLevelSourceRetention))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDefaultOrJsonName(OptionNode option) =>
        option.Name.Parts.Count == 1 && !option.Name.Parts[0].IsExtension && (option.Name.Parts[0].Name.Text == "default" || option.Name.Parts[0].Name.Text == "json_name");

    /// <summary>
    /// <c>[a = 1, (b) = 2]</c>: the brackets at the options field, then each option (name to value) at its interpreted
    /// path. On a field, <c>default</c> is the default_value (its value only) and <c>json_name</c> the json_name (the
    /// assignment, then its value).
    /// </summary>
    private void CompactOptions(IReadOnlyList<OptionNode> options, int optionsField, bool field)
    {
        if (options.Count == 0)
        {
            return;
        }

        var retained = HasRetainedOption(options) || (field && AllDefaultOrJsonName(options));
        if (retained)
        {
            Location(Brackets(options), null, optionsField);
        }

        foreach (var option in options)
        {
            var name = option.Name.Parts.Count == 1 && !option.Name.Parts[0].IsExtension ? option.Name.Parts[0].Name.Text : string.Empty;
            if (field && name == "default")
            {
                Location(option.Value.Span, null, Numbers.Field.DefaultValue);
                continue;
            }

            if (field && name == "json_name")
            {
                Location(TextSpan.FromBounds(option.Name.Span.Start, option.Value.Span.End), null, Numbers.Field.JsonName);
                Location(option.Value.Span, null, Numbers.Field.JsonName);
                continue;
            }

            if (_file.InterpretedOptionPaths.TryGetValue(option, out var interpreted) && !interpreted.SourceRetention)
            {
                _path.Add(optionsField);
                _path.AddRange(interpreted.Path);
                Location(TextSpan.FromBounds(option.Name.Span.Start, option.Value.Span.End), null);
                _path.RemoveRange(_path.Count - interpreted.Path.Length - 1, interpreted.Path.Length + 1);
            }
        }
    }

    private static bool AllDefaultOrJsonName(IReadOnlyList<OptionNode> options)
    {
        foreach (var option in options)
        {
            if (!IsDefaultOrJsonName(option))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>From the '[' before the first option to the ']' after the last one.</summary>
    private TextSpan Brackets(IReadOnlyList<OptionNode> options)
    {
        var text = _text.Text;
        var start = options[0].Name.Span.Start;
        while (start > 0 && text[start] != '[')
        {
            start--;
        }

        var end = options[options.Count - 1].Value.Span.End;
        while (end < text.Length && text[end] != ']')
        {
            end++;
        }

        return TextSpan.FromBounds(start, end < text.Length ? end + 1 : end);
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
        foreach (var element in _path)
        {
            path.WriteVarint((ulong)(long)element);
        }

        foreach (var element in suffix)
        {
            path.WriteVarint((ulong)(long)element);
        }

        if (_path.Count + suffix.Length > 0)
        {
            // protoc leaves an empty packed path out (the file's own location).
            location.WriteMessageField(Numbers.SourceLocation.Path, path);
        }

        (var startLine, var startColumn) = Position(span.Start);
        (var endLine, var endColumn) = Position(span.End);
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

            foreach (var detached in comments.Detached)
            {
                location.WriteString(Numbers.SourceLocation.LeadingDetachedComments, detached);
            }
        }

        _writer.WriteMessageField(Numbers.SourceLocation.Location, location);
    }

    /// <summary>protoc's line and column: 0-based, in bytes of UTF-8, a tab advancing to the next multiple of 8.</summary>
    private (int Line, int Column) Position(int offset)
    {
        var position = _text.GetLinePosition(offset);
        var lineStart = _text.GetLineStart(position.Line);
        var column = 0;
        for (var i = lineStart; i < lineStart + position.Character; i++)
        {
            var c = _text.Text[i];
            column += c == '\t' ? 8 - (column % 8) : c < 0x80 ? 1 : c < 0x800 ? 2 : char.IsHighSurrogate(c) ? 4 : char.IsLowSurrogate(c) ? 0 : 3;
        }

        return (position.Line, column);
    }

    /// <summary>A message or enum declared <c>export</c> or <c>local</c>: protoc's location starts at the <c>message</c>/<c>enum</c> keyword.</summary>
    private TextSpan WithoutVisibility(TextSpan span, SymbolVisibility visibility, Identifier name)
    {
        if (visibility == SymbolVisibility.Default)
        {
            return span;
        }

        var text = _text.Text;
        var start = name.Span.Start;
        while (start > span.Start && char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        while (start > span.Start && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return TextSpan.FromBounds(start, span.End);
    }
}
