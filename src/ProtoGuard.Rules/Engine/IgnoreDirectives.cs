using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Schema;
using ProtoGuard.Schema.Syntax;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Rules.Engine;

/// <summary>
/// Suppression comments, for every rule (PG0xxx, PG1xxx and any later id):
/// <list type="bullet">
/// <item><c>// protoguard:ignore PG1012 reason</c> (several ids separated by commas) in the leading comment of a
/// declaration suppresses those rules' findings inside that declaration (its nested declarations included);</item>
/// <item><c>// protoguard:ignore-file PG1012 reason</c> in any comment suppresses them in the whole file;</item>
/// <item><c>// buf:lint:ignore RULE_ID</c> in a leading comment suppresses the rules whose buf equivalent is
/// RULE_ID, as buf does (unless <c>protoguard.buf_comment_ignores = false</c>).</item>
/// </list>
/// A protoguard directive without a reason, not in a leading comment, or that suppresses nothing is reported by
/// PG1047 (buf's own directives are not: buf does not report them either). Breaking-change rules (PG2xxx) are
/// suppressed the same way, on the element where the change shows (a deletion: the enclosing message, enum or
/// service; a file-level change: <c>protoguard:ignore-file</c>), by <see cref="ApplyToBreaking"/>, which also reports
/// the breaking-change directives that suppress nothing; the lint pass leaves those to it.
/// </summary>
public static class IgnoreDirectives
{
    public const string IgnoreMarker = "protoguard:ignore";
    public const string IgnoreFileMarker = "protoguard:ignore-file";
    private const string BufMarker = "buf:lint:ignore";

    private static readonly Regex DirectiveLine = new(
        @"^\s*(?<marker>protoguard:ignore-file|protoguard:ignore|buf:lint:ignore)(?=\s|$)[ \t]*(?<ids>[A-Za-z0-9_]+(?:[ \t]*,[ \t]*[A-Za-z0-9_]+)*)?[ \t]*(?<reason>.*)$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>Removes the suppressed findings from <paramref name="findings"/> and adds the PG1047 findings.</summary>
    internal static void Apply(ParsedFile file, RuleOptions options, List<Finding> findings)
    {
        var text = file.Text.Text;
        if (text.IndexOf(IgnoreMarker, StringComparison.Ordinal) < 0 && text.IndexOf(BufMarker, StringComparison.Ordinal) < 0)
        {
            return;
        }

        var honorBuf = RuleOptionCatalog.BufCommentIgnores.Read(options);
        var directives = Collect(file.Text, file.Root, honorBuf);
        if (directives.Count == 0)
        {
            return;
        }

        findings.RemoveAll(finding =>
        {
            var suppressed = false;
            foreach (var directive in directives)
            {
                if (directive.Suppresses(finding))
                {
                    directive.Used = true;
                    suppressed = true;
                }
            }

            return suppressed;
        });

        var rule = RuleCatalog.UnusedIgnore;
        if (options.GetSeverity(rule) is not { } severity)
        {
            return;
        }

        foreach (var directive in directives)
        {
            if (directive.IsBuf)
            {
                continue;
            }

            string? problem = null;
            if (!directive.Attached)
            {
                problem = $"'{directive.Marker}' is not in the leading comment of a declaration, so it suppresses nothing; put it in the comment right above the declaration, or use '{IgnoreFileMarker}'";
            }
            else if (directive.Ids.Length == 0)
            {
                problem = $"'{directive.Marker}' names no rule; write '{directive.Marker} PGxxxx <reason>'";
            }
            else if (directive.Reason.Length == 0)
            {
                problem = $"'{directive.Marker} {string.Join(",", directive.Ids)}' gives no reason, so it suppresses nothing; say why after the rule id";
            }
            else if (!directive.Used && !Array.Exists(directive.Ids, IsBreakingRule)
                && Array.TrueForAll(directive.Ids, id => RuleCatalog.Find(id) is not { } target || options.GetSeverity(target) is not null))
            {
                problem = $"'{directive.Marker} {string.Join(",", directive.Ids)}' suppresses nothing; remove it";
            }

            if (problem is not null)
            {
                findings.Add(new Finding(rule, file.Text, directive.Span, new object?[] { problem }, fix: null, severity));
            }
        }
    }

    /// <summary>
    /// Removes the breaking-change findings (located in the file <paramref name="text"/>) that a
    /// <c>protoguard:ignore PG2xxx reason</c> directive suppresses, and returns PG1047 findings for the directives that
    /// name only breaking-change rules and suppressed none of them. Call it only when the comparison ran (a baseline
    /// was read and both schemas linked), else every such directive would look unused.
    /// </summary>
    public static IReadOnlyList<Finding> ApplyToBreaking(SourceText text, FileNode root, RuleOptions options, List<Breaking.BreakingFinding> findings)
    {
        if (text.Text.IndexOf(IgnoreMarker, StringComparison.Ordinal) < 0)
        {
            return Array.Empty<Finding>();
        }

        var directives = Collect(text, root, honorBuf: false).FindAll(directive => Array.Exists(directive.Ids, IsBreakingRule));
        findings.RemoveAll(finding =>
        {
            var suppressed = false;
            foreach (var directive in directives)
            {
                if (finding.Text?.Path == text.Path && directive.Suppresses(finding.Rule, finding.Span.Start))
                {
                    directive.Used = true;
                    suppressed = true;
                }
            }

            return suppressed;
        });

        var unused = new List<Finding>();
        var rule = RuleCatalog.UnusedIgnore;
        if (options.GetSeverity(rule) is not { } severity)
        {
            return unused;
        }

        foreach (var directive in directives)
        {
            if (!directive.Used && directive.Attached && directive.Reason.Length > 0 && Array.TrueForAll(directive.Ids, IsBreakingRule))
            {
                var problem = $"'{directive.Marker} {string.Join(",", directive.Ids)}' suppresses no breaking change; remove it";
                unused.Add(new Finding(rule, text, directive.Span, new object?[] { problem }, fix: null, severity));
            }
        }

        return unused;
    }

    private static bool IsBreakingRule(string id) => RuleCatalog.Find(id) is { Category: RuleCategory.Breaking };

    private static List<Directive> Collect(SourceText source, FileNode root, bool honorBuf)
    {
        // Leading comments of declarations, with the declaration each belongs to.
        var attached = new List<(SyntaxNode Node, string Leading)>();
        new LeadingCommentCollector(attached).Visit(root);

        var directives = new List<Directive>();
        var text = source.Text;
        foreach (Match comment in Regex.Matches(text, @"//[^\n]*|/\*[\s\S]*?\*/"))
        {
            var body = comment.Value.StartsWith("//", StringComparison.Ordinal) ? comment.Value.Substring(2) : comment.Value.Substring(2, Math.Max(0, comment.Length - 4));
            var offset = comment.Index + 2;
            foreach (var rawLine in body.Split('\n'))
            {
                var line = rawLine.TrimStart('*', ' ', '\t');
                var match = DirectiveLine.Match(line.TrimEnd('\r'));
                if (match.Success && (honorBuf || match.Groups["marker"].Value != BufMarker))
                {
                    var start = offset + rawLine.IndexOf(match.Groups["marker"].Value, StringComparison.Ordinal);
                    directives.Add(Create(match, new TextSpan(start, rawLine.TrimEnd('\r').Length - (start - offset)), comment.Index, attached, source));
                }

                offset += rawLine.Length + 1;
            }
        }

        return directives;
    }

    private static Directive Create(Match match, TextSpan span, int commentStart, List<(SyntaxNode Node, string Leading)> attached, SourceText file)
    {
        var marker = match.Groups["marker"].Value;
        var ids = match.Groups["ids"].Success
            ? Array.ConvertAll(match.Groups["ids"].Value.Split(','), id => id.Trim())
            : Array.Empty<string>();
        var directive = new Directive(marker, ids, match.Groups["reason"].Value.Trim(), span);
        if (marker == IgnoreFileMarker)
        {
            directive.Scope = new TextSpan(0, file.Length);
            directive.Attached = true;
            return directive;
        }

        // The declaration this comment leads: the first one after it whose leading comment holds the directive.
        SyntaxNode? best = null;
        foreach (var (node, leading) in attached)
        {
            if (node.Span.Start > commentStart && leading.Contains(match.Value.Trim()) && (best is null || node.Span.Start < best.Span.Start))
            {
                best = node;
            }
        }

        if (best is not null)
        {
            directive.Scope = best.Span;
            directive.Attached = true;
        }

        return directive;
    }

    private sealed class Directive
    {
        public Directive(string marker, string[] ids, string reason, TextSpan span)
        {
            Marker = marker;
            Ids = ids;
            Reason = reason;
            Span = span;
        }

        public string Marker { get; }

        public string[] Ids { get; }

        public string Reason { get; }

        public TextSpan Span { get; }

        public TextSpan Scope { get; set; }

        public bool Attached { get; set; }

        public bool Used { get; set; }

        public bool IsBuf => Marker == BufMarker;

        public bool Suppresses(Finding finding) => Suppresses(finding.Rule, finding.Span.Start);

        public bool Suppresses(RuleDescriptor rule, int start)
        {
            if (!Attached || Ids.Length == 0 || (!IsBuf && Reason.Length == 0) || rule.Id == RuleCatalog.UnusedIgnore.Id)
            {
                return false;
            }

            if (start < Scope.Start || start > Scope.End || (start == Scope.End && Scope.Length > 0 && Marker != IgnoreFileMarker))
            {
                return false;
            }

            foreach (var id in Ids)
            {
                if (IsBuf ? rule.BufEquivalent == id : string.Equals(rule.Id, id, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }

    private sealed class LeadingCommentCollector : SyntaxWalker
    {
        private readonly List<(SyntaxNode Node, string Leading)> _nodes;

        public LeadingCommentCollector(List<(SyntaxNode Node, string Leading)> nodes)
        {
            this._nodes = nodes;
        }

        public override void VisitFile(FileNode node)
        {
            foreach (var declaration in node.Declarations)
            {
                Add(declaration);
            }

            base.VisitFile(node);
        }

        public override void VisitMessage(MessageNode node)
        {
            AddAll(node.Declarations);
            base.VisitMessage(node);
        }

        public override void VisitOneof(OneofNode node)
        {
            AddAll(node.Declarations);
            base.VisitOneof(node);
        }

        public override void VisitEnum(EnumNode node)
        {
            AddAll(node.Declarations);
            base.VisitEnum(node);
        }

        public override void VisitService(ServiceNode node)
        {
            AddAll(node.Declarations);
            base.VisitService(node);
        }

        public override void VisitExtend(ExtendNode node)
        {
            AddAll(node.Declarations);
            base.VisitExtend(node);
        }

        private void AddAll(IReadOnlyList<SyntaxNode> declarations)
        {
            foreach (var declaration in declarations)
            {
                Add(declaration);
            }
        }

        private void Add(SyntaxNode node)
        {
            if (node.Comments.Leading is { } leading && (leading.Contains(IgnoreMarker) || leading.Contains(BufMarker)))
            {
                _nodes.Add((node, leading));
            }
        }
    }
}
