using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Syntax;

namespace ProtoGuard.Rules.Lint;

/// <summary>What counts as documentation for the COMMENT_* rules, as buf judges it.</summary>
public static class BufComments
{
    /// <summary>The marker of buf's ignore comments, which are not documentation while they are honored.</summary>
    public const string BufIgnoreMarker = "buf:lint:ignore";

    /// <summary>
    /// <see cref="RuleOptionCatalog.BufCommentIgnores"/> (default true): <c>// buf:lint:ignore RULE</c> comments
    /// suppress the equivalent rules and do not count as documentation (buf's default; false is buf's
    /// <c>disallow_comment_ignores: true</c>).
    /// </summary>
    public static bool BufCommentIgnoresEnabled(RuleOptions options) => RuleOptionCatalog.BufCommentIgnores.Read(options);

    /// <summary>True when the leading comment has a non-empty line (that is not a buf ignore line while those are honored).</summary>
    public static bool IsDocumented(Comments comments, RuleOptions options)
    {
        if (comments.Leading is not { } leading)
        {
            return false;
        }

        var skipIgnoreLines = BufCommentIgnoresEnabled(options);
        foreach (var rawLine in leading.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length > 0 && !(skipIgnoreLines && line.StartsWith(BufIgnoreMarker, System.StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }
}
