using System.Collections.Generic;
using ProtoGuard.Schema.Syntax;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Schema;

public sealed class ParsedFile
{
    internal ParsedFile(SourceText text, FileNode root, IReadOnlyList<SchemaDiagnostic> diagnostics)
    {
        Text = text;
        Root = root;
        Diagnostics = diagnostics;
    }

    public SourceText Text { get; }

    public FileNode Root { get; }

    /// <summary>Lexical and syntax errors (PG0001), ordered by position.</summary>
    public IReadOnlyList<SchemaDiagnostic> Diagnostics { get; }

    public bool HasErrors
    {
        get
        {
            foreach (var diagnostic in Diagnostics)
            {
                if (diagnostic.Severity == SchemaSeverity.Error)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
