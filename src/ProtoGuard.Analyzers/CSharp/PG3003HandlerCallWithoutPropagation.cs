using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Shared;
using ProtoGuard.Analyzers.CSharp.Semantics;

namespace ProtoGuard.Analyzers.CSharp;

/// <summary>
/// PG3003: a gRPC server handler makes an outgoing gRPC client call that propagates neither the handler's deadline
/// nor its cancellation token. Inside handlers this rule replaces PG3001 for such calls (PG3001 stays silent there).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PG3003HandlerCallWithoutPropagation : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: the name of the handler's <c>ServerCallContext</c> parameter.</summary>
    public const string ContextProperty = "Context";

    private static readonly DiagnosticDescriptor Rule = DiagnosticDescriptors.Create(RuleCatalog.HandlerCallWithoutPropagation);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static compilationContext =>
        {
            if (GrpcSymbols.TryCreate(compilationContext.Compilation) is not { } symbols || symbols.ServerCallContext is null)
            {
                return;
            }

            var registrations = CallContextPropagationRegistrations.TryCreate(compilationContext.Compilation);
            compilationContext.RegisterRuleOperationAction(operationContext => AnalyzeInvocation(operationContext, symbols, registrations), OperationKind.Invocation);
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, GrpcSymbols symbols, CallContextPropagationRegistrations? registrations)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (GrpcClientCall.TryCreate(invocation, symbols) is not { } call
            || ServerContextPropagation.FindHandlerNotPropagatedTo(call, symbols, registrations, context.CancellationToken) is not { } handler)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Rule,
            invocation.GetInvokedNameSyntax().GetLocation(),
            ImmutableDictionary<string, string?>.Empty.Add(ContextProperty, handler.Context.Name),
            call.Method.ContainingType.Name + "." + call.Method.Name,
            handler.Context.Name));
    }
}
