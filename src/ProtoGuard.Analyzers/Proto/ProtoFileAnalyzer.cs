using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Configuration;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema;
using RoslynText = Microsoft.CodeAnalysis.Text;

namespace ProtoGuard.Analyzers.Proto;

/// <summary>
/// Runs the .proto rules (PG0xxx parse and link problems, PG1xxx lint) over every .proto AdditionalFiles item; the
/// package's targets make each Grpc.Tools <c>Protobuf</c> item one. The project's .proto files are parsed once and
/// linked together per compilation (<see cref="ProtoProject"/>). The rules themselves live in ProtoGuard.Rules.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ProtoFileAnalyzer : DiagnosticAnalyzer
{
    private static readonly ImmutableDictionary<string, DiagnosticDescriptor> DescriptorsById = RuleCatalog.All
        .Where(rule => IsProtoRule(rule.Id) || IsBreakingRule(rule.Id))
        .ToImmutableDictionary(rule => rule.Id, DiagnosticDescriptors.Create, StringComparer.Ordinal);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        DescriptorsById.Values.OrderBy(descriptor => descriptor.Id, StringComparer.Ordinal).ToImmutableArray();

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var editorConfigs = ReadEditorConfigs(start.Options.AdditionalFiles, start.CancellationToken);
            var project = new Lazy<ProtoProject>(
                () => ProtoProject.Create(start.Options.AdditionalFiles, start.Options.AnalyzerConfigOptionsProvider, start.CancellationToken),
                System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
            var additionalFiles = start.Options.AdditionalFiles;
            var globalOptions = start.Options.AnalyzerConfigOptionsProvider.GlobalOptions;
            var breaking = new Lazy<BreakingAnalysis>(
                () => BreakingAnalysis.Create(additionalFiles, globalOptions, project.Value, start.CancellationToken),
                System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
            var firstProtoFile = additionalFiles.Select(file => file.Path).Where(IsProtoFile).OrderBy(path => path, StringComparer.Ordinal).FirstOrDefault();
            start.RegisterAdditionalFileAction(file =>
            {
                AnalyzeProtoFile(file, editorConfigs, project);
                AnalyzeBreakingChanges(file, editorConfigs, breaking, firstProtoFile);
            });
        });
    }

    /// <summary>
    /// The compiler does not apply <c>dotnet_diagnostic.ID.severity</c> from .editorconfig sections to diagnostics
    /// in additional files, and hides those keys from analyzers. The package's targets therefore pass the
    /// .editorconfig files above each .proto as additional files, and the severities are resolved here.
    /// </summary>
    internal static EditorConfigSet ReadEditorConfigs(ImmutableArray<AdditionalText> additionalFiles, System.Threading.CancellationToken cancellationToken)
    {
        var files = new List<EditorConfigFile>();
        foreach (var file in additionalFiles)
        {
            if (IsEditorConfig(file.Path) && file.GetText(cancellationToken) is { } text)
            {
                files.Add(EditorConfigFile.Parse(file.Path, text.ToString()));
            }
        }

        return files.Count == 0 ? EditorConfigSet.Empty : new EditorConfigSet(files);
    }

    private static bool IsEditorConfig(string path) =>
        path.EndsWith("/.editorconfig", StringComparison.Ordinal) || path.EndsWith("\\.editorconfig", StringComparison.Ordinal) || path == ".editorconfig";

    /// <summary>PG0xxx and PG1xxx are about .proto files; PG2xxx (breaking changes) need a baseline and run elsewhere.</summary>
    internal static bool IsProtoRule(string id) => id.StartsWith("PG0", StringComparison.Ordinal) || id.StartsWith("PG1", StringComparison.Ordinal);

    /// <summary>PG2xxx: breaking changes against the baseline, reported by this analyzer too (it links the files once).</summary>
    internal static bool IsBreakingRule(string id) => id.StartsWith("PG2", StringComparison.Ordinal);

    internal static bool IsProtoFile(string path) => path.EndsWith(".proto", StringComparison.OrdinalIgnoreCase);

    private static void AnalyzeProtoFile(AdditionalFileAnalysisContext context, EditorConfigSet editorConfigs, Lazy<ProtoProject> project)
    {
        var path = context.AdditionalFile.Path;
        if (!IsProtoFile(path)
            || context.AdditionalFile.GetText(context.CancellationToken) is not { } text
            || project.Value.Get(path) is not { } file)
        {
            return;
        }

        var findings = Lint(file.Parsed, file.Diagnostics, context.Options.AnalyzerConfigOptionsProvider.GetOptions(context.AdditionalFile), editorConfigs);
        foreach (var finding in findings)
        {
            if (!DescriptorsById.TryGetValue(finding.Rule.Id, out var descriptor))
            {
                continue;
            }

            var span = ClampToText(finding.Span, text.Length);
            var location = Location.Create(path, span, text.Lines.GetLinePositionSpan(span));
            context.ReportDiagnostic(Diagnostic.Create(
                descriptor,
                location,
                DiagnosticDescriptors.ToRoslyn(finding.Severity),
                additionalLocations: null,
                properties: null,
                finding.MessageArguments.ToArray()));
        }
    }

    /// <summary>
    /// Reports the breaking changes located in <paramref name="context"/>'s file: in a .proto file, the findings at its
    /// elements; in the baseline file, its malformed lines and the changes that have no place in a .proto file (a
    /// deleted file or package, shown at the baseline's line for it). With no baseline, one Info on the project.
    /// </summary>
    private static void AnalyzeBreakingChanges(AdditionalFileAnalysisContext context, EditorConfigSet editorConfigs, Lazy<BreakingAnalysis> lazyAnalysis, string? firstProtoFile)
    {
        var path = context.AdditionalFile.Path;
        var isProto = IsProtoFile(path);
        if (!isProto && !path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var analysis = lazyAnalysis.Value;
        if (analysis.Baseline is null)
        {
            if (analysis.IsConfigured && path == firstProtoFile && DescriptorsById.TryGetValue(Rules.Catalog.RuleIdentifiers.BaselineMissing, out var missing))
            {
                context.ReportDiagnostic(Diagnostic.Create(missing, Location.None, analysis.BaselinePath));
            }

            return;
        }

        var options = new RuleOptions(key => editorConfigs.IsEmpty ? null : editorConfigs.GetProperties(path).TryGetValue(key, out var value) ? value : null);
        if (isProto)
        {
            if (context.AdditionalFile.GetText(context.CancellationToken) is not { } text)
            {
                return;
            }

            foreach (var finding in analysis.Findings.Where(finding => finding.Text?.Path == path))
            {
                if (DescriptorsById.TryGetValue(finding.Rule.Id, out var descriptor) && options.GetSeverity(finding.Rule) is { } severity)
                {
                    var span = ClampToText(finding.Span, text.Length);
                    context.ReportDiagnostic(Diagnostic.Create(descriptor, Location.Create(path, span, text.Lines.GetLinePositionSpan(span)), DiagnosticDescriptors.ToRoslyn(severity), null, null, finding.MessageArguments.ToArray()));
                }
            }

            return;
        }

        if (path != analysis.Baseline.Path || analysis.Baseline.GetText(context.CancellationToken) is not { } baselineText)
        {
            return;
        }

        Location AtLine(int line)
        {
            var index = Math.Min(Math.Max(line - 1, 0), baselineText.Lines.Count - 1);
            var span = baselineText.Lines[index].Span;
            return Location.Create(path, span, baselineText.Lines.GetLinePositionSpan(span));
        }

        if (DescriptorsById.TryGetValue(Rules.Catalog.RuleIdentifiers.BaselineInvalid, out var invalid))
        {
            foreach (var error in analysis.BaselineErrors)
            {
                context.ReportDiagnostic(Diagnostic.Create(invalid, AtLine(error.Line), $"line {error.Line}: {error.Message}"));
            }
        }

        foreach (var finding in analysis.Findings.Where(finding => finding.Text is null))
        {
            if (DescriptorsById.TryGetValue(finding.Rule.Id, out var descriptor) && options.GetSeverity(finding.Rule) is { } severity)
            {
                var line = baselineText.Lines.FirstOrDefault(l => l.ToString().StartsWith(finding.Path + " " + Rules.Breaking.Baseline.BaselineFormat.File + " ", StringComparison.Ordinal));
                var location = line.Span.Length > 0 ? Location.Create(path, line.Span, baselineText.Lines.GetLinePositionSpan(line.Span)) : Location.None;
                context.ReportDiagnostic(Diagnostic.Create(descriptor, location, DiagnosticDescriptors.ToRoslyn(severity), null, null, finding.MessageArguments.ToArray()));
            }
        }
    }

    /// <summary>
    /// Lints one parsed .proto file, reporting <paramref name="diagnostics"/> (its parse and link problems; null: its
    /// parse problems), with the options that apply to it: severities from the .editorconfig files above it (see
    /// <see cref="ReadEditorConfigs"/>), every other key from its analyzer config. The code fixes call this too, so a
    /// fix is computed from exactly the finding the IDE shows.
    /// </summary>
    internal static IReadOnlyList<Finding> Lint(ParsedFile parsed, IReadOnlyList<SchemaDiagnostic>? diagnostics, AnalyzerConfigOptions config, EditorConfigSet editorConfigs)
    {
        var severities = editorConfigs.IsEmpty ? null : editorConfigs.GetProperties(parsed.Text.Path);
        var options = new RuleOptions(key =>
            severities is not null && IsSeverityKey(key)
                ? (severities.TryGetValue(key, out var severity) ? severity : null)
                : (config.TryGetValue(key, out var value) ? value : null));
        return ProtoLinter.Lint(parsed, options, diagnostics);
    }

    private static bool IsSeverityKey(string key) =>
        key.StartsWith("dotnet_diagnostic.", StringComparison.Ordinal) && key.EndsWith(".severity", StringComparison.Ordinal);

    private static RoslynText.TextSpan ClampToText(Schema.Text.TextSpan span, int length)
    {
        var start = Math.Min(Math.Max(span.Start, 0), length);
        var end = Math.Min(Math.Max(span.End, start), length);
        return RoslynText.TextSpan.FromBounds(start, end);
    }
}
