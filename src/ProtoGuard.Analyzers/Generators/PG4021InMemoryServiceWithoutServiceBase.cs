using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Shared;

namespace ProtoGuard.Analyzers.Generators;

/// <summary>PG4021: a class marked <c>[ProtoGuard.InMemoryService]</c> does not derive directly from a Grpc.Tools service base.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PG4021InMemoryServiceWithoutServiceBase : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = DiagnosticDescriptors.Create(RuleCatalog.InMemoryServiceWithoutServiceBase);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        InMemoryServiceTarget.Register(context, static (symbolContext, target) =>
        {
            if (InMemoryServiceRecognizer.FindServiceBase(target.Type, symbolContext.Compilation) is null)
            {
                symbolContext.ReportDiagnostic(Diagnostic.Create(Rule, target.Location, target.Type.Name));
            }
        });
    }
}
