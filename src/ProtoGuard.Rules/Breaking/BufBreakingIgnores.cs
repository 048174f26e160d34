using System.Collections.Generic;
using ProtoGuard.Rules.Configuration;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Rules.Lint;

namespace ProtoGuard.Rules.Breaking;

/// <summary>
/// The breaking section of a buf.yaml, as buf applies it: <c>ignore</c> drops the changes in the files under those
/// paths, <c>ignore_unstable_packages: true</c> those in files whose package is unstable (a version suffix with
/// alpha, beta or test: <c>foo.v1beta1</c>). The options come from <see cref="BufConfig.OptionsFor"/> for the file.
/// </summary>
public static class BufBreakingIgnores
{
    /// <summary>Removes the findings located in the file <paramref name="textPath"/> (package <paramref name="package"/>) that its buf.yaml ignores.</summary>
    public static void Apply(List<BreakingFinding> findings, string textPath, string package, RuleOptions options)
    {
        var ignored = options.Get(BufConfig.BreakingIgnoredKey) == "true"
            || (options.Get(BufConfig.BreakingIgnoreUnstablePackagesKey) == "true" && BufNames.TryGetPackageVersion(package, out var stable) && !stable);
        if (ignored)
        {
            findings.RemoveAll(finding => finding.Text?.Path == textPath);
        }
    }
}
