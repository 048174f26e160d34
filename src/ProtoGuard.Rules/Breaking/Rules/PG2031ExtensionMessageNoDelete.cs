using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2031 (EXTENSION_MESSAGE_NO_DELETE): a message keeps every number of its extension ranges.</summary>
public sealed class PG2031ExtensionMessageNoDelete : BreakingRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.ExtensionMessageNoDelete;

    public override void Check(BreakingContext context)
    {
        foreach (var (oldMessage, newMessage) in context.MessagePairs)
        {
            var max = newMessage.MessageSetWireFormat ? TagRanges.MessageSetMax : TagRanges.MessageMax;
            foreach (var range in oldMessage.ExtensionRanges)
            {
                var missing = TagRanges.Missing(range, newMessage.ExtensionRanges);
                if (missing.Count > 0)
                {
                    context.Report(newMessage.File, Locations.Message(newMessage), new object?[] { newMessage.FullName, BreakingText.Ranges(new[] { range }, max), BreakingText.Ranges(missing, max) });
                }
            }
        }
    }
}
