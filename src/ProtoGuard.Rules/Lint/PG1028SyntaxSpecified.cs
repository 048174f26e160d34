using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Rules.Lint;

/// <summary>PG1028: buf's SYNTAX_SPECIFIED: the file has a <c>syntax</c> or <c>edition</c> statement.</summary>
public sealed class PG1028SyntaxSpecified : ProtoRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.SyntaxSpecified;

    public override void Analyze(ProtoRuleContext context)
    {
        if (context.File.Root.Syntax is null)
        {
            context.Report(BufLocations.FileStart, new object?[0]);
        }
    }
}
