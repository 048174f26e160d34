using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ProtoGuard.Analyzers.CSharp.Semantics;

/// <summary>
/// How every C# rule registers its operation actions: through <see cref="RegisterRuleOperationAction"/>, which skips
/// operations inside expression trees (<see cref="ExpressionTrees"/>), so no rule has to remember to.
/// </summary>
internal static class CSharpRuleRegistration
{
    public static void RegisterRuleOperationAction(this CompilationStartAnalysisContext context, Action<OperationAnalysisContext> action, params OperationKind[] operationKinds) =>
        context.RegisterOperationAction(
            operationContext =>
            {
                if (!operationContext.Operation.IsInExpressionTree())
                {
                    action(operationContext);
                }
            },
            operationKinds);
}
