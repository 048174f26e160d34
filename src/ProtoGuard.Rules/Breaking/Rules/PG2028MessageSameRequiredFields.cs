using System.Linq;
using ProtoGuard.Rules.Breaking.Model;
using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2028 (MESSAGE_SAME_REQUIRED_FIELDS): no required field is added to or deleted from a message (by number).</summary>
public sealed class PG2028MessageSameRequiredFields : BreakingRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.MessageSameRequiredFields;

    public override void Check(BreakingContext context)
    {
        foreach (var (oldMessage, newMessage) in context.MessagePairs)
        {
            var oldRequired = Required(oldMessage);
            var newRequired = Required(newMessage);
            foreach (var number in oldRequired.Keys.Where(number => !newRequired.ContainsKey(number)).OrderBy(number => number))
            {
                context.Report(newMessage.File, Locations.Message(newMessage), new object?[] { newMessage.FullName, "had a deleted", number });
            }

            foreach (var number in newRequired.Keys.Where(number => !oldRequired.ContainsKey(number)).OrderBy(number => number))
            {
                context.Report(newMessage.File, Locations.Field(newRequired[number]), new object?[] { newMessage.FullName, "has an added", number });
            }
        }
    }

    private static System.Collections.Generic.Dictionary<int, FieldShape> Required(MessageShape message) =>
        BreakingContext.FieldsByNumber(message).Where(field => field.Label == ProtoGuard.Schema.Descriptors.FieldCardinality.Required).ToDictionary(field => field.Number);
}
