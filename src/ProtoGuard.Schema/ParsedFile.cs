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

    /// <summary>
    /// False when the file was parsed without its comments (<see cref="ProtoParser.ParseWithoutComments"/>): every node's
    /// <see cref="Syntax.SyntaxNode.Comments"/> is empty and no SourceCodeInfo can be written for it.
    /// </summary>
    public bool HasComments { get; internal set; } = true;

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
