using System.CommandLine;
using ProtoGuard.Cli.Output;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Cli;

/// <summary>
/// <c>protoguard lint [paths...]</c>: runs the same .proto rules as the analyzers (ProtoGuard.Rules) and writes the
/// findings as text, JSON or SARIF. Severities and rule options come from the .editorconfig files above each
/// file (as in the IDE and the build), overridden by <c>--option</c>. Exit codes: 0 no finding at error severity, 1 findings at error severity
/// (or any warning with <c>--warnaserror</c>), 2 bad input (a path that does not exist, a bad option).
/// </summary>
internal static class LintCommand
{
    public const int ExitOk = 0;
    public const int ExitFindings = 1;
    public const int ExitUsage = 2;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = ".proto files, or directories searched recursively for them (default: the current directory)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text, json or sarif",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var outputFile = new Option<FileInfo?>("--output", "-o") { Description = "Write the report to this file instead of standard output" };
        var ruleOptions = new Option<string[]>("--option")
        {
            Description = "A rule option or severity as KEY=VALUE, e.g. dotnet_diagnostic.PG1001.severity=error (repeatable)",
            AllowMultipleArgumentsPerToken = false,
        };
        var warnAsError = new Option<bool>("--warnaserror") { Description = "Exit with 1 when there is any warning, not only errors" };

        var command = new Command("lint", "Lint .proto files with the ProtoGuard rules")
        {
            paths, format, outputFile, ruleOptions, warnAsError,
        };
        command.SetAction(parseResult =>
        {
            var commandLineOptions = ParseOptions(parseResult.GetValue(ruleOptions) ?? [], error);
            if (commandLineOptions is null)
            {
                return ExitUsage;
            }

            var files = ProtoFileDiscovery.Find(parseResult.GetValue(paths) is { Length: > 0 } given ? given : ["."], error);
            if (files is null)
            {
                return ExitUsage;
            }

            var editorConfigs = new EditorConfigDiscovery();
            var findings = new List<Finding>();
            foreach (var file in files)
            {
                string text;
                try
                {
                    text = File.ReadAllText(file.FullPath);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    error.WriteLine($"protoguard: cannot read '{file.DisplayPath}': {e.Message}");
                    return ExitUsage;
                }

                // --option wins over .editorconfig, as a command line should.
                var fileProperties = editorConfigs.GetProperties(file.FullPath);
                var options = new RuleOptions(key => commandLineOptions.TryGetValue(key, out var value) ? value : fileProperties.TryGetValue(key, out value) ? value : null);
                findings.AddRange(ProtoLinter.Lint(ProtoParser.Parse(SourceText.From(text, file.DisplayPath)), options));
            }

            var report = parseResult.GetValue(format) switch
            {
                "json" => JsonReport.Write(findings),
                "sarif" => SarifReport.Write(findings),
                _ => TextReport.Write(findings, files.Count),
            };
            if (parseResult.GetValue(outputFile) is { } target)
            {
                File.WriteAllText(target.FullName, report);
            }
            else
            {
                output.Write(report);
            }

            var failOn = parseResult.GetValue(warnAsError) ? RuleSeverity.Warning : RuleSeverity.Error;
            return findings.Any(f => f.Severity >= failOn) ? ExitFindings : ExitOk;
        });
        return command;
    }

    private static Dictionary<string, string>? ParseOptions(string[] pairs, TextWriter error)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in pairs)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                error.WriteLine($"protoguard: --option '{pair}' is not KEY=VALUE");
                return null;
            }

            values[pair[..equals].Trim()] = pair[(equals + 1)..].Trim();
        }

        return values;
    }
}
