using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Analyzers.Generators;

/// <summary>PG4020: a class marked <c>[ProtoGuard.InMemoryService]</c> (or a class containing it) is not partial.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PG4020InMemoryServiceNotPartial : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = DiagnosticDescriptors.Create(RuleCatalog.InMemoryServiceNotPartial);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        InMemoryServiceTarget.Register(context, static (symbolContext, target) =>
        {
            if (target.FirstNonPartial(symbolContext.CancellationToken) is { } notPartial)
            {
                var which = SymbolEqualityComparer.Default.Equals(notPartial, target.Type) ? "it" : $"its containing type '{notPartial.Name}'";
                symbolContext.ReportDiagnostic(Diagnostic.Create(Rule, target.Location, target.Type.Name, which));
            }
        });
    }
}
