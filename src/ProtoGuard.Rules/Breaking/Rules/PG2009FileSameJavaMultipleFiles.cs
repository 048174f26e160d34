using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2009 (FILE_SAME_JAVA_MULTIPLE_FILES): a file keeps its <c>java_multiple_files</c> option (unset counts as descriptor.proto's default).</summary>
public sealed class PG2009FileSameJavaMultipleFiles : FileOptionRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.FileSameJavaMultipleFiles;

    protected override string OptionName => "java_multiple_files";
}
