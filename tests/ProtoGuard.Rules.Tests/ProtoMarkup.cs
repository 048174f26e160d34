using ProtoGuard.Schema.Text;

namespace ProtoGuard.Rules.Tests;

/// <summary>
/// Test sources with <c>[|...|]</c> marking the spans where findings are expected, so no test counts lines or
/// columns by hand.
/// </summary>
internal static class ProtoMarkup
{
    public static (string Text, IReadOnlyList<TextSpan> Spans) Parse(string markup)
    {
        var text = new System.Text.StringBuilder(markup.Length);
        var spans = new List<TextSpan>();
        var open = new Stack<int>();
        for (var i = 0; i < markup.Length; i++)
        {
            if (string.CompareOrdinal(markup, i, "[|", 0, 2) == 0)
            {
                open.Push(text.Length);
                i++;
            }
            else if (string.CompareOrdinal(markup, i, "|]", 0, 2) == 0)
            {
                spans.Add(TextSpan.FromBounds(open.Pop(), text.Length));
                i++;
            }
            else
            {
                text.Append(markup[i]);
            }
        }

        Assert.Empty(open);
        return (text.ToString(), spans.OrderBy(span => span.Start).ToArray());
    }
}
