using System.Text;

namespace ProtoGuard.Cli;

/// <summary>A unified diff (<c>diff -u</c> format, 3 lines of context) of two versions of one file.</summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    public static string Create(string path, string before, string after)
    {
        var a = SplitLines(before);
        var b = SplitLines(after);

        // Longest common subsequence of lines; the files are .proto sources, so the quadratic table is small enough,
        // and the common prefix and suffix (most of the file, for a fix) are cut off first.
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[a.Length - 1 - suffix] == b[b.Length - 1 - suffix])
        {
            suffix++;
        }

        var n = a.Length - prefix - suffix;
        var m = b.Length - prefix - suffix;
        var lcs = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                lcs[i, j] = a[prefix + i] == b[prefix + j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        // The edit script over the whole files: ' ' kept, '-' removed, '+' added, with line numbers in both files.
        var script = new List<(char Kind, string Line, int OldLine, int NewLine)>();
        for (var k = 0; k < prefix; k++)
        {
            script.Add((' ', a[k], k, k));
        }

        int x = 0, y = 0;
        while (x < n || y < m)
        {
            if (x < n && y < m && a[prefix + x] == b[prefix + y])
            {
                script.Add((' ', a[prefix + x], prefix + x, prefix + y));
                x++;
                y++;
            }
            else if (x < n && (y == m || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                script.Add(('-', a[prefix + x], prefix + x, prefix + y));
                x++;
            }
            else
            {
                script.Add(('+', b[prefix + y], prefix + x, prefix + y));
                y++;
            }
        }

        for (var k = 0; k < suffix; k++)
        {
            script.Add((' ', a[a.Length - suffix + k], a.Length - suffix + k, b.Length - suffix + k));
        }

        var output = new StringBuilder();
        output.Append("--- a/").Append(path).Append('\n');
        output.Append("+++ b/").Append(path).Append('\n');
        var index = 0;
        while (index < script.Count)
        {
            if (script[index].Kind == ' ')
            {
                index++;
                continue;
            }

            // One hunk: from Context lines before this change to Context lines after the last change that is at most
            // 2 * Context lines away from the next.
            var start = Math.Max(0, index - Context);
            var end = index;
            while (end < script.Count)
            {
                if (script[end].Kind != ' ')
                {
                    end++;
                    continue;
                }

                var next = end;
                while (next < script.Count && script[next].Kind == ' ')
                {
                    next++;
                }

                if (next < script.Count && next - end <= 2 * Context)
                {
                    end = next;
                    continue;
                }

                end = Math.Min(script.Count, end + Context);
                break;
            }

            var oldCount = 0;
            var newCount = 0;
            for (var k = start; k < end; k++)
            {
                oldCount += script[k].Kind != '+' ? 1 : 0;
                newCount += script[k].Kind != '-' ? 1 : 0;
            }

            output.Append("@@ -").Append(script[start].OldLine + (oldCount == 0 ? 0 : 1)).Append(',').Append(oldCount)
                .Append(" +").Append(script[start].NewLine + (newCount == 0 ? 0 : 1)).Append(',').Append(newCount).Append(" @@\n");
            for (var k = start; k < end; k++)
            {
                output.Append(script[k].Kind).Append(script[k].Line).Append('\n');
            }

            index = end;
        }

        return output.ToString();
    }

    private static string[] SplitLines(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        return text.EndsWith('\n') ? lines[..^1] : lines;
    }
}
