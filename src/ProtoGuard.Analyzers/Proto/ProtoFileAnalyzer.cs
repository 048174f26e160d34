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
/// Runs the .proto rules (PG0xxx parse problems, PG1xxx lint) over every .proto AdditionalFiles item; the
/// package's targets make each Grpc.Tools <c>Protobuf</c> item one. The rules themselves live in ProtoGuard.Rules.
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
            start.RegisterAdditionalFileAction(file => AnalyzeProtoFile(file, editorConfigs));
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

    private static void AnalyzeProtoFile(AdditionalFileAnalysisContext context, EditorConfigSet editorConfigs)
    {
        var path = context.AdditionalFile.Path;
        if (!path.EndsWith(".proto", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var text = context.AdditionalFile.GetText(context.CancellationToken);
        if (text is null)
        {
            return;
        }

        var findings = Lint(path, text, context.Options.AnalyzerConfigOptionsProvider.GetOptions(context.AdditionalFile), editorConfigs);
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
    /// Parses and lints one .proto file with the options that apply to it: severities from the .editorconfig files
    /// above it (see <see cref="ReadEditorConfigs"/>), every other key from its analyzer config. The code fixes call
    /// this too, so a fix is computed from exactly the finding the IDE shows.
    /// </summary>
    internal static IReadOnlyList<Finding> Lint(string path, RoslynText.SourceText text, AnalyzerConfigOptions config, EditorConfigSet editorConfigs)
    {
        var parsed = ProtoParser.Parse(Schema.Text.SourceText.From(text.ToString(), path));
        var severities = editorConfigs.IsEmpty ? null : editorConfigs.GetProperties(path);
        var options = new RuleOptions(key =>
            severities is not null && IsSeverityKey(key)
                ? (severities.TryGetValue(key, out var severity) ? severity : null)
                : (config.TryGetValue(key, out var value) ? value : null));
        return ProtoLinter.Lint(parsed, options);
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
