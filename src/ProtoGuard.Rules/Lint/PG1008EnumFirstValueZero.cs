using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Rules.Lint;

/// <summary>PG1008: buf's ENUM_FIRST_VALUE_ZERO: the first value of every enum is 0.</summary>
public sealed class PG1008EnumFirstValueZero : ProtoRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.EnumFirstValueZero;

    public override void Analyze(ProtoRuleContext context)
    {
        foreach (var enumNode in FileElements.Of(context.File).Enums)
        {
            if (enumNode.Values.Count > 0 && enumNode.Values[0] is { Number: { } number } first && number != 0)
            {
                context.Report(first.NumberSpan, new object?[] { first.Name.Text });
            }
        }
    }
}
