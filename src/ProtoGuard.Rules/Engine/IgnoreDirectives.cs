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
/// PG1047 (buf's own directives are not: buf does not report them either).
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
        var directives = Collect(file, honorBuf);
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
            else if (!directive.Used && Array.TrueForAll(directive.Ids, id => RuleCatalog.Find(id) is not { } target || options.GetSeverity(target) is not null))
            {
                problem = $"'{directive.Marker} {string.Join(",", directive.Ids)}' suppresses nothing; remove it";
            }

            if (problem is not null)
            {
                findings.Add(new Finding(rule, file.Text, directive.Span, new object?[] { problem }, fix: null, severity));
            }
        }
    }

    private static List<Directive> Collect(ParsedFile file, bool honorBuf)
    {
        // Leading comments of declarations, with the declaration each belongs to.
        var attached = new List<(SyntaxNode Node, string Leading)>();
        new LeadingCommentCollector(attached).Visit(file.Root);

        var directives = new List<Directive>();
        var text = file.Text.Text;
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
                    directives.Add(Create(match, new TextSpan(start, rawLine.TrimEnd('\r').Length - (start - offset)), comment.Index, attached, file));
                }

                offset += rawLine.Length + 1;
            }
        }

        return directives;
    }

    private static Directive Create(Match match, TextSpan span, int commentStart, List<(SyntaxNode Node, string Leading)> attached, ParsedFile file)
    {
        var marker = match.Groups["marker"].Value;
        var ids = match.Groups["ids"].Success
            ? Array.ConvertAll(match.Groups["ids"].Value.Split(','), id => id.Trim())
            : Array.Empty<string>();
        var directive = new Directive(marker, ids, match.Groups["reason"].Value.Trim(), span);
        if (marker == IgnoreFileMarker)
        {
            directive.Scope = new TextSpan(0, file.Text.Length);
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

        public bool Suppresses(Finding finding)
        {
            if (!Attached || Ids.Length == 0 || (!IsBuf && Reason.Length == 0) || finding.Rule.Id == RuleCatalog.UnusedIgnore.Id)
            {
                return false;
            }

            var start = finding.Span.Start;
            if (start < Scope.Start || start > Scope.End || (start == Scope.End && Scope.Length > 0 && Marker != IgnoreFileMarker))
            {
                return false;
            }

            foreach (var id in Ids)
            {
                if (IsBuf ? finding.Rule.BufEquivalent == id : string.Equals(finding.Rule.Id, id, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }

    private sealed class LeadingCommentCollector : SyntaxWalker
    {
        private readonly List<(SyntaxNode Node, string Leading)> nodes;

        public LeadingCommentCollector(List<(SyntaxNode Node, string Leading)> nodes)
        {
            this.nodes = nodes;
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
                nodes.Add((node, leading));
            }
        }
    }
}
