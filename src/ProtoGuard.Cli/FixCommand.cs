using System.CommandLine;
using ProtoGuard.Cli.Output;
using ProtoGuard.Rules.Engine;

namespace ProtoGuard.Cli;

/// <summary>
/// <c>protoguard fix [paths...] [--dry-run]</c>: applies the text edits of every finding that has a fix (the same
/// fixes the IDE offers), file by file. With <c>--dry-run</c> nothing is written and the changes are printed as a
/// unified diff. Fixes whose edits overlap an earlier one are left for the next run. Exit codes: 0 done (or nothing to
/// fix), 1 with <c>--dry-run</c> when something would change, 2 bad input (nothing is written then).
/// With <c>--format</c> (or <c>--output</c>) the findings whose fixes were applied (or would be, with
/// <c>--dry-run</c>) are reported in that format instead of the diff; SARIF carries each fix's replacements.
/// </summary>
internal static class FixCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var inputs = new InputOptions();
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the changes as a unified diff instead of writing them" };
        var ruleOptions = LintCommand.RuleOptionsOption();
        var report = new ReportOptions();

        var command = new Command("fix", "Apply the fixes of the ProtoGuard rules to .proto files") { dryRun, ruleOptions };
        inputs.AddTo(command);
        report.AddTo(command);
        command.SetAction(parseResult =>
        {
            var commandLineOptions = LintCommand.ParseOptions(parseResult.GetValue(ruleOptions) ?? [], error);
            var selection = commandLineOptions is null ? null : inputs.Get(parseResult, error);
            var result = selection is null ? null : LintCommand.Analyze(selection, commandLineOptions!, error);
            if (result is null)
            {
                return LintCommand.ExitUsage;
            }

            var (files, findings) = result.Value;
            var changes = new List<(ProtoFile File, string Original, string Updated)>();
            var applied = new List<Finding>();
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
                    applied.Add(finding);
                }

                var updated = TextEdit.Apply(original, edits);
                if (updated != original)
                {
                    changes.Add((file, original, updated));
                }
            }

            var isDryRun = parseResult.GetValue(dryRun);
            var asReport = report.IsRequested(parseResult);
            foreach (var (file, original, updated) in changes)
            {
                if (isDryRun && !asReport)
                {
                    output.Write(UnifiedDiff.Create(file.DisplayPath, original, updated));
                }
                else if (!isDryRun)
                {
                    try
                    {
                        File.WriteAllText(file.FullPath, updated);
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    {
                        error.WriteLine($"protoguard: cannot write '{file.DisplayPath}': {e.Message}");
                        return LintCommand.ExitUsage;
                    }
                }
            }

            var summary = $"{applied.Count} fix(es) in {changes.Count} file(s){(isDryRun ? " (dry run, nothing written)" : string.Empty)}";
            if (asReport && !report.Write(parseResult, applied.Select(ReportItem.From).ToArray(), summary, output, error))
            {
                return LintCommand.ExitUsage;
            }

            error.WriteLine($"protoguard: {summary}");
            return isDryRun && changes.Count > 0 ? LintCommand.ExitFindings : LintCommand.ExitOk;
        });
        return command;
    }

    private static bool Overlaps(TextEdit a, TextEdit b) =>
        (a.Span.Start < b.Span.End && b.Span.Start < a.Span.End) || a.Span.Start == b.Span.Start;
}
