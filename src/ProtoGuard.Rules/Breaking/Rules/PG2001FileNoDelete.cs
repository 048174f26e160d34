using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2001 (FILE_NO_DELETE): no file of the old schema is missing from the new one (files pair by path).</summary>
public sealed class PG2001FileNoDelete : BreakingRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.FileNoDelete;

    public override void Check(BreakingContext context)
    {
        foreach (var oldFile in context.Old.Files)
        {
            if (context.FindNewFile(oldFile.Path) == null)
            {
                context.ReportWithoutLocation(oldFile.Path, new object?[] { oldFile.Path });
            }
        }
    }
}
