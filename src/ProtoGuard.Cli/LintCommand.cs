using System.CommandLine;
using System.Globalization;
using ProtoGuard.Cli.Output;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema;
using ProtoGuard.Schema.Linking;

namespace ProtoGuard.Cli;

/// <summary>
/// <c>protoguard lint [paths...]</c>: runs the same .proto rules as the analyzers (ProtoGuard.Rules) and writes the
/// findings in any report format. The files are read and parsed on every core, linked once with their imports (roots
/// from <c>-I</c>, as protoc), so link problems (PG0002-PG0012) are reported too, and then linted file by file on every
/// core. Severities and rule options come from the .editorconfig files above each file (as in the IDE and the build),
/// overridden by <c>--option</c>. Exit codes: 0 no finding at error severity, 1 findings at error severity (or any
/// warning with <c>--warnaserror</c>), 2 bad input (a path that does not exist, an unreadable file, a bad option).
/// </summary>
internal static class LintCommand
{
    public const int ExitOk = 0;
    public const int ExitFindings = 1;
    public const int ExitUsage = 2;

    /// <summary>Bytes allocated between two young collections while parsing, linking and linting (googleapis: ~1.38 GB peak -> ~1.07 GB).</summary>
    internal const long YoungGenerationBudget = 16_000_000;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var inputs = new InputOptions();
        var report = new ReportOptions();
        var ruleOptions = RuleOptionsOption();
        var warnAsError = WarnAsError.Create();
        var preset = new Option<string?>("--preset") { Description = "recommended (default), strict (every rule) or none (only configured rules)" };
        preset.AcceptOnlyFromAmong("recommended", "strict", "none");
        var noBufConfig = new Option<bool>("--no-buf-config") { Description = "Do not read the lint section of a buf.yaml above the files" };

        var command = new Command("lint", "Lint .proto files with the ProtoGuard rules (files are linked together, like protoc)")
        {
            ruleOptions, warnAsError, preset, noBufConfig,
        };
        inputs.AddTo(command);
        report.AddTo(command);
        command.SetAction(parseResult =>
        {
            var commandLineOptions = ParseOptions(parseResult.GetValue(ruleOptions) ?? [], error);
            if (commandLineOptions is null || inputs.Get(parseResult, error) is not { } selection)
            {
                return ExitUsage;
            }

            if (parseResult.GetValue(preset) is { } presetName)
            {
                commandLineOptions["protoguard.preset"] = presetName;
            }

            var result = Analyze(selection, commandLineOptions, error, useBufConfig: !parseResult.GetValue(noBufConfig));
            if (result is null)
            {
                return ExitUsage;
            }

            var (files, findings) = result.Value;
            if (!report.Write(parseResult, findings.Select(ReportItem.From).ToArray(), Summary(files.Count, findings), output, error))
            {
                return ExitUsage;
            }

            return ExitCode(findings.Select(finding => finding.Severity), parseResult.GetValue(warnAsError));
        });
        return command;
    }

    /// <summary>1 when a finding is an error, or a warning with <c>--warnaserror</c>; else 0.</summary>
    public static int ExitCode(IEnumerable<RuleSeverity> severities, bool warningsAreErrors)
    {
        var failOn = warningsAreErrors ? RuleSeverity.Warning : RuleSeverity.Error;
        return severities.Any(severity => severity >= failOn) ? ExitFindings : ExitOk;
    }

    public static Option<string[]> RuleOptionsOption() => new("--option")
    {
        Description = "A rule option or severity as KEY=VALUE, e.g. dotnet_diagnostic.PG1001.severity=error (repeatable)",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>
    /// Parses and links the selected .proto files and lints each with the options that apply to it
    /// (<paramref name="commandLineOptions"/> over its .editorconfig files, over a buf.yaml); null after a usage error.
    /// <c>protoguard fix</c> runs exactly this too.
    /// </summary>
    internal static (IReadOnlyList<ProtoFile> Files, List<Finding> Findings)? Analyze(InputSelection selection, IReadOnlyDictionary<string, string> commandLineOptions, TextWriter error, bool useBufConfig = true)
    {
        var files = selection.FindFiles(error);
        if (files is null)
        {
            return null;
        }

        using var progress = ProgressReporter.Start(error);
        // Everything parsed and linked stays alive until the report is written; capping the garbage made in between keeps
        // the peak near the live data (bench/README.md).
        var youngGenerationCap = new YoungGenerationCap(YoungGenerationBudget);
        var parsed = ProtoSources.ReadAndParse(files, progress, error, youngGenerationCap);
        if (parsed is null)
        {
            return null;
        }

        var roots = selection.ImportRoots.Select(Path.GetFullPath).ToArray();
        var importPaths = files.Select(file => ProtoSources.ImportPath(file.FullPath, roots) ?? file.DisplayPath).ToArray();

        var linking = progress.Phase("link", 0);
        var compilation = ProtoCompilation.Create(
            importPaths.Select((importPath, index) => new KeyValuePair<string, ParsedFile>(importPath, parsed[index]))
                .GroupBy(pair => pair.Key, StringComparer.Ordinal).Select(group => group.First()),
            importPath => ProtoSources.ReadImport(roots, importPath),
            Environment.ProcessorCount,
            youngGenerationCap.Check);
        linking.Complete();

        // Two files with one import path (under two roots): the first is linked, the other linted from its parse alone.
        var linked = new Schema.Descriptors.FileDescriptor?[files.Count];
        for (var i = 0; i < files.Count; i++)
        {
            var candidate = compilation.GetFile(importPaths[i]);
            linked[i] = candidate is not null && ReferenceEquals(candidate.Parsed, parsed[i]) ? candidate : null;
        }

        var scope = new LintScope(linked.Where(file => file is not null).Select(file => file!).ToArray());
        var options = OptionsPerFile(files, commandLineOptions, useBufConfig);

        var linting = progress.Phase("lint", files.Count);
        var perFile = new IReadOnlyList<Finding>[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, index =>
        {
            var file = linked[index];
            perFile[index] = ProtoLinter.Lint(parsed[index], options[index], file?.Diagnostics ?? parsed[index].Diagnostics, file, scope);
            linting.Advance();
            youngGenerationCap.Check();
        });
        linting.Complete();

        var findings = new List<Finding>(perFile.Sum(list => list.Count));
        foreach (var list in perFile)
        {
            findings.AddRange(list);
        }

        return (files, findings);
    }

    /// <summary>The options of each file: <c>--option</c> wins over .editorconfig, as a command line should, and both over a buf.yaml.</summary>
    private static RuleOptions[] OptionsPerFile(IReadOnlyList<ProtoFile> files, IReadOnlyDictionary<string, string> commandLineOptions, bool useBufConfig)
    {
        var editorConfigs = new EditorConfigDiscovery();
        var bufConfigs = useBufConfig ? new BufConfigDiscovery() : null;
        var options = new RuleOptions[files.Count];
        for (var i = 0; i < files.Count; i++)
        {
            var fileProperties = editorConfigs.GetProperties(files[i].FullPath);
            var fromBuf = bufConfigs?.GetOptions(files[i].FullPath) ?? new Dictionary<string, string>();
            options[i] = new RuleOptions(key =>
                commandLineOptions.TryGetValue(key, out var value) ? value
                : fileProperties.TryGetValue(key, out value) ? value
                : fromBuf.TryGetValue(key, out value) ? value
                : null);
        }

        return options;
    }

    private static string Summary(int fileCount, IReadOnlyList<Finding> findings)
    {
        var errors = findings.Count(f => f.Severity == RuleSeverity.Error);
        var warnings = findings.Count(f => f.Severity == RuleSeverity.Warning);
        return string.Create(CultureInfo.InvariantCulture, $"{fileCount} file(s) checked: {errors} error(s), {warnings} warning(s), {findings.Count - errors - warnings} other");
    }

    internal static Dictionary<string, string>? ParseOptions(string[] pairs, TextWriter error)
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
