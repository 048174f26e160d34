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
        .Where(rule => IsProtoRule(rule.Id))
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
            var project = new Lazy<ProtoProject>(
                () => ProtoProject.Create(start.Options.AdditionalFiles, start.Options.AnalyzerConfigOptionsProvider, start.CancellationToken),
                System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
            start.RegisterAdditionalFileAction(file => AnalyzeProtoFile(file, editorConfigs, baseline, project));
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

    private static void AnalyzeProtoFile(AdditionalFileAnalysisContext context, EditorConfigSet editorConfigs, SuppressionBaseline baseline, Lazy<ProtoProject> project)
    {
        var path = context.AdditionalFile.Path;
        if (!IsProtoFile(path)
            || context.AdditionalFile.GetText(context.CancellationToken) is not { } text
            || project.Value.Get(path) is not { } file)
        {
            return;
        }

        var findings = Lint(file.Parsed, file.Diagnostics, context.Options.AnalyzerConfigOptionsProvider.GetOptions(context.AdditionalFile), editorConfigs, file.Linked, project.Value.Scope);
        foreach (var finding in findings)
        {
            if (!DescriptorsById.TryGetValue(finding.Rule.Id, out var descriptor) || baseline.IsSuppressed(finding.Rule.Id, path))
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
    /// Lints one parsed .proto file, reporting <paramref name="diagnostics"/> (its parse and link problems; null: its
    /// parse problems), with the options that apply to it: severities from the .editorconfig files above it (see
    /// <see cref="ReadEditorConfigs"/>), every other key from its analyzer config. The code fixes call this too, so a
    /// fix is computed from exactly the finding the IDE shows.
    /// </summary>
    internal static IReadOnlyList<Finding> Lint(ParsedFile parsed, IReadOnlyList<SchemaDiagnostic>? diagnostics, AnalyzerConfigOptions config, EditorConfigSet editorConfigs, Schema.Descriptors.FileDescriptor? linked = null, LintScope? scope = null)
    {
        var severities = editorConfigs.IsEmpty ? null : editorConfigs.GetProperties(parsed.Text.Path);
        var options = new RuleOptions(key =>
            severities is not null && IsSeverityKey(key)
                ? (severities.TryGetValue(key, out var severity) ? severity : null)
                : (config.TryGetValue(key, out var value) ? value : null));
        return ProtoLinter.Lint(parsed, options, diagnostics ?? parsed.Diagnostics, linked, scope);
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
