using System.Collections.Generic;
using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Rules.Lint;

/// <summary>
/// PG1051 (Info): the field numbers of a message skip numbers below its highest one that are neither reserved nor in an
/// extension range. A gap is usually a deleted field whose number was not reserved, and can be reused by accident.
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
                context.Report(node.Name.Span, new object?[] { message.Name, Describe(gaps), ReservedStatement(gaps) });
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

    private static string ReservedStatement(List<(int Start, int End)> gaps) =>
        "reserved " + string.Join(", ", gaps.Select(gap => gap.Start == gap.End ? gap.Start.ToString(System.Globalization.CultureInfo.InvariantCulture) : gap.Start + " to " + gap.End)) + ";";
}
