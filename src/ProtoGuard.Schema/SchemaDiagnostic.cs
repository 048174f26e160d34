using ProtoGuard.Schema.Text;

namespace ProtoGuard.Schema;

public enum SchemaSeverity
{
    Warning,
    Error,
}

public static class SchemaDiagnosticIds
{
    /// <summary>Every lexical or syntax error in a .proto file.</summary>
    public const string SyntaxError = "PG0001";
}

/// <summary>A problem found in a .proto file, located by a span of its <see cref="SourceText"/>.</summary>
public sealed class SchemaDiagnostic
{
    public SchemaDiagnostic(string id, string message, TextSpan span, SchemaSeverity severity)
    {
        Id = id;
        Message = message;
        Span = span;
        Severity = severity;
    }

    public string Id { get; }

    public string Message { get; }

    public TextSpan Span { get; }

    public SchemaSeverity Severity { get; }

    public override string ToString() => Id + " " + Span + ": " + Message;
}
