using System;
using System.Collections.Generic;
using System.Linq;
using ProtoGuard.Rules.Breaking.Model;
using ProtoGuard.Rules.Configuration;

namespace ProtoGuard.Rules.Breaking;

/// <summary>
/// Which breaking-change rules apply where, as buf decides with its breaking section: a file under a buf.yaml whose
/// breaking section has <c>use</c> or <c>except</c> gets the rules they select (<see cref="BufConfig.BreakingRulesKey"/>);
/// a file under a buf.yaml without them, or under none, gets the category's rules (<c>ProtoGuardBreakingCategory</c>,
/// <c>--category</c>). A change with no file of its own in a buf.yaml (a deleted file or package, an import outside every
/// buf.yaml) follows the buf.yaml files of the schema, as buf applies a module's configuration to its whole image: the
/// rules any of them selects; the category when there are none.
/// </summary>
public static class BreakingSelection
{
    /// <summary>
    /// The breaking changes from <paramref name="oldSchema"/> to <paramref name="newSchema"/>, each kept when the rules
    /// selected for its file include it; <paramref name="bufOptionsFor"/> gives the buf.yaml options of a new file by its
    /// text path (<see cref="BufConfig.OptionsFor"/>; empty when no buf.yaml is above it).
    /// </summary>
    public static IReadOnlyList<BreakingFinding> Check(SchemaShape oldSchema, SchemaShape newSchema, string category, Func<string, IReadOnlyDictionary<string, string>> bufOptionsFor)
    {
        var categoryRules = new HashSet<string>(BreakingChecker.RulesOf(category).Select(rule => rule.Descriptor.Id), StringComparer.Ordinal);
        var byPath = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var file in newSchema.Files)
        {
            if (file.Text is { } text && !byPath.ContainsKey(text.Path) && bufOptionsFor(text.Path) is { } options && options.ContainsKey(BufConfig.BreakingIgnoredKey))
            {
                byPath[text.Path] = options.TryGetValue(BufConfig.BreakingRulesKey, out var selected) ? RulesOf(selected) : categoryRules;
            }
        }

        var elsewhere = byPath.Count == 0 ? categoryRules : new HashSet<string>(byPath.Values.SelectMany(rules => rules), StringComparer.Ordinal);
        return BreakingChecker.CheckSelected(oldSchema, newSchema, rule => elsewhere.Contains(rule.Descriptor.Id))
            .Where(finding => (finding.Text is { } text && byPath.TryGetValue(text.Path, out var rules) ? rules : elsewhere).Contains(finding.Rule.Id))
            .ToList();
    }

    /// <summary>The PG2xxx ids of the buf rule ids in <paramref name="bufRuleIds"/> (comma-separated).</summary>
    private static HashSet<string> RulesOf(string bufRuleIds)
    {
        var selected = new HashSet<string>(bufRuleIds.Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
        return new HashSet<string>(BreakingChecker.Rules.Where(rule => rule.Descriptor.BufEquivalent is { } id && selected.Contains(id)).Select(rule => rule.Descriptor.Id), StringComparer.Ordinal);
    }
}
