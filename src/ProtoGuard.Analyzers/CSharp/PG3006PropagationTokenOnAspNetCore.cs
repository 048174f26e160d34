using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Shared;
using ProtoGuard.Analyzers.CSharp.Semantics;

namespace ProtoGuard.Analyzers.CSharp;

/// <summary>
/// PG3006: <c>ServerCallContext.CreatePropagationToken()</c> in a project that references Grpc.AspNetCore.Server, whose
/// <c>ServerCallContext</c> throws NotImplementedException from it. Projects on the Grpc.Core server are not reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PG3006PropagationTokenOnAspNetCore : DiagnosticAnalyzer
{
    private const string MethodName = "CreatePropagationToken";

    private static readonly DiagnosticDescriptor Rule = DiagnosticDescriptors.Create(RuleCatalog.PropagationTokenOnAspNetCore);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static compilationContext =>
        {
            if (GrpcSymbols.TryCreate(compilationContext.Compilation) is not { } symbols
                || symbols.ServerCallContext is null
                || symbols.AspNetCoreGrpcServiceOptions is null)
            {
                return;
            }

            compilationContext.RegisterRuleOperationAction(operationContext => AnalyzeInvocation(operationContext, symbols), OperationKind.Invocation);
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, GrpcSymbols symbols)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.TargetMethod.Name != MethodName
            || !symbols.IsServerCallContext(invocation.TargetMethod.ContainingType)
            || invocation.Instance is not { } receiver)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Rule,
            invocation.GetInvokedNameSyntax().GetLocation(),
            DescribeReceiver(invocation, receiver)));
    }

    /// <summary>The receiver as written: <c>context</c>, <c>this.context</c>, or <c>current</c> in <c>current?.CreatePropagationToken()</c>.</summary>
    private static string DescribeReceiver(IInvocationOperation invocation, IOperation receiver)
    {
        if (receiver is IConditionalAccessInstanceOperation)
        {
            for (var parent = invocation.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent is IConditionalAccessOperation conditionalAccess)
                {
                    receiver = conditionalAccess.Operation;
                    break;
                }
            }
        }

        return receiver.IsImplicit ? "this" : receiver.Syntax.ToString();
    }
}
