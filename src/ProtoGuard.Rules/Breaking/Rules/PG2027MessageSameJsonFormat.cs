using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2027 (MESSAGE_SAME_JSON_FORMAT): a message whose JSON format was ALLOW keeps it.</summary>
public sealed class PG2027MessageSameJsonFormat : BreakingRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.MessageSameJsonFormat;

    public override void Check(BreakingContext context)
    {
        foreach (var (oldMessage, newMessage) in context.MessagePairs)
        {
            if (oldMessage.JsonFormat == "ALLOW" && newMessage.JsonFormat != "ALLOW")
            {
                context.Report(newMessage.File, Locations.MessageOption(newMessage, "features.json_format"), new object?[] { newMessage.FullName, oldMessage.JsonFormat, newMessage.JsonFormat });
            }
        }
    }
}
