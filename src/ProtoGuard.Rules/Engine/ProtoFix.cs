using System.Collections.Generic;

namespace ProtoGuard.Rules.Engine;

/// <summary>A fix for a finding in a .proto file: a title for the IDE and the edits to the file's text.</summary>
public sealed class ProtoFix
{
    public ProtoFix(string title, IReadOnlyList<TextEdit> edits)
    {
        Title = title;
        Edits = edits;
    }

    public string Title { get; }

    public IReadOnlyList<TextEdit> Edits { get; }
}
