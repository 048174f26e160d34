using System.Collections.Generic;
using System.Linq;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema;
using ProtoGuard.Schema.Syntax;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Rules.Lint;

/// <summary>Where buf reports, and the small text edits the naming fixes share.</summary>
public static class BufLocations
{
    /// <summary>A finding about the whole file (buf reports it at line 1, column 1).</summary>
    public static TextSpan FileStart => new(0, 0);

    /// <summary>The package statement, or the start of the file when there is none.</summary>
    public static TextSpan Package(ParsedFile file) => file.Root.Package is { } package ? package.Span : FileStart;

    /// <summary>The imports that are dependencies of the file (<c>import option</c> excluded), in order: the same indexes as <c>FileDescriptor.Dependencies</c>.</summary>
    public static IReadOnlyList<ImportDeclaration> Imports(ParsedFile file) =>
        file.Root.Imports.Where(import => import.Modifier != ImportModifier.Option).ToArray();

    /// <summary>Renames a declaration (its references elsewhere are not touched: names of fields, enum values and oneofs are not referenced by other declarations).</summary>
    public static ProtoFix Rename(Identifier name, string newName) =>
        new($"Rename '{name.Text}' to '{newName}' (changes the JSON name and generated code)", new[] { new TextEdit(name.Span, newName) });

    /// <summary>Deletes the line(s) of <paramref name="span"/> when nothing else is on them, else just the span.</summary>
    public static ProtoFix RemoveLine(ParsedFile file, TextSpan span, string title)
    {
        var text = file.Text.Text;
        var start = span.Start;
        while (start > 0 && (text[start - 1] == ' ' || text[start - 1] == '\t'))
        {
            start--;
        }

        var end = span.End;
        while (end < text.Length && (text[end] == ' ' || text[end] == '\t'))
        {
            end++;
        }

        var wholeLine = (start == 0 || text[start - 1] == '\n') && (end == text.Length || text[end] == '\n' || text[end] == '\r');
        if (wholeLine)
        {
            if (end < text.Length && text[end] == '\r')
            {
                end++;
            }

            if (end < text.Length && text[end] == '\n')
            {
                end++;
            }

            return new ProtoFix(title, new[] { new TextEdit(TextSpan.FromBounds(start, end), string.Empty) });
        }

        return new ProtoFix(title, new[] { new TextEdit(span, string.Empty) });
    }
}
