using System;
using System.Collections.Generic;
using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Rules.Engine;

/// <summary>
/// Options for the rules of one file, as .editorconfig-style keys: <c>dotnet_diagnostic.PG1001.severity</c>
/// and rule options named after the rule id (<c>dotnet_diagnostic.PG1001.suffix</c>). The analyzers read them
/// from the analyzer config of the .proto file, the CLI from its configuration.
/// </summary>
public sealed class RuleOptions
{
    public static readonly RuleOptions Empty = new(new Dictionary<string, string>());

    private readonly Func<string, string?> _lookup;

    public RuleOptions(IReadOnlyDictionary<string, string> values)
    {
        _lookup = key => values.TryGetValue(key, out var value) ? value : null;
    }

    public RuleOptions(Func<string, string?> lookup)
    {
        this._lookup = lookup;
    }

    /// <summary>The raw value of <paramref name="key"/>, trimmed, or null.</summary>
    public string? Get(string key) => _lookup(key)?.Trim();

    /// <summary>
    /// The value of the rule option <c>dotnet_diagnostic.{id}.{name}</c>, or null. Rules read their options through
    /// the typed <see cref="RuleOption"/>s of <see cref="RuleOptionCatalog"/> instead (the doc pages are checked against
    /// those); this stays for rules written before them.
    /// </summary>
    public string? GetRuleOption(string ruleId, string name) => Get("dotnet_diagnostic." + ruleId + "." + name);

    public bool GetRuleOption(string ruleId, string name, bool defaultValue) =>
        GetRuleOption(ruleId, name) is { } value && bool.TryParse(value, out var parsed) ? parsed : defaultValue;

    /// <summary>
    /// The preset for rules without a configured severity: <c>recommended</c> (default: the catalog's defaults),
    /// <c>strict</c> (every rule on, opt-in ones included) or <c>none</c> (only what is configured). Set by
    /// <c>protoguard.preset</c> (.editorconfig, <c>protoguard lint --preset</c>) or the MSBuild property
    /// <c>ProtoGuardPreset</c>.
    /// </summary>
    public string Preset => (Get("protoguard.preset") ?? Get("build_property.ProtoGuardPreset") ?? Get("build_property.protoguardpreset"))?.ToLowerInvariant() switch
    {
        "strict" => "strict",
        "none" => "none",
        _ => "recommended",
    };

    /// <summary>
    /// The severity configured for a rule (<c>dotnet_diagnostic.ID.severity</c>), the rule's default when none is,
    /// or null when the rule is turned off (<c>none</c>).
    /// </summary>
    public RuleSeverity? GetSeverity(RuleDescriptor rule)
    {
        switch (Get("dotnet_diagnostic." + rule.Id + ".severity")?.ToLowerInvariant())
        {
            case "none":
                return null;
            case "silent":
            case "hidden":
                return RuleSeverity.Hidden;
            case "suggestion":
            case "info":
                return RuleSeverity.Info;
            case "warning":
                return RuleSeverity.Warning;
            case "error":
                return RuleSeverity.Error;
            default:
                switch (Preset)
                {
                    case "none":
                        return null;
                    case "strict":
                        return rule.DefaultSeverity;
                    default:
                        return rule.IsEnabledByDefault ? rule.DefaultSeverity : null;
                }
        }
    }
}
