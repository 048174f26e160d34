using System.Text;

namespace ProtoGuard.Generators.Common;

/// <summary>
/// Builds generated source text with four-space indentation and "\n" line ends whatever the host platform,
/// so that the generated code is byte-for-byte deterministic.
/// </summary>
internal sealed class IndentedWriter
{
    private const string IndentUnit = "    ";

    private readonly StringBuilder _builder = new();
    private int _depth;

    /// <summary>Writes <paramref name="text"/> indented; each line of a multi-line text is indented alike.</summary>
    public IndentedWriter Line(string text)
    {
        var newLine = text.IndexOf('\n');
        if (newLine >= 0)
        {
            return Line(text.Substring(0, newLine)).Line(text.Substring(newLine + 1));
        }

        if (text.Length != 0)
        {
            for (var i = 0; i < _depth; i++)
            {
                _builder.Append(IndentUnit);
            }

            _builder.Append(text);
        }

        _builder.Append('\n');
        return this;
    }

    public IndentedWriter Line() => Line(string.Empty);

    public IndentedWriter OpenBlock()
    {
        Line("{");
        _depth++;
        return this;
    }

    public IndentedWriter CloseBlock(string suffix = "")
    {
        _depth--;
        Line("}" + suffix);
        return this;
    }

    public IndentedWriter Indent()
    {
        _depth++;
        return this;
    }

    public IndentedWriter Unindent()
    {
        _depth--;
        return this;
    }

    public override string ToString() => _builder.ToString();
}
