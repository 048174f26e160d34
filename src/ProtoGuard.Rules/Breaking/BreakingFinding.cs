using System.Collections.Generic;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Rules.Breaking;

/// <summary>
/// One breaking change: where it shows in the new schema (a file and span; for a deleted file or package, the
/// old file's path and no text) and the message.
/// </summary>
public sealed class BreakingFinding
{
    public BreakingFinding(RuleDescriptor rule, string path, SourceText? text, TextSpan span, IReadOnlyList<object?> messageArguments, ProtoFix? fix, bool isFileLevel = false)
    {
        IsFileLevel = isFileLevel;
        Rule = rule;
        Path = path;
        Text = text;
        Span = span;
        MessageArguments = messageArguments;
        Fix = fix;
    }

    public RuleDescriptor Rule { get; }

    /// <summary>The buf rule this finding corresponds to.</summary>
    public string BufRule => Rule.BufEquivalent ?? string.Empty;

    /// <summary>The import path of the file the finding is in (the old path for a deleted file).</summary>
    public string Path { get; }

    /// <summary>The new file's text, or null when the change has no place in the new schema (a deleted file).</summary>
    public SourceText? Text { get; }

    public TextSpan Span { get; }

    /// <summary>
    /// True when the change has no element of its own in the new file (a deleted top-level type, a removed file
    /// option): the span is then the package line. buf reports these at the file (line 1).
    /// </summary>
    public bool IsFileLevel { get; }

    public IReadOnlyList<object?> MessageArguments { get; }

    public ProtoFix? Fix { get; }

    public string Message
    {
        get
        {
            var arguments = new object?[MessageArguments.Count];
            for (var i = 0; i < arguments.Length; i++)
            {
                arguments[i] = MessageArguments[i];
            }

            return Rule.FormatMessage(arguments);
        }
    }

    /// <summary>The finding as a located .proto finding, or null when it has no place in a new file.</summary>
    public Finding? ToFinding(RuleSeverity? severity = null) =>
        Text == null ? null : new Finding(Rule, Text, Span, MessageArguments, Fix, severity);

    /// <summary><c>path(line,col): error id: message</c>; a finding without text has no line.</summary>
    public override string ToString()
    {
        if (Text == null)
        {
            return $"{Path}: error {Rule.Id}: {Message}";
        }

        var start = Text.GetLinePosition(Span.Start);
        return $"{Text.Path}({start.Line + 1},{start.Character + 1}): error {Rule.Id}: {Message}";
    }
}
