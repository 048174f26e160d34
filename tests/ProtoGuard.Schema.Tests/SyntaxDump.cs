using System.Globalization;
using System.Text;
using ProtoGuard.Schema.Syntax;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Schema.Tests;

/// <summary>Renders a parsed file as an indented tree with 1-based line:column ranges, for golden files.</summary>
internal sealed class SyntaxDump : SyntaxWalker
{
    private readonly StringBuilder _builder = new StringBuilder();
    private readonly SourceText _text;
    private int _indent;

    private SyntaxDump(SourceText text)
    {
        _text = text;
    }

    public static string Render(ParsedFile file)
    {
        var dump = new SyntaxDump(file.Text);
        dump.Visit(file.Root);
        return dump._builder.ToString();
    }

    private string At(TextSpan span)
    {
        var position = _text.GetLinePositionSpan(span);
        return "@" + (position.Start.Line + 1) + ":" + (position.Start.Character + 1) + "-" + (position.End.Line + 1) + ":" + (position.End.Character + 1);
    }

    private void Line(string text, SyntaxNode? node = null)
    {
        _builder.Append(' ', _indent * 2).Append(text);
        if (node != null)
        {
            _builder.Append(' ').Append(At(node.Span));
        }

        _builder.Append('\n');
        if (node != null && !node.Comments.IsEmpty)
        {
            foreach (var detached in node.Comments.Detached)
            {
                _builder.Append(' ', (_indent + 1) * 2).Append("detached: ").Append(Quote(detached)).Append('\n');
            }

            if (node.Comments.Leading != null)
            {
                _builder.Append(' ', (_indent + 1) * 2).Append("leading: ").Append(Quote(node.Comments.Leading)).Append('\n');
            }

            if (node.Comments.Trailing != null)
            {
                _builder.Append(' ', (_indent + 1) * 2).Append("trailing: ").Append(Quote(node.Comments.Trailing)).Append('\n');
            }
        }
    }

    private void Nested(Action action)
    {
        _indent++;
        action();
        _indent--;
    }

    private static string Quote(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                default:
                    if (c < 0x20 || c > 0x7E)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static string Value(OptionValue value) => value switch
    {
        StringValue s => Quote(s.Value),
        AggregateValue a => "{ " + string.Join(" ", a.Fields.Select(f => (f.IsExtension ? "[" + (f.TypeUrlPrefix == null ? string.Empty : f.TypeUrlPrefix + "/") + f.Name.Text + "]" : f.Name.Text) + ": " + Value(f.Value))) + " }",
        ListValue l => "[" + string.Join(", ", l.Elements.Select(Value)) + "]",
        MissingValue => "<missing>",
        _ => value.ToString() ?? string.Empty,
    };

    private static string Options(IReadOnlyList<OptionNode> options) =>
        options.Count == 0 ? string.Empty : " [" + string.Join(", ", options.Select(o => o.Name.Text + " = " + Value(o.Value))) + "]";

    private static string Ranges(IReadOnlyList<RangeNode> ranges) =>
        string.Join(", ", ranges.Select(r => r.EndIsMax ? r.Start + " to max" : r.Start == r.End ? r.Start?.ToString(CultureInfo.InvariantCulture) ?? "?" : r.Start + " to " + r.End));

    public override void VisitFile(FileNode node)
    {
        Line("File", node);
        Nested(() => base.VisitFile(node));
    }

    public override void VisitSyntax(SyntaxDeclaration node) => Line(node.Keyword + " " + Quote(node.Value), node);

    public override void VisitPackage(PackageDeclaration node) => Line("package " + node.Name.Text, node);

    public override void VisitImport(ImportDeclaration node) =>
        Line("import " + (node.Modifier == ImportModifier.None ? string.Empty : node.Modifier.ToString().ToLowerInvariant() + " ") + Quote(node.Path), node);

    public override void VisitOption(OptionNode node)
    {
        if (!node.IsCompact)
        {
            Line("option " + node.Name.Text + " = " + Value(node.Value), node);
        }
    }

    public override void VisitMessage(MessageNode node)
    {
        if (node.IsGroupBody)
        {
            Nested(() => base.VisitMessage(node));
            return;
        }

        Line((node.Visibility == SymbolVisibility.Default ? string.Empty : node.Visibility.ToString().ToLowerInvariant() + " ") + "message " + node.Name.Text, node);
        Nested(() => base.VisitMessage(node));
    }

    public override void VisitField(FieldNode node)
    {
        var label = node.Label == FieldLabel.None ? string.Empty : node.Label.ToString().ToLowerInvariant() + " ";
        var type = node.IsGroup ? "group" : node.MapType != null ? "map<" + node.MapType.KeyType.Text + ", " + node.MapType.ValueType.Text + ">" : node.Type?.Text ?? "?";
        Line("field " + label + type + " " + node.Name.Text + " = " + (node.Number?.ToString(CultureInfo.InvariantCulture) ?? "?") + Options(node.Options), node);
        if (node.GroupBody != null)
        {
            Visit(node.GroupBody);
        }
    }

    public override void VisitOneof(OneofNode node)
    {
        Line("oneof " + node.Name.Text, node);
        Nested(() => base.VisitOneof(node));
    }

    public override void VisitEnum(EnumNode node)
    {
        Line((node.Visibility == SymbolVisibility.Default ? string.Empty : node.Visibility.ToString().ToLowerInvariant() + " ") + "enum " + node.Name.Text, node);
        Nested(() => base.VisitEnum(node));
    }

    public override void VisitEnumValue(EnumValueNode node) =>
        Line("value " + node.Name.Text + " = " + (node.Number?.ToString(CultureInfo.InvariantCulture) ?? "?") + Options(node.Options), node);

    public override void VisitService(ServiceNode node)
    {
        Line("service " + node.Name.Text, node);
        Nested(() => base.VisitService(node));
    }

    public override void VisitRpc(RpcNode node)
    {
        Line("rpc " + node.Name.Text + "(" + (node.ClientStreaming ? "stream " : string.Empty) + node.InputType.Text + ") returns (" + (node.ServerStreaming ? "stream " : string.Empty) + node.OutputType.Text + ")", node);
        Nested(() => base.VisitRpc(node));
    }

    public override void VisitExtend(ExtendNode node)
    {
        Line("extend " + node.Extendee.Text, node);
        Nested(() => base.VisitExtend(node));
    }

    public override void VisitReserved(ReservedNode node) =>
        Line("reserved " + (node.Names.Count > 0 ? string.Join(", ", node.Names.Select(n => n.IsIdentifier ? n.Name : Quote(n.Name))) : Ranges(node.Ranges)), node);

    public override void VisitExtensionRange(ExtensionRangeNode node) =>
        Line("extensions " + Ranges(node.Ranges) + Options(node.Options), node);
}
