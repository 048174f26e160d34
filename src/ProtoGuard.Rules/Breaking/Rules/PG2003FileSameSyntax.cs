using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2003 (FILE_SAME_SYNTAX): a file keeps its syntax (proto2, proto3 or editions; the edition itself may change).</summary>
public sealed class PG2003FileSameSyntax : BreakingRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.FileSameSyntax;

    public override void Check(BreakingContext context)
    {
        foreach (var (oldFile, newFile) in context.FilePairs)
        {
            if (oldFile.Syntax != newFile.Syntax)
            {
                context.Report(newFile, Locations.Syntax(newFile), new object?[] { newFile.Path, oldFile.Syntax, newFile.Syntax });
            }
        }
    }
}
