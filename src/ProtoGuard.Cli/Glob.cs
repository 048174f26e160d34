using System.Text;
using System.Text.RegularExpressions;

namespace ProtoGuard.Cli;

/// <summary>
/// An <c>--exclude</c> pattern, matched like a .gitignore line: <c>*</c> and <c>?</c> stay within a path segment,
/// <c>**</c> spans segments, <c>[abc]</c> is a character class. A pattern without <c>/</c> matches any file or
/// directory of that name (<c>*_test.proto</c>, <c>vendor</c>); one with <c>/</c> matches a whole relative path
/// (<c>third_party/**</c>, <c>protos/legacy</c>). A matching directory is not walked at all.
/// </summary>
internal sealed class Glob
{
    private readonly Regex _regex;
    private readonly bool _matchesSegment;

    private Glob(string pattern, Regex regex, bool matchesSegment)
    {
        Pattern = pattern;
        this._regex = regex;
        this._matchesSegment = matchesSegment;
    }

    public string Pattern { get; }

    /// <summary>The compiled pattern, or null (with the reason) when it is empty or has an unclosed <c>[</c>.</summary>
    public static Glob? Create(string pattern, out string? problem)
    {
        var normalized = pattern.Trim().Replace('\\', '/');
        while (normalized.StartsWith("./", StringComparison.Ordinal))
        {
            normalized = normalized[2..];
        }

        normalized = normalized.TrimEnd('/');
        if (normalized.Length == 0)
        {
            problem = "an empty pattern excludes nothing";
            return null;
        }

        var builder = new StringBuilder("^");
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            if (c == '*' && i + 1 < normalized.Length && normalized[i + 1] == '*')
            {
                var slashFollows = i + 2 < normalized.Length && normalized[i + 2] == '/';
                builder.Append(slashFollows ? "(?:.*/)?" : ".*");
                i += slashFollows ? 2 : 1;
            }
            else if (c == '*')
            {
                builder.Append("[^/]*");
            }
            else if (c == '?')
            {
                builder.Append("[^/]");
            }
            else if (c == '[')
            {
                var close = normalized.IndexOf(']', i + 1);
                if (close < 0)
                {
                    problem = "'[' is not closed";
                    return null;
                }

                var set = normalized[(i + 1)..close];
                builder.Append('[').Append(set.StartsWith('!') ? "^" + Regex.Escape(set[1..]) : Regex.Escape(set)).Append(']');
                i = close;
            }
            else
            {
                builder.Append(Regex.Escape(c.ToString()));
            }
        }

        builder.Append('$');
        problem = null;
        return new Glob(pattern, new Regex(builder.ToString(), RegexOptions.CultureInvariant), matchesSegment: !normalized.Contains('/'));
    }

    /// <summary>True when the pattern matches <paramref name="relativePath"/> ('/' separated, no leading "./") or, for a name pattern, its last segment.</summary>
    public bool IsMatch(string relativePath)
    {
        if (_matchesSegment)
        {
            var slash = relativePath.LastIndexOf('/');
            return _regex.IsMatch(slash < 0 ? relativePath : relativePath[(slash + 1)..]);
        }

        return _regex.IsMatch(relativePath);
    }
}
