using System;
using System.Collections.Generic;
using System.Globalization;
using ProtoGuard.Rules.Engine;

namespace ProtoGuard.Rules.Catalog;

/// <summary>The kind of value a <see cref="RuleOption"/> takes.</summary>
public enum RuleOptionType
{
    /// <summary><c>true</c> or <c>false</c> (any case).</summary>
    Boolean,

    /// <summary>A whole number in invariant culture, no sign or separators, at least the option's minimum.</summary>
    Integer,

    /// <summary>A non-empty string.</summary>
    String,

    /// <summary>Comma-separated entries; empty entries are dropped; <c>none</c> is the empty list.</summary>
    List,
}

/// <summary>
/// A rule option, declared once with the rule (<see cref="RuleDescriptor.Options"/>): its <c>.editorconfig</c> key,
/// type, default and meaning, and the older keys that still work. .proto rules, C# rules, code fixes and the CLI read
/// it through <see cref="RuleOptions"/>; the doc pages' Options sections are checked against it. A value that does not
/// parse is ignored (the default applies): a typo in a config file must not make a rule misbehave or throw.
/// </summary>
public abstract class RuleOption
{
    private protected RuleOption(string key, RuleOptionType type, string defaultText, string description, IReadOnlyList<string>? aliases)
    {
        Key = key;
        Type = type;
        DefaultText = defaultText;
        Description = description;
        Aliases = aliases ?? Array.Empty<string>();
    }

    /// <summary>The key, e.g. <c>dotnet_diagnostic.PG3001.exempt_streaming</c>.</summary>
    public string Key { get; }

    public RuleOptionType Type { get; }

    /// <summary>The default as a user would write it.</summary>
    public string DefaultText { get; }

    public string Description { get; }

    /// <summary>Older keys that are still read when <see cref="Key"/> is not set.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>The key of a rule option: <c>dotnet_diagnostic.{ruleId}.{name}</c>.</summary>
    public static string KeyFor(string ruleId, string name) => "dotnet_diagnostic." + ruleId + "." + name;

    /// <summary>The trimmed text configured under <see cref="Key"/>, else under the first alias that is set, else null.</summary>
    public string? ReadText(RuleOptions options)
    {
        if (options.Get(Key) is { } value)
        {
            return value;
        }

        foreach (var alias in Aliases)
        {
            if (options.Get(alias) is { } aliased)
            {
                return aliased;
            }
        }

        return null;
    }

    public override string ToString() => Key;
}

/// <summary>A <see cref="RuleOptionType.Boolean"/> option.</summary>
public sealed class BooleanRuleOption : RuleOption
{
    public BooleanRuleOption(string key, bool defaultValue, string description, IReadOnlyList<string>? aliases = null)
        : base(key, RuleOptionType.Boolean, defaultValue ? "true" : "false", description, aliases)
    {
        Default = defaultValue;
    }

    public bool Default { get; }

    public bool Read(RuleOptions options) => bool.TryParse(ReadText(options), out var value) ? value : Default;
}

/// <summary>A <see cref="RuleOptionType.Integer"/> option; values outside <see cref="Minimum"/>..<see cref="Maximum"/> are ignored.</summary>
public sealed class IntegerRuleOption : RuleOption
{
    public IntegerRuleOption(string key, long defaultValue, long minimum, long maximum, string description, IReadOnlyList<string>? aliases = null)
        : base(key, RuleOptionType.Integer, defaultValue.ToString(CultureInfo.InvariantCulture), description, aliases)
    {
        Default = defaultValue;
        Minimum = minimum;
        Maximum = maximum;
    }

    public long Default { get; }

    public long Minimum { get; }

    public long Maximum { get; }

    public long Read(RuleOptions options) =>
        long.TryParse(ReadText(options), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= Minimum && value <= Maximum ? value : Default;
}

/// <summary>A <see cref="RuleOptionType.String"/> option; an empty value is ignored.</summary>
public sealed class StringRuleOption : RuleOption
{
    public StringRuleOption(string key, string defaultValue, string description, IReadOnlyList<string>? aliases = null)
        : base(key, RuleOptionType.String, defaultValue, description, aliases)
    {
        Default = defaultValue;
    }

    public string Default { get; }

    public string Read(RuleOptions options) => ReadText(options) is { Length: > 0 } value ? value : Default;
}

/// <summary>A <see cref="RuleOptionType.List"/> option: comma-separated entries, trimmed; <c>none</c> is the empty list.</summary>
public sealed class ListRuleOption : RuleOption
{
    private const string None = "none";

    public ListRuleOption(string key, IReadOnlyList<string> defaultValue, string description, IReadOnlyList<string>? aliases = null)
        : base(key, RuleOptionType.List, defaultValue.Count == 0 ? string.Empty : string.Join(",", defaultValue), description, aliases)
    {
        Default = defaultValue;
    }

    public IReadOnlyList<string> Default { get; }

    /// <summary>The configured entries, or <see cref="Default"/> when the key is not set.</summary>
    public IReadOnlyList<string> Read(RuleOptions options) => ReadText(options) is { } text ? Split(text) : Default;

    private static IReadOnlyList<string> Split(string text)
    {
        if (string.Equals(text, None, StringComparison.OrdinalIgnoreCase))
        {
            return Array.Empty<string>();
        }

        var entries = new List<string>();
        foreach (var entry in text.Split(','))
        {
            var trimmed = entry.Trim();
            if (trimmed.Length > 0)
            {
                entries.Add(trimmed);
            }
        }

        return entries;
    }
}
