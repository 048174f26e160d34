using System.Collections.Generic;
using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Rules.Lint;

/// <summary>
/// PG1051 (Info): the field numbers of a message skip numbers below its highest one that are neither reserved nor in an
/// extension range. A gap is usually a deleted field whose number was not reserved, and can be reused by accident.
/// The fix adds the <c>reserved</c> statement for the gaps as the first line of the message body; the deleted fields'
/// names are not in the file any more, so PG1048 then asks for them.
/// </summary>
public sealed class PG1051FieldNumberGap : ProtoRule
{
    private const int ImplementationReservedStart = 19000;
    private const int ImplementationReservedEnd = 19999;
    private const int MaxFieldNumber = 536_870_911;

    public override RuleDescriptor Descriptor => RuleCatalog.FieldNumberGap;

    public override void Analyze(ProtoRuleContext context)
    {
        if (context.Linked is not { } file)
        {
            return;
        }

        var pending = new Stack<MessageDescriptor>(file.MessageTypes.AsEnumerable().Reverse());
        while (pending.Count > 0)
        {
            var message = pending.Pop();
            foreach (var nested in Enumerable.Reverse(message.NestedTypes))
            {
                pending.Push(nested);
            }

            if (message.IsMapEntry || message.Node is not MessageNode node || node.Name.IsMissing)
            {
                continue;
            }

            if (Gaps(message) is { Count: > 0 } gaps)
            {
                var statement = ReservedStatement(gaps);
                context.Report(node.Name.Span, new object?[] { message.Name, Describe(gaps), statement }, Fix(context.File.Text.Text, node, statement));
            }
        }
    }

    /// <summary>The unused, unreserved numbers from 1 to the highest field number, as inclusive ranges.</summary>
    private static List<(int Start, int End)> Gaps(MessageDescriptor message)
    {
        var used = new List<(int Start, int End)>();
        used.AddRange(message.Fields.Select(field => (field.Number, field.Number)));
        used.AddRange(message.ReservedRanges.Select(range => (range.Start, range.End - 1)));
        used.AddRange(message.ExtensionRanges.Select(range => (range.Start, range.End - 1)));
        used.Add((ImplementationReservedStart, ImplementationReservedEnd));
        // An invalid number (PG0005) is not the highest one: the gap up to it would be noise on top of the error.
        var highest = message.Fields.Select(field => field.Number).Where(IsValid).DefaultIfEmpty(0).Max();

        var gaps = new List<(int Start, int End)>();
        var next = 1;
        foreach (var (start, end) in used.OrderBy(range => range.Start))
        {
            if (start > next && next < highest)
            {
                gaps.Add((next, System.Math.Min(start, highest) - 1));
            }

            if (end >= next)
            {
                next = end == int.MaxValue ? int.MaxValue : end + 1;
            }
        }

        return gaps;
    }

    private static bool IsValid(int number) =>
        number >= 1 && number <= MaxFieldNumber && (number < ImplementationReservedStart || number > ImplementationReservedEnd);

    private static string Describe(List<(int Start, int End)> gaps) =>
        string.Join(", ", gaps.Select(gap => gap.Start == gap.End ? gap.Start.ToString(System.Globalization.CultureInfo.InvariantCulture) : gap.Start + "-" + gap.End));

    /// <summary>
    /// Inserts <paramref name="statement"/> as the first line of the body, indented like the first member, so that the
    /// rest of the line of '{' (a trailing comment) stays where it is; in a one-line body, right after '{'.
    /// </summary>
    private static ProtoFix? Fix(string text, MessageNode node, string statement)
    {
        var brace = text.IndexOf('{', node.Name.Span.End);
        if (brace < 0 || brace >= node.Span.End)
        {
            return null;
        }

        var title = $"Add '{statement}' to '{node.Name.Text}' (then reserve the deleted fields' names too)";
        var lineEnd = text.IndexOf('\n', brace);
        var restOfLine = (lineEnd < 0 ? text.Substring(brace + 1) : text.Substring(brace + 1, lineEnd - brace - 1)).Trim();
        if (lineEnd < 0 || lineEnd >= node.Span.End || !(restOfLine.Length == 0 || restOfLine.StartsWith("//", System.StringComparison.Ordinal)))
        {
            return new ProtoFix(title, new[] { new TextEdit(new TextSpan(brace + 1, 0), " " + statement) });
        }

        var newLine = lineEnd > 0 && text[lineEnd - 1] == '\r' ? "\r\n" : "\n";
        return new ProtoFix(title, new[] { new TextEdit(new TextSpan(lineEnd + 1, 0), MemberIndent(text, node) + statement + newLine) });
    }

    /// <summary>The indentation of the first member that starts its line, else the message's plus two spaces.</summary>
    private static string MemberIndent(string text, MessageNode node)
    {
        foreach (var declaration in node.Declarations)
        {
            if (Indent(text, declaration.Span.Start) is { } indent)
            {
                return indent;
            }
        }

        return (Indent(text, node.Span.Start) ?? string.Empty) + "  ";
    }

    /// <summary>The whitespace before <paramref name="position"/> on its line, or null when something else precedes it there.</summary>
    private static string? Indent(string text, int position)
    {
        var start = position;
        while (start > 0 && (text[start - 1] == ' ' || text[start - 1] == '\t'))
        {
            start--;
        }

        return start == 0 || text[start - 1] == '\n' ? text.Substring(start, position - start) : null;
    }

    private static string ReservedStatement(List<(int Start, int End)> gaps) =>
        "reserved " + string.Join(", ", gaps.Select(gap => gap.Start == gap.End ? gap.Start.ToString(System.Globalization.CultureInfo.InvariantCulture) : gap.Start + " to " + gap.End)) + ";";
}
