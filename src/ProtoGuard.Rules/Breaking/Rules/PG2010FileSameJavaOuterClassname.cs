using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Breaking.Rules;

/// <summary>PG2010 (FILE_SAME_JAVA_OUTER_CLASSNAME): a file keeps its <c>java_outer_classname</c> option (unset counts as descriptor.proto's default).</summary>
public sealed class PG2010FileSameJavaOuterClassname : FileOptionRule
{
    public override RuleDescriptor Descriptor => BreakingRuleCatalog.FileSameJavaOuterClassname;

    protected override string OptionName => "java_outer_classname";
}
