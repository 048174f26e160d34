using System.Runtime.CompilerServices;
using System.Text;
using ProtoGuard.Schema.Syntax;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Schema.Tests;

internal static class TestSupport
{
    /// <summary>Prefix for snippets: without a syntax statement a file is proto2, where fields need labels.</summary>
    public const string Proto3 = "syntax = \"proto3\";\n";

    public static ParsedFile Parse(string text, string path = "test.proto") => ProtoParser.Parse(SourceText.From(text, path));

    public static ParsedFile ParseValid(string text)
    {
        var file = Parse(text);
        Assert.True(file.Diagnostics.Count == 0, "Unexpected diagnostics:\n" + RenderDiagnostics(file));
        return file;
    }

    /// <summary>Renders diagnostics as <c>file.proto:line:col: PG0001: message</c> (1-based) plus the source line and a caret line.</summary>
    public static string RenderDiagnostics(ParsedFile file)
    {
        var builder = new StringBuilder();
        var text = file.Text;
        foreach (var diagnostic in file.Diagnostics)
        {
            var start = text.GetLinePosition(diagnostic.Span.Start);
            builder.Append(Path.GetFileName(text.Path)).Append(':').Append(start.Line + 1).Append(':').Append(start.Character + 1)
                .Append(": ").Append(diagnostic.Id).Append(": ").Append(diagnostic.Message).Append('\n');
            var line = text.GetLineSpan(start.Line);
            var lineText = text.ToString(line);
            builder.Append("    ").Append(lineText).Append('\n');
            var caret = new StringBuilder("    ");
            for (var i = 0; i < start.Character && i < lineText.Length; i++)
            {
                caret.Append(lineText[i] == '\t' ? '\t' : ' ');
            }

            var width = Math.Max(1, Math.Min(diagnostic.Span.End, line.End) - diagnostic.Span.Start);
            caret.Append('^', width);
            builder.Append(caret).Append('\n');
        }

        return builder.ToString();
    }

    public static string TestDataDirectory([CallerFilePath] string callerPath = "") =>
        Path.Combine(Path.GetDirectoryName(callerPath)!, "testdata");

    public static string Text(this ParsedFile file, TextSpan span) => file.Text.ToString(span);
}
