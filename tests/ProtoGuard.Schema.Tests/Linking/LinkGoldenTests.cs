using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Linking;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Schema.Tests.Linking;

/// <summary>
/// Each <c>testdata/link_errors/*.proto</c> has one link problem (or one protoc warning), linked with
/// <c>testdata/link_errors</c> as its import root; every diagnostic of the set is rendered into the committed
/// <c>*.errors.txt</c> (<c>PROTOGUARD_UPDATE_GOLDEN=1</c> rewrites them). protoc 35.1 is the oracle for each case: it
/// must reject the file exactly when ProtoGuard reports an error, and every problem protoc locates precisely must be
/// reported at the same line and column with the same severity.
/// </summary>
public partial class LinkGoldenTests
{
    private static readonly string Root = Path.Combine(Protoc.RepositoryRoot(), "tests", "ProtoGuard.Schema.Tests", "testdata", "link_errors");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Root, "*.proto").OrderBy(p => p, StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void DiagnosticsMatchTheGoldenFileAndProtoc(string fileName)
    {
        var compilation = ProtoCompilation.Create(new[] { fileName }, path => File.Exists(Path.Combine(Root, path)) ? SourceText.From(File.ReadAllText(Path.Combine(Root, path)), path) : null);
        var ours = compilation.AllFiles.SelectMany(file => file.Diagnostics.Select(diagnostic => (File: file, Diagnostic: diagnostic))).ToList();
        var actual = Render(ours);
        var expectedPath = Path.Combine(Root, Path.ChangeExtension(fileName, ".errors.txt"));
        if (Environment.GetEnvironmentVariable("PROTOGUARD_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedPath, actual);
        }

        Assert.NotEmpty(ours);
        Assert.True(File.Exists(expectedPath), "Missing " + expectedPath + "; run with PROTOGUARD_UPDATE_GOLDEN=1");
        Assert.Equal(File.ReadAllText(expectedPath).Replace("\r\n", "\n"), actual);

        (var exitCode, var protoc) = RunProtoc(fileName);
        var weHaveErrors = ours.Any(entry => entry.Diagnostic.Severity == SchemaSeverity.Error);
        Assert.True((exitCode != 0) == weHaveErrors, $"protoc exit code {exitCode}, ProtoGuard errors: {weHaveErrors}\n{string.Join("\n", protoc)}");
        Assert.NotEmpty(protoc);
        foreach (var message in protoc)
        {
            var sameSeverity = ours.Where(entry => (entry.Diagnostic.Severity == SchemaSeverity.Warning) == message.IsWarning).ToList();
            var located = message.Line > 0 && sameSeverity.Any(entry => entry.File.Name == message.File && Position(entry.File, entry.Diagnostic) == (message.Line, message.Column));
            // protoc locates some problems only at its file (no position, or column 1 of a line where we report nothing):
            // then a diagnostic of the same severity in that file must exist.
            var coarse = message.Line == 0 || (message.Column == 1 && !sameSeverity.Any(entry => entry.File.Name == message.File && Position(entry.File, entry.Diagnostic).Line == message.Line));
            Assert.True(located || (coarse && sameSeverity.Any(entry => entry.File.Name == message.File)), $"protoc reported {message}; ProtoGuard:\n{actual}");
        }
    }

    [Fact]
    public void ThereAreAtLeastThirtyFiveCasesAndNoOrphanedGoldenFiles()
    {
        Assert.True(Directory.GetFiles(Root, "*.proto").Length >= 35);
        foreach (var golden in Directory.GetFiles(Root, "*.errors.txt"))
        {
            Assert.True(File.Exists(golden[..^".errors.txt".Length] + ".proto"), "Golden file without input: " + golden);
        }
    }

    private static string Render(List<(FileDescriptor File, SchemaDiagnostic Diagnostic)> diagnostics)
    {
        var builder = new StringBuilder();
        foreach ((var file, var diagnostic) in diagnostics)
        {
            var text = file.Parsed.Text;
            var start = text.GetLinePosition(diagnostic.Span.Start);
            builder.Append(file.Name).Append(':').Append(start.Line + 1).Append(':').Append(start.Character + 1).Append(": ")
                .Append(diagnostic.Id).Append(' ').Append(diagnostic.Severity == SchemaSeverity.Error ? "error" : "warning").Append(": ").Append(diagnostic.Message).Append('\n');
            var line = text.GetLineSpan(start.Line);
            var lineText = text.ToString(line);
            builder.Append("    ").Append(lineText).Append('\n');
            var width = Math.Max(1, Math.Min(diagnostic.Span.End, line.End) - diagnostic.Span.Start);
            builder.Append("    ").Append(' ', start.Character).Append('^', width).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>protoc's 1-based line and column (a tab advances to the next multiple of 8).</summary>
    private static (int Line, int Column) Position(FileDescriptor file, SchemaDiagnostic diagnostic)
    {
        var text = file.Parsed.Text;
        var position = text.GetLinePosition(diagnostic.Span.Start);
        var lineStart = text.GetLineStart(position.Line);
        var column = 0;
        for (var i = lineStart; i < lineStart + position.Character; i++)
        {
            column = text.Text[i] == '\t' ? column + 8 - (column % 8) : column + 1;
        }

        return (position.Line + 1, column + 1);
    }

    private static (int ExitCode, List<ProtocMessage> Messages) RunProtoc(string fileName)
    {
        var start = new ProcessStartInfo(Protoc.Executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            WorkingDirectory = Root,
        };
        foreach (var argument in new[] { "-I.", "-I" + Protoc.IncludeDirectory, "--descriptor_set_out=" + (OperatingSystem.IsWindows() ? "NUL" : "/dev/null"), fileName })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var messages = new List<ProtocMessage>();
        foreach (var line in errors.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var match = ProtocLine().Match(line.TrimEnd('\r'));
            // protoc's second line for a duplicate enum value ("Note that enum values use C++ scoping rules") repeats the first.
            if (match.Success && !match.Groups["message"].Value.StartsWith("Note that enum values", StringComparison.Ordinal))
            {
                messages.Add(new ProtocMessage(
                    match.Groups["file"].Value,
                    match.Groups["line"].Success ? int.Parse(match.Groups["line"].Value) : 0,
                    match.Groups["column"].Success ? int.Parse(match.Groups["column"].Value) : 0,
                    match.Groups["warning"].Success,
                    match.Groups["message"].Value));
            }
        }

        return (process.ExitCode, messages);
    }

    [GeneratedRegex(@"^(?<file>[^:]+\.proto)(:(?<line>\d+):(?<column>\d+))?: (?<warning>warning: )?(?<message>.*)$")]
    private static partial Regex ProtocLine();

    private sealed record ProtocMessage(string File, int Line, int Column, bool IsWarning, string Message);
}
