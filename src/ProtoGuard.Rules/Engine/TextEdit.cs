using ProtoGuard.Schema.Text;

namespace ProtoGuard.Rules.Engine;

/// <summary>Replace the text at <see cref="Span"/> with <see cref="NewText"/>.</summary>
public sealed class TextEdit
{
    public TextEdit(TextSpan span, string newText)
    {
        Span = span;
        NewText = newText;
    }

    public TextSpan Span { get; }

    public string NewText { get; }

    /// <summary>Applies non-overlapping edits to <paramref name="text"/>, last edit first so offsets stay valid.</summary>
    public static string Apply(string text, System.Collections.Generic.IEnumerable<TextEdit> edits)
    {
        var builder = new System.Text.StringBuilder(text);
        foreach (var edit in System.Linq.Enumerable.OrderByDescending(edits, e => e.Span.Start))
        {
            builder.Remove(edit.Span.Start, edit.Span.Length);
            builder.Insert(edit.Span.Start, edit.NewText);
        }

        return builder.ToString();
    }
}
