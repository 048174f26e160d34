using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2026 (MESSAGE_NO_REMOVE_STANDARD_DESCRIPTOR_ACCESSOR): a message does not turn <c>no_standard_descriptor_accessor</c> on.</summary>
public sealed class PG2026MessageNoRemoveStandardDescriptorAccessor : BreakingRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.MessageNoRemoveStandardDescriptorAccessor;

    public override void Check(BreakingContext context)
    {
        foreach (var (oldMessage, newMessage) in context.MessagePairs)
        {
            if (!oldMessage.NoStandardDescriptorAccessor && newMessage.NoStandardDescriptorAccessor)
            {
                var span = newMessage.Node is ProtoGuard.Schema.Syntax.MessageNode node && Locations.FindOption(node.Options, "no_standard_descriptor_accessor") is { } option ? option : Locations.Message(newMessage);
                context.Report(newMessage.File, span, new object?[] { newMessage.FullName });
            }
        }
    }
}
