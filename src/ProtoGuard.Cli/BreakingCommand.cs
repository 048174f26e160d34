using System.CommandLine;
using System.Text;
using ProtoGuard.Cli.Output;
using ProtoGuard.Rules.Breaking;
using ProtoGuard.Rules.Breaking.Baseline;
using ProtoGuard.Rules.Breaking.Model;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Cli;

/// <summary>
/// <c>protoguard breaking [-I roots] &lt;files|dirs&gt; --against &lt;dir | baseline .txt&gt; [--category C] [--format F]</c>:
/// the breaking-change rules (PG2001-PG2064, the same code as the analyzer) between the accepted schema and the
/// given files. Exit codes: 0 no breaking change, 1 breaking changes, 2 bad input.
/// <c>protoguard baseline write|check</c> writes the baseline file or checks that it is up to date.
/// </summary>
internal static class BreakingCommand
{
    public static Command CreateBreaking(TextWriter output, TextWriter error)
    {
        var paths = Paths();
        var importRoots = ImportRoots();
        var against = new Option<string>("--against") { Description = "The accepted schema: a directory of .proto files (its own import root), a baseline file (.txt), or a git ref (origin/main, a tag, a commit; 'git:REF' to be explicit): the same paths and import roots as they are at that ref", Required = true };
        var category = new Option<string>("--category") { Description = "FILE (default), PACKAGE, WIRE_JSON or WIRE", DefaultValueFactory = _ => BreakingCategory.Default };
        var format = new Option<string>("--format", "-f") { Description = "Output format: text, json or sarif", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var outputFile = new Option<FileInfo?>("--output", "-o") { Description = "Write the report to this file instead of standard output" };
        var command = new Command("breaking", "Report breaking changes of .proto files against a directory or a baseline (buf's breaking rules)")
        {
            paths, importRoots, against, category, format, outputFile,
        };
        command.SetAction(parseResult =>
        {
            if (BreakingCategory.Parse(parseResult.GetValue(category)) is not { } selected)
            {
                error.WriteLine($"protoguard: unknown category '{parseResult.GetValue(category)}'; use FILE, PACKAGE, WIRE_JSON or WIRE");
                return LintCommand.ExitUsage;
            }

            var newPaths = PathsOf(parseResult, paths);
            var newRoots = RootsOf(parseResult, importRoots);
            var oldSchema = LoadAgainst(parseResult.GetValue(against)!, newPaths, newRoots, error);
            var newSchema = oldSchema is null ? null : SchemaLoader.Load(newPaths, newRoots, error);
            if (oldSchema is null || newSchema is null)
            {
                return LintCommand.ExitUsage;
            }

            var findings = BreakingChecker.Check(oldSchema, newSchema, selected).ToList();
            // A buf.yaml above a file: its breaking section's ignores (paths, unstable packages); then ignore comments.
            var bufConfigs = new BufConfigDiscovery();
            var unusedIgnores = new List<Finding>();
            foreach (var file in newSchema.Files.Where(file => file.Text is not null && file.Node is not null))
            {
                var fromBuf = bufConfigs.GetOptions(Path.GetFullPath(file.Text!.Path));
                BufBreakingIgnores.Apply(findings, file.Text.Path, file.Package, new RuleOptions(key => fromBuf.TryGetValue(key, out var value) ? value : null));
                unusedIgnores.AddRange(IgnoreDirectives.ApplyToBreaking(file.Text, file.Node!, RuleOptions.Empty, findings));
            }

            var located = findings.Select(finding => finding.ToFinding() ?? new Finding(finding.Rule, SourceText.From(string.Empty, finding.Path), default, finding.MessageArguments)).Concat(unusedIgnores).ToArray();
            var report = parseResult.GetValue(format) switch
            {
                "json" => JsonReport.Write(located),
                "sarif" => SarifReport.Write(located),
                _ => Text(findings, unusedIgnores, selected),
            };
            if (parseResult.GetValue(outputFile) is { } target)
            {
                File.WriteAllText(target.FullName, report);
            }
            else
            {
                output.Write(report);
            }

            return findings.Count > 0 ? LintCommand.ExitFindings : LintCommand.ExitOk;
        });
        return command;
    }

    public static Command CreateBaseline(TextWriter output, TextWriter error)
    {
        var baselineOption = new Option<string>("--baseline", "-o") { Description = "The baseline file", DefaultValueFactory = _ => BaselineFormat.DefaultFileName };
        var writePaths = Paths();
        var writeRoots = ImportRoots();
        var write = new Command("write", "Write (or overwrite, atomically) the baseline file from the .proto files: accepts the current schema") { writePaths, writeRoots, baselineOption };
        write.SetAction(parseResult =>
        {
            if (SchemaLoader.Load(PathsOf(parseResult, writePaths), RootsOf(parseResult, writeRoots), error) is not { } schema)
            {
                return LintCommand.ExitUsage;
            }

            var target = parseResult.GetValue(baselineOption)!;
            SchemaLoader.WriteAtomically(target, BaselineWriter.Write(schema));
            output.WriteLine($"protoguard: wrote {target} ({schema.Files.Count} files)");
            return LintCommand.ExitOk;
        });

        var checkPaths = Paths();
        var checkRoots = ImportRoots();
        var check = new Command("check", "Exit 1 when the baseline file differs from the .proto files' schema (run 'baseline write' to accept)") { checkPaths, checkRoots, baselineOption };
        check.SetAction(parseResult =>
        {
            var target = parseResult.GetValue(baselineOption)!;
            if (!File.Exists(target))
            {
                error.WriteLine($"protoguard: baseline '{target}' does not exist; create it with 'protoguard baseline write'");
                return LintCommand.ExitFindings;
            }

            if (SchemaLoader.Load(PathsOf(parseResult, checkPaths), RootsOf(parseResult, checkRoots), error) is not { } schema)
            {
                return LintCommand.ExitUsage;
            }

            var expected = BaselineWriter.Write(schema).Split('\n');
            var actual = File.ReadAllText(target).ReplaceLineEndings("\n").Split('\n');
            var removed = actual.Except(expected, StringComparer.Ordinal).Where(line => line.Length > 0).ToArray();
            var added = expected.Except(actual, StringComparer.Ordinal).Where(line => line.Length > 0).ToArray();
            if (removed.Length == 0 && added.Length == 0)
            {
                output.WriteLine($"protoguard: {target} is up to date");
                return LintCommand.ExitOk;
            }

            foreach (var line in removed)
            {
                output.WriteLine("- " + line);
            }

            foreach (var line in added)
            {
                output.WriteLine("+ " + line);
            }

            output.WriteLine($"protoguard: {target} is out of date ({removed.Length} lines to remove, {added.Length} to add); run 'protoguard baseline write'");
            return LintCommand.ExitFindings;
        });
        return new Command("baseline", "Write or check the breaking-change baseline file") { write, check };
    }

    private const string GitPrefix = "git:";

    private static SchemaShape? LoadAgainst(string against, IReadOnlyList<string> paths, IReadOnlyList<string> importRoots, TextWriter error)
    {
        if (against.StartsWith(GitPrefix, StringComparison.Ordinal))
        {
            return LoadAtGitRef(against.Substring(GitPrefix.Length), paths, importRoots, error, explicitRef: true);
        }

        if (Directory.Exists(against))
        {
            return SchemaLoader.Load([against], [against], error);
        }

        if (!File.Exists(against))
        {
            return LoadAtGitRef(against, paths, importRoots, error, explicitRef: false);
        }

        if (!against.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        {
            error.WriteLine($"protoguard: --against '{against}': only directories and baseline files (.txt) are supported; descriptor sets (.binpb) are not yet");
            return null;
        }

        var read = BaselineReader.Read(File.ReadAllText(against));
        foreach (var problem in read.Errors)
        {
            error.WriteLine($"{against}({problem.Line},1): error PG2066: {problem.Message}");
        }

        return read.Schema;
    }

    /// <summary>The schema of the same paths and import roots as they are at a git ref (read with git, the working tree untouched).</summary>
    private static SchemaShape? LoadAtGitRef(string reference, IReadOnlyList<string> paths, IReadOnlyList<string> importRoots, TextWriter error, bool explicitRef)
    {
        string? problem = "'git:' needs a ref, as in 'git:origin/main'";
        using var git = reference.Length == 0 ? null : GitRefReader.Open(Directory.GetCurrentDirectory(), reference, out problem);
        if (git is null)
        {
            error.WriteLine(explicitRef
                ? $"protoguard: error PG2067: {problem}"
                : $"protoguard: --against '{reference}' is not a directory or a file, and not a readable git ref: error PG2067: {problem}");
            return null;
        }

        return SchemaLoader.LoadAtRef(paths, importRoots, git, error);
    }

    private static string Text(IReadOnlyList<BreakingFinding> findings, IReadOnlyList<Finding> unusedIgnores, string category)
    {
        var builder = new StringBuilder();
        foreach (var finding in findings)
        {
            builder.Append(finding).Append('\n');
        }

        foreach (var unused in unusedIgnores)
        {
            var start = unused.Text.GetLinePosition(unused.Span.Start);
            builder.Append($"{unused.Text.Path}({start.Line + 1},{start.Character + 1}): warning {unused.Rule.Id}: {unused.Message}\n");
        }

        builder.Append(findings.Count == 0
            ? $"No breaking changes ({category}).\n"
            : $"{findings.Count} breaking change{(findings.Count == 1 ? string.Empty : "s")} ({category}).\n");
        return builder.ToString();
    }

    private static Argument<string[]> Paths() => new("paths")
    {
        Description = ".proto files, or directories searched recursively for them (default: the current directory)",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private static Option<string[]> ImportRoots() => new("--proto_path", "-I")
    {
        Description = "An import root, as protoc's -I (repeatable; default: the current directory)",
        AllowMultipleArgumentsPerToken = false,
    };

    private static string[] PathsOf(ParseResult parseResult, Argument<string[]> paths) =>
        parseResult.GetValue(paths) is { Length: > 0 } given ? given : ["."];

    private static string[] RootsOf(ParseResult parseResult, Option<string[]> roots) =>
        parseResult.GetValue(roots) is { Length: > 0 } given ? given : ["."];
}
