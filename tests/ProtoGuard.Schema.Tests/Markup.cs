using System.Text;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Schema.Tests;

/// <summary>
/// Test markup so that no test counts columns by hand: <c>[|text|]</c> marks an unnamed span,
/// <c>{|name:text|}</c> a named span, and <c>$$</c> a position (an empty span named "$$").
/// </summary>
internal sealed class Markup
{
    private Markup(string text, List<TextSpan> spans, Dictionary<string, TextSpan> named)
    {
        Text = text;
        Spans = spans;
        Named = named;
    }

    public string Text { get; }

    public IReadOnlyList<TextSpan> Spans { get; }

    public IReadOnlyDictionary<string, TextSpan> Named { get; }

    public TextSpan Span => Assert.Single(Spans);

    public TextSpan this[string name] => Named[name];

    public int Position => Named["$$"].Start;

    public static Markup Parse(string input)
    {
        var text = new StringBuilder();
        var spans = new List<TextSpan>();
        var named = new Dictionary<string, TextSpan>();
        var open = new Stack<(int Start, string? Name)>();
        for (var i = 0; i < input.Length; i++)
        {
            if (Match(input, i, "[|"))
            {
                open.Push((text.Length, null));
                i++;
            }
            else if (Match(input, i, "{|"))
            {
                var colon = input.IndexOf(':', i + 2);
                open.Push((text.Length, input.Substring(i + 2, colon - i - 2)));
                i = colon;
            }
            else if (Match(input, i, "|]") || Match(input, i, "|}"))
            {
                (var start, var name) = open.Pop();
                var span = TextSpan.FromBounds(start, text.Length);
                if (name == null)
                {
                    spans.Add(span);
                }
                else
                {
                    named.Add(name, span);
                }

                i++;
            }
            else if (Match(input, i, "$$"))
            {
                named.Add("$$", new TextSpan(text.Length, 0));
                i++;
            }
            else
            {
                text.Append(input[i]);
            }
        }

        Assert.Empty(open);
        return new Markup(text.ToString(), spans, named);
    }

    private static bool Match(string input, int index, string token) =>
        string.CompareOrdinal(input, index, token, 0, token.Length) == 0;
}
