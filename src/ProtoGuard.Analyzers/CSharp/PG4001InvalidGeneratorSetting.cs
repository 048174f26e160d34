using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Shared;

namespace ProtoGuard.Analyzers.CSharp;

/// <summary>
/// PG4001: the MSBuild property <c>ProtoGuardFieldMaskHelpers</c> (no location: a project setting), or the metadata of
/// that name on a <c>Protobuf</c> item (at the start of its .proto file), is not <c>all</c>, <c>auto</c> or <c>none</c>
/// (trimmed, any case; empty means unset), so the generator uses <c>auto</c>; or the property
/// <c>ProtoGuardPagedMethods</c> is not <c>all</c>, <c>used</c> or <c>none</c>, so the paging generator uses <c>all</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PG4001InvalidGeneratorSetting : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = DiagnosticDescriptors.Create(RuleCatalog.InvalidGeneratorSetting);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationAction(static compilationContext =>
        {
            if (compilationContext.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(FieldMaskHelpersOption.PropertyKey, out var value) && !FieldMaskHelpersOption.IsKnown(value))
            {
                compilationContext.ReportDiagnostic(Diagnostic.Create(Rule, Location.None, FieldMaskHelpersOption.PropertyName, value.Trim(), FieldMaskHelpersOption.KnownValues, "auto"));
            }

            if (compilationContext.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(PagedMethodsOption.PropertyKey, out var paged) && !PagedMethodsOption.IsKnown(paged))
            {
                compilationContext.ReportDiagnostic(Diagnostic.Create(Rule, Location.None, PagedMethodsOption.PropertyName, paged.Trim(), PagedMethodsOption.KnownValues, "all"));
            }
        });
        context.RegisterAdditionalFileAction(static fileContext =>
        {
            var file = fileContext.AdditionalFile;
            if (file.Path.EndsWith(".proto", StringComparison.OrdinalIgnoreCase)
                && fileContext.Options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(FieldMaskHelpersOption.ItemKey, out var value)
                && !FieldMaskHelpersOption.IsKnown(value))
            {
                fileContext.ReportDiagnostic(Diagnostic.Create(
                    Rule,
                    Location.Create(file.Path, default, new LinePositionSpan(default, default)),
                    FieldMaskHelpersOption.PropertyName + " of " + System.IO.Path.GetFileName(file.Path),
                    value.Trim(),
                    FieldMaskHelpersOption.KnownValues,
                    "auto"));
            }
        });
    }
}
