using System.Collections.Generic;
using System.Linq;
using ProtoGuard.Rules.Breaking.Model;

namespace ProtoGuard.Rules.Breaking;

/// <summary>Which numbers of an old range a new set of ranges no longer covers (buf's checkTagRanges).</summary>
public static class TagRanges
{
    /// <summary>The largest field number (2^29 - 1); message-set messages allow up to 2^31 - 2.</summary>
    public const int MessageMax = 536870911;
    public const int MessageSetMax = 2147483646;
    public const int EnumMax = 2147483647;

    public static IReadOnlyList<TagRange> Missing(TagRange previous, IReadOnlyList<TagRange> current)
    {
        var collapsed = Collapse(current);
        var missing = new List<TagRange>();
        long start = previous.Start;
        long end = previous.End;
        foreach (var range in collapsed)
        {
            if (range.End < start)
            {
                continue;
            }

            if (range.Start > end)
            {
                break;
            }

            if (start < range.Start)
            {
                missing.Add(new TagRange((int)start, range.Start - 1));
            }

            start = (long)range.End + 1;
            if (start > end)
            {
                return missing;
            }
        }

        if (start <= end)
        {
            missing.Add(new TagRange((int)start, (int)end));
        }

        return missing;
    }

    private static List<TagRange> Collapse(IReadOnlyList<TagRange> ranges)
    {
        var result = new List<TagRange>();
        foreach (var range in ranges.OrderBy(range => range.Start).ThenBy(range => range.End))
        {
            if (result.Count > 0 && (long)range.Start <= (long)result[result.Count - 1].End + 1)
            {
                var last = result[result.Count - 1];
                result[result.Count - 1] = new TagRange(last.Start, System.Math.Max(last.End, range.End));
            }
            else
            {
                result.Add(range);
            }
        }

        return result;
    }
}
