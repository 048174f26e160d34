using System.CommandLine;
using ProtoGuard.Cli.Output;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema;
using ProtoGuard.Schema.Linking;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Cli;

/// <summary>
/// <c>protoguard lint [paths...]</c>: runs the same .proto rules as the analyzers (ProtoGuard.Rules) and writes the
/// findings as text, JSON or SARIF. The files are linked together with their imports (roots from <c>-I</c>, as
/// protoc), so link problems (PG0002-PG0012) are reported too. Severities and rule options come from the .editorconfig files above each
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
        var importRoots = new Option<string[]>("--proto_path", "-I")
        {
            Description = "An import root, searched in order, as protoc's -I (repeatable; default: the current directory)",
            AllowMultipleArgumentsPerToken = false,
        };

        var preset = new Option<string?>("--preset") { Description = "recommended (default), strict (every rule) or none (only configured rules)" };
        preset.AcceptOnlyFromAmong("recommended", "strict", "none");
        var noBufConfig = new Option<bool>("--no-buf-config") { Description = "Do not read the lint section of a buf.yaml above the files" };

        var command = new Command("lint", "Lint .proto files with the ProtoGuard rules (files are linked together, like protoc)")
        {
            paths, format, outputFile, ruleOptions, warnAsError, importRoots, preset, noBufConfig,
        };
        command.SetAction(parseResult =>
        {
            var commandLineOptions = ParseOptions(parseResult.GetValue(ruleOptions) ?? [], error);
            if (commandLineOptions is null)
            {
                return ExitUsage;
            }

            if (parseResult.GetValue(preset) is { } presetName)
            {
                commandLineOptions["protoguard.preset"] = presetName;
            }

            var result = Analyze(parseResult.GetValue(paths) is { Length: > 0 } given ? given : ["."], parseResult.GetValue(importRoots) ?? [], commandLineOptions, error, useBufConfig: !parseResult.GetValue(noBufConfig));
            if (result is null)
            {
                return ExitUsage;
            }

            var (files, findings) = result.Value;
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

    /// <summary>
    /// Parses and links the .proto files under <paramref name="paths"/> and lints each with the options that apply
    /// to it (<paramref name="commandLineOptions"/> over its .editorconfig files); null after a usage error.
    /// <c>protoguard fix</c> runs exactly this too.
    /// </summary>
    internal static (IReadOnlyList<ProtoFile> Files, List<Finding> Findings)? Analyze(string[] paths, string[] importRoots, IReadOnlyDictionary<string, string> commandLineOptions, TextWriter error, bool useBufConfig = true)
    {
        var files = ProtoFileDiscovery.Find(paths, error);
        if (files is null)
        {
            return null;
        }

        var imports = ImportResolver.FileSystem((importRoots.Length > 0 ? importRoots : ["."]).Select(Path.GetFullPath), RelativeToCurrentDirectory);
        var parsedFiles = new List<(ProtoFile File, string ImportPath, ParsedFile Parsed)>();
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
                return null;
            }

            parsedFiles.Add((file, imports.ImportPathOf(file.FullPath) ?? file.DisplayPath, ProtoParser.Parse(SourceText.From(text, file.DisplayPath))));
        }

        var compilation = ProtoCompilation.Create(
            parsedFiles.GroupBy(f => f.ImportPath, StringComparer.Ordinal).Select(g => new KeyValuePair<string, ParsedFile>(g.Key, g.First().Parsed)),
            imports.Resolve);

        var editorConfigs = new EditorConfigDiscovery();
        var bufConfigs = useBufConfig ? new BufConfigDiscovery() : null;
        var findings = new List<Finding>();
        var linkedFiles = parsedFiles
            .Select(f => compilation.GetFile(f.ImportPath))
            .Where((linked, index) => linked is not null && ReferenceEquals(linked.Parsed, parsedFiles[index].Parsed))
            .Select(linked => linked!)
            .ToArray();
        var scope = new LintScope(linkedFiles);
        foreach (var (file, importPath, parsed) in parsedFiles)
        {
            // --option wins over .editorconfig, as a command line should, and both over a buf.yaml.
            var fileProperties = editorConfigs.GetProperties(file.FullPath);
            var fromBuf = bufConfigs?.GetOptions(file.FullPath) ?? new Dictionary<string, string>();
            var options = new RuleOptions(key =>
                commandLineOptions.TryGetValue(key, out var value) ? value
                : fileProperties.TryGetValue(key, out value) ? value
                : fromBuf.TryGetValue(key, out value) ? value
                : null);
            var linked = compilation.GetFile(importPath);
            var isLinked = linked is not null && ReferenceEquals(linked.Parsed, parsed);
            findings.AddRange(ProtoLinter.Lint(parsed, options, isLinked ? linked!.Diagnostics : parsed.Diagnostics, isLinked ? linked : null, scope));
        }

        return (files, findings);
    }

    /// <summary>Names an imported file in diagnostics by its path relative to the current directory.</summary>
    internal static string RelativeToCurrentDirectory(string path, string importPath) =>
        Path.GetRelativePath(Directory.GetCurrentDirectory(), path).Replace('\\', '/');

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
