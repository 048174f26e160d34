using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Shared;
using ProtoGuard.Analyzers.CSharp.Semantics;

namespace ProtoGuard.Analyzers.CSharp;

/// <summary>PG3014: <c>mask.Merge(source, destination)</c>, the <c>FieldMask.Merge</c> overload without <c>MergeOptions</c>.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PG3014FieldMaskMergeWithoutOptions : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = DiagnosticDescriptors.Create(RuleCatalog.FieldMaskMergeWithoutOptions);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static compilationContext =>
        {
            if (GrpcSymbols.TryCreate(compilationContext.Compilation) is not { FieldMask: not null } symbols)
            {
                return;
            }

            compilationContext.RegisterRuleOperationAction(context => AnalyzeInvocation(context, symbols), OperationKind.Invocation);
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, GrpcSymbols symbols)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (method is { Name: "Merge", IsStatic: false, Parameters.Length: 2 }
            && SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.FieldMask))
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, invocation.GetInvokedNameSyntax().GetLocation(), "FieldMask.Merge"));
        }
    }
}
