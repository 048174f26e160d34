using System;
using Microsoft.CodeAnalysis;
using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Analyzers;

/// <summary>
/// Adapts the rule catalog to Roslyn: every analyzer builds its <see cref="DiagnosticDescriptor"/> from the
/// catalog entry, so id, title, message, category, severity and help link are defined exactly once.
/// </summary>
internal static class DiagnosticDescriptors
{
    public static DiagnosticDescriptor Create(RuleDescriptor rule)
    {
        if (rule is null)
        {
            throw new ArgumentNullException(nameof(rule));
        }

        // The release-tracking analyzers (RS2000-RS2008) only see descriptors built from constants, so they cannot
        // check these; CatalogTests checks AnalyzerReleases.*.md against SupportedDiagnostics instead.
        return new DiagnosticDescriptor(
            rule.Id,
            rule.Title,
            rule.MessageFormat,
            rule.Category,
            ToRoslyn(rule.DefaultSeverity),
            rule.IsEnabledByDefault,
            rule.Description,
            rule.HelpUri);
    }

    public static DiagnosticSeverity ToRoslyn(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Hidden => DiagnosticSeverity.Hidden,
        RuleSeverity.Info => DiagnosticSeverity.Info,
        RuleSeverity.Warning => DiagnosticSeverity.Warning,
        RuleSeverity.Error => DiagnosticSeverity.Error,
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "Unknown rule severity."),
    };
}
