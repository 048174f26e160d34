using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Analyzers.Generators;

/// <summary>PG4024: the values of <c>[ProtoGuard.InMemoryService(...)]</c> are invalid, so nothing is generated.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PG4024InMemoryServiceInvalidOptions : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = DiagnosticDescriptors.Create(RuleCatalog.InMemoryServiceInvalidOptions);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        InMemoryServiceTarget.Register(context, static (symbolContext, target) =>
        {
            if (target.OptionProblem() is { } problem)
            {
                symbolContext.ReportDiagnostic(Diagnostic.Create(Rule, target.Location, problem));
            }
        });
    }
}
