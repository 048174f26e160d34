using System.Collections.Generic;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Rules.Engine;

/// <summary>One problem a rule found in a .proto file.</summary>
public sealed class Finding
{
    public Finding(RuleDescriptor rule, SourceText text, TextSpan span, IReadOnlyList<object?> messageArguments, ProtoFix? fix = null, RuleSeverity? severity = null)
    {
        Rule = rule;
        Text = text;
        Span = span;
        MessageArguments = messageArguments;
        Fix = fix;
        Severity = severity ?? rule.DefaultSeverity;
    }

    public RuleDescriptor Rule { get; }

    /// <summary>The file the finding is in.</summary>
    public SourceText Text { get; }

    public TextSpan Span { get; }

    public IReadOnlyList<object?> MessageArguments { get; }

    public ProtoFix? Fix { get; }

    /// <summary>The severity the finding is reported with (the rule's default unless configured).</summary>
    public RuleSeverity Severity { get; }

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

    /// <summary><c>path(line,col): severity id: message</c>, as compilers print it (1-based line and column).</summary>
    public override string ToString()
    {
        var start = Text.GetLinePosition(Span.Start);
        return $"{Text.Path}({start.Line + 1},{start.Character + 1}): {Severity.ToString().ToLowerInvariant()} {Rule.Id}: {Message}";
    }
}
