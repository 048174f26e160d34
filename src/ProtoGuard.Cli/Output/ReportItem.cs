using ProtoGuard.Rules.Breaking;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Cli.Output;

/// <summary>
/// One line of a report, whatever produced it (a lint finding, a breaking change, a build error): the rule, the
/// severity it is reported with, the message, the file and, when the problem has a place in the file, its span.
/// </summary>
internal sealed class ReportItem
{
    public ReportItem(RuleDescriptor rule, RuleSeverity severity, string message, string path, SourceText? text, TextSpan span, ProtoFix? fix)
    {
        Rule = rule;
        Severity = severity;
        Message = message;
        Path = path;
        Text = text;
        Span = span;
        Fix = fix;
    }

    public RuleDescriptor Rule { get; }

    public RuleSeverity Severity { get; }

    public string Message { get; }

    /// <summary>The file, as reports name it (relative to the current directory, '/' separated).</summary>
    public string Path { get; }

    /// <summary>The file's text, or null when the problem has no place in it (a deleted file, a project-level problem).</summary>
    public SourceText? Text { get; }

    public TextSpan Span { get; }

    public ProtoFix? Fix { get; }

    /// <summary>1-based start and end line and column (UTF-16 code units), or null without a place.</summary>
    public (int Line, int Column, int EndLine, int EndColumn)? Region
    {
        get
        {
            if (Text is null)
            {
                return null;
            }

            var start = Text.GetLinePosition(Span.Start);
            var end = Text.GetLinePosition(Span.End);
            return (start.Line + 1, start.Character + 1, end.Line + 1, end.Character + 1);
        }
    }

    public static ReportItem From(Finding finding) =>
        new(finding.Rule, finding.Severity, finding.Message, finding.Text.Path, finding.Text, finding.Span, finding.Fix);

    public static ReportItem From(BreakingFinding finding) =>
        new(finding.Rule, finding.Rule.DefaultSeverity, finding.Message, finding.Text?.Path ?? finding.Path, finding.Text, finding.Span, finding.Fix);

    /// <summary>A parse or link problem of <paramref name="text"/>, under its PG0xxx rule.</summary>
    public static ReportItem From(SchemaDiagnostic diagnostic, SourceText text)
    {
        var rule = RuleCatalog.Find(diagnostic.Id) ?? RuleCatalog.SyntaxError;
        var severity = diagnostic.Severity == SchemaSeverity.Error ? RuleSeverity.Error : RuleSeverity.Warning;
        return new ReportItem(rule, severity, diagnostic.Message, text.Path, text, diagnostic.Span, fix: null);
    }
}
