using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Rules.Lint;

/// <summary>
/// PG1048: a message or enum that reserves numbers also reserves names, and the other way round (the guide reserves
/// both when it deletes a field: the number for the binary format, the name for JSON and text format).
/// </summary>
public sealed class PG1048ReservedNumberAndName : ProtoRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.ReservedNumberAndName;

    public override void Analyze(ProtoRuleContext context)
    {
        var elements = FileElements.Of(context.File);
        foreach (var message in elements.Messages)
        {
            Check(context, message.Name.Text, message.Reserved);
        }

        foreach (var enumNode in elements.Enums)
        {
            Check(context, enumNode.Name.Text, enumNode.Reserved);
        }
    }

    private void Check(ProtoRuleContext context, string owner, System.Collections.Generic.IReadOnlyList<ReservedNode> reserved)
    {
        var hasNumbers = reserved.Any(node => node.Ranges.Count > 0);
        var hasNames = reserved.Any(node => node.Names.Count > 0);
        if (hasNumbers == hasNames)
        {
            return;
        }

        foreach (var node in reserved)
        {
            context.Report(node.Span, new object?[] { owner, hasNumbers ? "numbers" : "names", hasNumbers ? "names" : "numbers" });
        }
    }
}
