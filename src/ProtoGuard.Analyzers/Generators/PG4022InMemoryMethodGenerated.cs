using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Shared;

namespace ProtoGuard.Analyzers.Generators;

/// <summary>
/// PG4022 (Info): for each RPC the in-memory generator implements, which standard method, resource and key, at the
/// attribute. Nothing is reported when nothing is generated (PG4020, PG4021, PG4024 say why).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PG4022InMemoryMethodGenerated : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = DiagnosticDescriptors.Create(RuleCatalog.InMemoryMethodGenerated);

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
            foreach (var method in shape.Methods)
            {
                symbolContext.ReportDiagnostic(Diagnostic.Create(
                    Rule, target.Location, method.Name, method.Kind.ToString(), method.Resource.SimpleName, method.Resource.KeyProtoName));
            }
        });
    }
}
