using System;
using System.Collections.Generic;
using System.Linq;
using ProtoGuard.Rules.Breaking.Model;

namespace ProtoGuard.Rules.Breaking;

/// <summary>
/// Runs the breaking-change rules of one buf category over an old and a new schema shape. The analyzers and the
/// CLI both call exactly this.
/// </summary>
public static class BreakingChecker
{
    /// <summary>Every breaking-change rule, ordered by id.</summary>
    public static IReadOnlyList<BreakingRule> Rules { get; } = typeof(BreakingRule).Assembly.GetTypes()
        .Where(type => !type.IsAbstract && typeof(BreakingRule).IsAssignableFrom(type))
        .Select(type => (BreakingRule)Activator.CreateInstance(type))
        .OrderBy(rule => rule.Descriptor.Id, StringComparer.Ordinal)
        .ToArray();

    /// <summary>The rules of <paramref name="category"/> (FILE, PACKAGE, WIRE_JSON or WIRE).</summary>
    public static IEnumerable<BreakingRule> RulesOf(string category) => Rules.Where(rule => rule.Categories.Contains(category));

    /// <summary>
    /// The breaking changes from <paramref name="oldSchema"/> to <paramref name="newSchema"/> under
    /// <paramref name="category"/>; <paramref name="isEnabled"/> can turn rules off (e.g. severity none).
    /// </summary>
    public static IReadOnlyList<BreakingFinding> Check(SchemaShape oldSchema, SchemaShape newSchema, string category = BreakingCategory.Default, Func<BreakingRule, bool>? isEnabled = null)
    {
        var findings = new List<BreakingFinding>();
        var context = new BreakingContext(oldSchema, newSchema, findings);
        foreach (var rule in RulesOf(category))
        {
            if (isEnabled == null || isEnabled(rule))
            {
                context.Rule = rule.Descriptor;
                rule.Check(context);
            }
        }

        return findings;
    }

    /// <summary>The breaking changes found by the rules <paramref name="isSelected"/> picks, whatever their category.</summary>
    public static IReadOnlyList<BreakingFinding> CheckSelected(SchemaShape oldSchema, SchemaShape newSchema, Func<BreakingRule, bool> isSelected)
    {
        var findings = new List<BreakingFinding>();
        var context = new BreakingContext(oldSchema, newSchema, findings);
        foreach (var rule in Rules.Where(isSelected))
        {
            context.Rule = rule.Descriptor;
            rule.Check(context);
        }

        return findings;
    }
}
