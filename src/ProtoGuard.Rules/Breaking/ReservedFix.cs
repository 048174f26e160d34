using System.Collections.Generic;
using System.Linq;
using ProtoGuard.Rules.Breaking.Model;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Rules.Breaking;

/// <summary>The <c>reserved</c> statements that make a deletion safe, as text and as an edit of the new .proto.</summary>
public static class ReservedFix
{
    /// <summary>What the message says instead of statements when the number and name are reserved already (FILE still reports the deletion).</summary>
    public const string AlreadyReserved = "it is reserved already; accept the deletion into the baseline";

    /// <summary>E.g. <c>reserved 4; reserved "email";</c> (editions reserve names as identifiers).</summary>
    public static string Text(FileShape file, int? number, IEnumerable<string> names)
    {
        var statements = new List<string>();
        if (number is { } value)
        {
            statements.Add("reserved " + value.ToString(System.Globalization.CultureInfo.InvariantCulture) + ";");
        }

        foreach (var name in names)
        {
            statements.Add(file.Syntax == "editions" ? $"reserved {name};" : $"reserved \"{name}\";");
        }

        return string.Join(" ", statements);
    }

    /// <summary>An edit that inserts <paramref name="statements"/> as the first lines of the body of <paramref name="node"/>.</summary>
    public static ProtoFix? Insert(FileShape file, SyntaxNode? node, string statements, string title)
    {
        if (file.Text is not { } text || node == null || statements.Length == 0)
        {
            return null;
        }

        var source = text.ToString();
        var nameEnd = node switch
        {
            MessageNode message => message.Name.Span.End,
            EnumNode enumNode => enumNode.Name.Span.End,
            _ => node.Span.Start,
        };
        var brace = source.IndexOf('{', nameEnd);
        if (brace < 0 || brace >= node.Span.End)
        {
            return null;
        }

        var lineStart = source.LastIndexOf('\n', node.Span.Start) + 1;
        var indent = new string(source.Skip(lineStart).TakeWhile(c => c == ' ' || c == '\t').ToArray()) + "  ";
        var insertion = string.Concat(statements.Split(new[] { "; " }, System.StringSplitOptions.None)
            .Select(statement => "\n" + indent + statement.TrimEnd(';') + ";"));
        return new ProtoFix(title, new[] { new TextEdit(new ProtoGuard.Schema.Text.TextSpan(brace + 1, 0), insertion) });
    }
}
