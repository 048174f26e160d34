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
/// Runs the .proto rules (<see cref="RuleLanguage.Proto"/>: parse and link problems, lint, and the breaking-change
/// rules against the baseline) over every .proto AdditionalFiles item; the
/// package's targets make each Grpc.Tools <c>Protobuf</c> item one. The project's .proto files are parsed once and
/// linked together per compilation (<see cref="ProtoProject"/>). The rules themselves live in ProtoGuard.Rules.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ProtoFileAnalyzer : DiagnosticAnalyzer
{
    private static readonly ImmutableDictionary<string, DiagnosticDescriptor> DescriptorsById = RuleCatalog.All
        .Where(rule => rule.Language == RuleLanguage.Proto)
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
            var baseline = ReadSuppressionBaseline(start.Options.AdditionalFiles, start.Options.AnalyzerConfigOptionsProvider, start.CancellationToken);
            var bufConfigs = ReadBufConfigs(start.Options.AdditionalFiles, start.Options.AnalyzerConfigOptionsProvider.GlobalOptions, start.CancellationToken);
            var project = new Lazy<ProtoProject>(
                () => ProtoProject.Create(start.Options.AdditionalFiles, start.Options.AnalyzerConfigOptionsProvider, start.CancellationToken),
                System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
            var additionalFiles = start.Options.AdditionalFiles;
            var globalOptions = start.Options.AnalyzerConfigOptionsProvider.GlobalOptions;
            var breaking = new Lazy<BreakingAnalysis>(
                () => BreakingAnalysis.Create(additionalFiles, globalOptions, project.Value, start.CancellationToken),
                System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
            // The project's own .proto files (not import-only ones, nor shared ones another project reports).
            var firstProtoFile = new Lazy<string?>(() => project.Value.Paths.OrderBy(path => path, StringComparer.Ordinal).FirstOrDefault());
            start.RegisterAdditionalFileAction(file =>
            {
                AnalyzeProtoFile(file, editorConfigs, bufConfigs, baseline, project);
                AnalyzeBreakingChanges(file, editorConfigs, bufConfigs, breaking, project, firstProtoFile);
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

    /// <summary>The buf.yaml files the package's targets pass (those above the .proto files), unless the project opts out.</summary>
    internal static BufConfigSet ReadBufConfigs(ImmutableArray<AdditionalText> additionalFiles, AnalyzerConfigOptions globalOptions, System.Threading.CancellationToken cancellationToken)
    {
        if (globalOptions.TryGetValue("build_property.ProtoGuardUseBufConfig", out var use) && string.Equals(use.Trim(), "false", StringComparison.OrdinalIgnoreCase))
        {
            return BufConfigSet.Empty;
        }

        var configs = new List<BufConfig>();
        foreach (var file in additionalFiles)
        {
            if ((file.Path.EndsWith("/buf.yaml", StringComparison.Ordinal) || file.Path.EndsWith("\\buf.yaml", StringComparison.Ordinal))
                && file.GetText(cancellationToken) is { } text
                && BufConfig.Parse(file.Path, text.ToString()) is { } config)
            {
                configs.Add(config);
            }
        }

        return configs.Count == 0 ? BufConfigSet.Empty : new BufConfigSet(configs);
    }

    private static bool IsEditorConfig(string path) =>
        path.EndsWith("/.editorconfig", StringComparison.Ordinal) || path.EndsWith("\\.editorconfig", StringComparison.Ordinal) || path == ".editorconfig";

    internal static bool IsProtoFile(string path) => path.EndsWith(".proto", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The suppression baseline (the additional file the targets mark <c>ProtoGuardSuppressions = true</c>). The
    /// targets turn it into a global config for C# findings; findings in .proto files are filtered here, because the
    /// compiler applies no path-specific severity to diagnostics in additional files.
    /// </summary>
    internal static SuppressionBaseline ReadSuppressionBaseline(ImmutableArray<AdditionalText> additionalFiles, AnalyzerConfigOptionsProvider optionsProvider, System.Threading.CancellationToken cancellationToken)
    {
        var baseline = SuppressionBaseline.Empty;
        foreach (var file in additionalFiles)
        {
            if (!IsProtoFile(file.Path)
                && optionsProvider.GetOptions(file).TryGetValue("build_metadata.AdditionalFiles.ProtoGuardSuppressions", out var marked)
                && string.Equals(marked.Trim(), "true", StringComparison.OrdinalIgnoreCase)
                && file.GetText(cancellationToken) is { } text)
            {
                baseline = baseline.With(file.Path, text.ToString());
            }
        }

        return baseline;
    }

    private static void AnalyzeProtoFile(AdditionalFileAnalysisContext context, EditorConfigSet editorConfigs, BufConfigSet bufConfigs, SuppressionBaseline baseline, Lazy<ProtoProject> project)
    {
        var path = context.AdditionalFile.Path;
        if (!IsProtoFile(path)
            || context.AdditionalFile.GetText(context.CancellationToken) is not { } text
            || project.Value.Get(path) is not { } file)
        {
            return;
        }

        var findings = Lint(file.Parsed, file.Diagnostics, context.Options.AnalyzerConfigOptionsProvider.GetOptions(context.AdditionalFile), editorConfigs, file.Linked, project.Value.Scope, bufConfigs, context.Compilation.Options);
        foreach (var finding in findings)
        {
            if (!DescriptorsById.TryGetValue(finding.Rule.Id, out var descriptor) || baseline.IsSuppressed(finding.Rule.Id, path))
            {
                continue;
            }

            var span = ClampToText(finding.Span, text.Length);
            var location = Location.Create(path, span, text.Lines.GetLinePositionSpan(span));
            if (!descriptor.IsEnabledByDefault)
            {
                context.ReportDiagnostic(CreateOptIn(descriptor, finding, location));
                continue;
            }

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
    private static void AnalyzeBreakingChanges(AdditionalFileAnalysisContext context, EditorConfigSet editorConfigs, BufConfigSet bufConfigs, Lazy<BreakingAnalysis> lazyAnalysis, Lazy<ProtoProject> project, Lazy<string?> firstProtoFile)
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
            if (analysis.IsConfigured && path == firstProtoFile.Value && DescriptorsById.TryGetValue(Rules.Catalog.RuleIdentifiers.BaselineMissing, out var missing))
            {
                context.ReportDiagnostic(Diagnostic.Create(missing, Location.None, analysis.BaselinePath));
            }

            return;
        }

        var options = new RuleOptions(key => editorConfigs.IsEmpty ? null : editorConfigs.GetProperties(path).TryGetValue(key, out var value) ? value : null);
        if (isProto)
        {
            if (project.Value.Get(path) is not { } protoFile || context.AdditionalFile.GetText(context.CancellationToken) is not { } text)
            {
                return;
            }

            // A buf.yaml's breaking ignores (paths, unstable packages), then protoguard:ignore PG2xxx comments on the
            // changed element; unused ones are reported only once the schemas were compared.
            var located = analysis.Findings.Where(finding => finding.Text?.Path == path).ToList();
            var fromBuf = bufConfigs.OptionsFor(path);
            Rules.Breaking.BufBreakingIgnores.Apply(located, path, protoFile.Parsed.Root.Package?.Name.Text ?? string.Empty, new RuleOptions(key => fromBuf.TryGetValue(key, out var value) ? value : null));
            var unusedIgnores = IgnoreDirectives.ApplyToBreaking(protoFile.Parsed.Text, protoFile.Parsed.Root, options, located);
            foreach (var finding in located)
            {
                if (DescriptorsById.TryGetValue(finding.Rule.Id, out var descriptor) && options.GetSeverity(finding.Rule) is { } severity)
                {
                    var span = ClampToText(finding.Span, text.Length);
                    context.ReportDiagnostic(Diagnostic.Create(descriptor, Location.Create(path, span, text.Lines.GetLinePositionSpan(span)), DiagnosticDescriptors.ToRoslyn(severity), null, null, finding.MessageArguments.ToArray()));
                }
            }

            foreach (var unused in analysis.IsCompared ? unusedIgnores : Array.Empty<Finding>())
            {
                if (DescriptorsById.TryGetValue(unused.Rule.Id, out var descriptor))
                {
                    var span = ClampToText(unused.Span, text.Length);
                    context.ReportDiagnostic(Diagnostic.Create(descriptor, Location.Create(path, span, text.Lines.GetLinePositionSpan(span)), DiagnosticDescriptors.ToRoslyn(unused.Severity), null, null, unused.MessageArguments.ToArray()));
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
    /// fix is computed from exactly the finding the IDE shows. A rule that <paramref name="compilationOptions"/>
    /// suppress (see <see cref="IsSuppressedByCompilation"/>) is off.
    /// </summary>
    internal static IReadOnlyList<Finding> Lint(ParsedFile parsed, IReadOnlyList<SchemaDiagnostic>? diagnostics, AnalyzerConfigOptions config, EditorConfigSet editorConfigs, Schema.Descriptors.FileDescriptor? linked = null, LintScope? scope = null, BufConfigSet? bufConfigs = null, CompilationOptions? compilationOptions = null)
    {
        var severities = editorConfigs.IsEmpty ? null : editorConfigs.GetProperties(parsed.Text.Path);
        var fromBuf = bufConfigs is null || bufConfigs.IsEmpty ? null : bufConfigs.OptionsFor(parsed.Text.Path);
        var options = new RuleOptions(key =>
            (IsSeverityKey(key) && IsSuppressedByCompilation(compilationOptions, key) ? "none" : null)
            ?? (severities is not null && IsSeverityKey(key)
                ? (severities.TryGetValue(key, out var severity) ? severity : null)
                : (config.TryGetValue(key, out var value) ? value : null))
            ?? (fromBuf is not null && fromBuf.TryGetValue(key, out var bufValue) ? bufValue : null));
        return ProtoLinter.Lint(parsed, options, diagnostics ?? parsed.Diagnostics, linked, scope);
    }

    /// <summary>
    /// Whether the compiler drops every diagnostic of the rule whatever ProtoGuard reports: <c>NoWarn</c>, or
    /// <c>none</c> in a global config (the two settings it applies to diagnostics in additional files). Such a rule is
    /// off for the linter too, so that a rule deferring to it (PG0013 to PG1015, see
    /// <see cref="RuleDescriptor.SupersededBy"/>) reports instead of vanishing with it.
    /// </summary>
    private static bool IsSuppressedByCompilation(CompilationOptions? options, string severityKey)
    {
        if (options is null)
        {
            return false;
        }

        var id = severityKey.Substring(SeverityKeyPrefix.Length, severityKey.Length - SeverityKeyPrefix.Length - SeverityKeySuffix.Length);
        return (options.SpecificDiagnosticOptions.TryGetValue(id, out var specific) && specific == ReportDiagnostic.Suppress)
            || (options.SyntaxTreeOptionsProvider is { } provider
                && provider.TryGetGlobalDiagnosticValue(id, System.Threading.CancellationToken.None, out var global)
                && global == ReportDiagnostic.Suppress);
    }

    /// <summary>
    /// A finding of a rule that is off by default and was turned on for this file in a <c>[*.proto]</c> section. The
    /// compiler drops diagnostics whose descriptor is disabled by default unless a global option enables them, and it
    /// never sees .proto sections; ProtoGuard already decided that the rule is on here, so the diagnostic says so.
    /// </summary>
    private static Diagnostic CreateOptIn(DiagnosticDescriptor descriptor, Finding finding, Location location)
    {
        var severity = DiagnosticDescriptors.ToRoslyn(finding.Severity);
        return Diagnostic.Create(
            descriptor.Id,
            descriptor.Category,
            finding.Message,
            severity,
            descriptor.DefaultSeverity,
            isEnabledByDefault: true,
            warningLevel: severity == DiagnosticSeverity.Error ? 0 : 1,
            title: descriptor.Title,
            description: descriptor.Description,
            helpLink: descriptor.HelpLinkUri,
            location: location);
    }

    private const string SeverityKeyPrefix = "dotnet_diagnostic.";
    private const string SeverityKeySuffix = ".severity";

    private static bool IsSeverityKey(string key) =>
        key.Length > SeverityKeyPrefix.Length + SeverityKeySuffix.Length
        && key.StartsWith(SeverityKeyPrefix, StringComparison.Ordinal) && key.EndsWith(SeverityKeySuffix, StringComparison.Ordinal);

    private static RoslynText.TextSpan ClampToText(Schema.Text.TextSpan span, int length)
    {
        var start = Math.Min(Math.Max(span.Start, 0), length);
        var end = Math.Min(Math.Max(span.End, start), length);
        return RoslynText.TextSpan.FromBounds(start, end);
    }
}
