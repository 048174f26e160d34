using System.CommandLine;
using ProtoGuard.Rules.Engine;

namespace ProtoGuard.Cli;

/// <summary>
/// <c>protoguard fix [paths...] [--dry-run]</c>: applies the text edits of every finding that has a fix (the same
/// fixes the IDE offers), file by file. With <c>--dry-run</c> nothing is written and the changes are printed as a
/// unified diff. Fixes whose edits overlap an earlier one are left for the next run. Exit codes: 0 done (or nothing to
/// fix), 1 with <c>--dry-run</c> when something would change, 2 bad input.
/// </summary>
internal static class FixCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = ".proto files, or directories searched recursively for them (default: the current directory)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the changes as a unified diff instead of writing them" };
        var ruleOptions = new Option<string[]>("--option")
        {
            Description = "A rule option or severity as KEY=VALUE (repeatable), as for lint",
            AllowMultipleArgumentsPerToken = false,
        };
        var importRoots = new Option<string[]>("--proto_path", "-I")
        {
            Description = "An import root, searched in order, as protoc's -I (repeatable; default: the current directory)",
            AllowMultipleArgumentsPerToken = false,
        };

        var command = new Command("fix", "Apply the fixes of the ProtoGuard rules to .proto files") { paths, dryRun, ruleOptions, importRoots };
        command.SetAction(parseResult =>
        {
            var commandLineOptions = LintCommand.ParseOptions(parseResult.GetValue(ruleOptions) ?? [], error);
            var result = commandLineOptions is null
                ? null
                : LintCommand.Analyze(parseResult.GetValue(paths) is { Length: > 0 } given ? given : ["."], parseResult.GetValue(importRoots) ?? [], commandLineOptions, error);
            if (result is null)
            {
                return LintCommand.ExitUsage;
            }

            var (files, findings) = result.Value;
            var changed = 0;
            var applied = 0;
            foreach (var file in files)
            {
                var fixes = findings.Where(f => f.Text.Path == file.DisplayPath && f.Fix is not null).OrderBy(f => f.Span.Start).ToArray();
                if (fixes.Length == 0)
                {
                    continue;
                }

                var original = fixes[0].Text.Text;
                var edits = new List<TextEdit>();
                foreach (var finding in fixes)
                {
                    var candidate = finding.Fix!.Edits;
                    if (candidate.Any(edit => edits.Any(taken => Overlaps(edit, taken))))
                    {
                        continue;
                    }

                    edits.AddRange(candidate);
                    applied++;
                }

                var updated = TextEdit.Apply(original, edits);
                if (updated == original)
                {
                    continue;
                }

                changed++;
                if (parseResult.GetValue(dryRun))
                {
                    output.Write(UnifiedDiff.Create(file.DisplayPath, original, updated));
                }
                else
                {
                    File.WriteAllText(file.FullPath, updated);
                }
            }

            error.WriteLine($"protoguard: {applied} fix(es) in {changed} file(s){(parseResult.GetValue(dryRun) ? " (dry run, nothing written)" : string.Empty)}");
            return parseResult.GetValue(dryRun) && changed > 0 ? LintCommand.ExitFindings : LintCommand.ExitOk;
        });
        return command;
    }

    private static bool Overlaps(TextEdit a, TextEdit b) =>
        (a.Span.Start < b.Span.End && b.Span.Start < a.Span.End) || a.Span.Start == b.Span.Start;
}
