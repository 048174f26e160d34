using System.Linq;
using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2029 (ONEOF_NO_DELETE): a message keeps its oneofs (by name; synthetic oneofs of proto3 optional fields are not counted).</summary>
public sealed class PG2029OneofNoDelete : BreakingRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.OneofNoDelete;

    public override void Check(BreakingContext context)
    {
        foreach (var (oldMessage, newMessage) in context.MessagePairs)
        {
            foreach (var oneof in oldMessage.Oneofs.Where(oneof => !oneof.IsSynthetic).OrderBy(oneof => oneof.Name, System.StringComparer.Ordinal))
            {
                if (!newMessage.Oneofs.Any(candidate => candidate.Name == oneof.Name))
                {
                    context.Report(newMessage.File, Locations.Message(newMessage), new object?[] { oneof.Name, newMessage.FullName });
                }
            }
        }
    }
}
