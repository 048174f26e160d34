using System.Linq;
using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2030 (RESERVED_MESSAGE_NO_DELETE): a message keeps every reserved number and name.</summary>
public sealed class PG2030ReservedMessageNoDelete : BreakingRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.ReservedMessageNoDelete;

    public override void Check(BreakingContext context)
    {
        foreach (var (oldMessage, newMessage) in context.MessagePairs)
        {
            var max = newMessage.MessageSetWireFormat ? TagRanges.MessageSetMax : TagRanges.MessageMax;
            foreach (var range in oldMessage.ReservedRanges)
            {
                var missing = TagRanges.Missing(range, newMessage.ReservedRanges);
                if (missing.Count > 0)
                {
                    context.Report(newMessage.File, Locations.Message(newMessage), new object?[] { newMessage.FullName, "the numbers " + BreakingText.Ranges(missing, max) });
                }
            }

            foreach (var name in oldMessage.ReservedNames.Distinct().OrderBy(name => name, System.StringComparer.Ordinal))
            {
                if (!newMessage.ReservedNames.Contains(name))
                {
                    context.Report(newMessage.File, Locations.Message(newMessage), new object?[] { newMessage.FullName, "the name '" + name + "'" });
                }
            }
        }
    }
}
