using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Shared;

namespace ProtoGuard.Analyzers.Generators;

/// <summary>
/// PG4023 (Info): for each RPC the in-memory generator leaves alone, why (shape not recognized, no key field, written in
/// the partial class), at the attribute. Nothing is reported when nothing is generated (PG4020, PG4021, PG4024 say why).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PG4023InMemoryMethodNotGenerated : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = DiagnosticDescriptors.Create(RuleCatalog.InMemoryMethodNotGenerated);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        InMemoryServiceTarget.Register(context, static (symbolContext, target) =>
        {
            if (target.FirstNonPartial(symbolContext.CancellationToken) is not null
                || target.OptionProblem() is not null
                || InMemoryServiceRecognizer.FindServiceBase(target.Type, symbolContext.Compilation) is not { } serviceBase)
            {
                return;
            }

            var shape = InMemoryServiceRecognizer.Recognize(
                target.Type, serviceBase, symbolContext.Compilation, InMemoryServiceTarget.FieldMaskHelpersAvailable(symbolContext));
            foreach (var method in shape.Skipped)
            {
                symbolContext.ReportDiagnostic(Diagnostic.Create(Rule, target.Location, method.Name, method.Reason));
            }
        });
    }
}
