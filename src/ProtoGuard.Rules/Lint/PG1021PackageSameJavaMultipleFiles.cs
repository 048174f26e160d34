using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Rules.Lint;

/// <summary>PG1021: buf's PACKAGE_SAME_JAVA_MULTIPLE_FILES.</summary>
public sealed class PG1021PackageSameJavaMultipleFiles : ProtoRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.PackageSameJavaMultipleFiles;

    public override void Analyze(ProtoRuleContext context)
    {
        PackageOptionConsistency.Analyze(context, "java_multiple_files");
    }
}
