using System.Collections.Generic;

namespace ProtoGuard.Rules.Catalog;

/// <summary>
/// Everything known about one rule, defined once: the analyzers build their DiagnosticDescriptors from it,
/// the CLI writes it into SARIF, and the docs table is generated from it.
/// </summary>
public sealed class RuleDescriptor
{
    public RuleDescriptor(
        string id,
        string title,
        string messageFormat,
        string category,
        RuleSeverity defaultSeverity,
        string description,
        string? bufEquivalent = null,
        string? apiLinterEquivalent = null,
        bool enabledByDefault = true,
        bool hasCodeFix = false,
        IReadOnlyList<string>? breakingCategories = null,
        IReadOnlyList<RuleOption>? options = null,
        RuleLanguage language = RuleLanguage.Proto,
        string? supersededBy = null)
    {
        Id = id;
        Title = title;
        MessageFormat = messageFormat;
        Category = category;
        DefaultSeverity = defaultSeverity;
        Description = description;
        BufEquivalent = bufEquivalent;
        ApiLinterEquivalent = apiLinterEquivalent;
        IsEnabledByDefault = enabledByDefault;
        HasCodeFix = hasCodeFix;
        BreakingCategories = breakingCategories ?? System.Array.Empty<string>();
        Options = options ?? System.Array.Empty<RuleOption>();
        Language = language;
        SupersededBy = supersededBy;
    }

    /// <summary>The rule id, <c>PG</c> + four digits.</summary>
    public string Id { get; }

    /// <summary>Short title, no trailing period.</summary>
    public string Title { get; }

    /// <summary>One-sentence message with <c>{0}</c>-style placeholders, naming the element and what to do.</summary>
    public string MessageFormat { get; }

    public string Category { get; }

    /// <summary>What the rule's findings are located in: .proto files or C# code.</summary>
    public RuleLanguage Language { get; }

    /// <summary>A breaking-change rule (PG2xxx), checked against the baseline rather than linted per file.</summary>
    public bool IsBreakingChange => Category == RuleCategory.Breaking;

    public RuleSeverity DefaultSeverity { get; }

    /// <summary>Why the rule exists, in a few sentences.</summary>
    public string Description { get; }

    /// <summary>The matching buf lint/breaking rule id, if any.</summary>
    public string? BufEquivalent { get; }

    /// <summary>The matching Google api-linter rule (AIP), if any.</summary>
    public string? ApiLinterEquivalent { get; }

    public bool IsEnabledByDefault { get; }

    /// <summary>Whether a code fix (C#) or a text-edit fix (.proto) is offered.</summary>
    public bool HasCodeFix { get; }

    /// <summary>For a breaking-change rule (PG2xxx): the buf categories it belongs to (FILE, PACKAGE, WIRE_JSON, WIRE).</summary>
    public IReadOnlyList<string> BreakingCategories { get; }

    /// <summary>The rule's options (<c>.editorconfig</c> keys), typed; its doc page's Options section lists the same keys.</summary>
    public IReadOnlyList<RuleOption> Options { get; }

    /// <summary>
    /// The id of a rule that reports the same problem at the same element, or null. Where that rule is enabled for a
    /// file and reports an element, this rule's finding at the element is left out: one problem, one diagnostic
    /// (PG0013, protoc's unused-import warning, defers to PG1015, buf's IMPORT_USED). Only the linter applies it;
    /// <c>protoguard build</c>, which prints protoc's warnings and runs no lint rule, keeps every finding.
    /// </summary>
    public string? SupersededBy { get; }

    /// <summary>The rule's documentation page.</summary>
    public string HelpUri => RuleIdentifiers.GetHelpUri(Id);

    /// <summary>Formats the message with the given arguments, culture-invariantly.</summary>
    public string FormatMessage(params object?[] arguments) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, MessageFormat, arguments);

    public override string ToString() => Id + ": " + Title;
}
