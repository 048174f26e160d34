using Microsoft.CodeAnalysis.Diagnostics;
using ProtoGuard.Rules.Engine;

namespace ProtoGuard.Analyzers;

/// <summary>Reads the typed rule options (<see cref="ProtoGuard.Rules.Catalog.RuleOption"/>) from a file's analyzer config.</summary>
internal static class AnalyzerConfigRuleOptions
{
    public static RuleOptions ToRuleOptions(this AnalyzerConfigOptions options) =>
        new(key => options.TryGetValue(key, out var value) ? value : null);
}
