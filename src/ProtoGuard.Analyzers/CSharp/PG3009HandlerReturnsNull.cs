using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Shared;
using ProtoGuard.Analyzers.CSharp.Semantics;

namespace ProtoGuard.Analyzers.CSharp;

/// <summary>
/// PG3009: a unary or client-streaming handler returns a null response: <c>return null;</c> / <c>return default;</c> in
/// an async handler, <c>Task.FromResult&lt;T&gt;(null!)</c> (or a null task) in a non-async one, or a null branch of
/// <c>?:</c> / <c>??</c> in either. Returns inside lambdas and local functions are not the handler's and are skipped.
/// The diagnostic is on the null value; its additional location is what the fix replaces with a throw.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PG3009HandlerReturnsNull : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: the response type's name, for the status message the fix writes.</summary>
    public const string ResponseProperty = "Response";

    /// <summary>Diagnostic property: <see cref="ReplaceStatement"/> or <see cref="ReplaceExpression"/>.</summary>
    public const string ReplaceProperty = "Replace";

    /// <summary>The additional location is a <c>return</c> statement: replace it with a <c>throw</c> statement.</summary>
    public const string ReplaceStatement = "Statement";

    /// <summary>The additional location is an expression (a branch, an expression body): replace it with a <c>throw</c> expression.</summary>
    public const string ReplaceExpression = "Expression";

    private static readonly DiagnosticDescriptor Rule = DiagnosticDescriptors.Create(RuleCatalog.HandlerReturnsNull);

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

            compilationContext.RegisterRuleOperationAction(operationContext => AnalyzeReturn(operationContext, symbols), OperationKind.Return);
        });
    }

    private static void AnalyzeReturn(OperationAnalysisContext context, GrpcSymbols symbols)
    {
        var returnOperation = (IReturnOperation)context.Operation;
        if (returnOperation.ReturnedValue is not { } value
            || IsInNestedFunction(returnOperation)
            || GrpcServerHandler.FindEnclosing(returnOperation, symbols, out _) is not { ResponseType: { IsReferenceType: true } responseType } handler)
        {
            return;
        }

        if (!handler.Method.IsAsync)
        {
            if (value.WalkDownConversions() is IInvocationOperation { TargetMethod.Name: "FromResult", Arguments.Length: 1 } fromResult
                && SymbolEqualityComparer.Default.Equals(fromResult.TargetMethod.ContainingType, symbols.Task))
            {
                value = fromResult.Arguments[0].Value;
            }
            else if (!value.IsNullOrDefaultOfNullable())
            {
                return;
            }
        }

        foreach (var nullValue in FindNullResults(value))
        {
            var nullSyntax = WithSuppressions(nullValue.Syntax);
            var replaced = nullValue == value ? ReturnedSyntax(returnOperation) : nullSyntax;
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(ResponseProperty, responseType.Name)
                .Add(ReplaceProperty, replaced is ReturnStatementSyntax ? ReplaceStatement : ReplaceExpression);
            context.ReportDiagnostic(Diagnostic.Create(
                Rule,
                nullSyntax.GetLocation(),
                new[] { replaced.GetLocation() },
                properties,
                handler.Method.Name,
                responseType.Name));
        }
    }

    /// <summary>The value itself when it is null, else the null branches of <c>?:</c> and the null right side of <c>??</c>.</summary>
    private static ImmutableArray<IOperation> FindNullResults(IOperation value)
    {
        var unwrapped = value.WalkDownConversions();
        if (value.IsNullOrDefaultOfNullable())
        {
            return ImmutableArray.Create(value);
        }

        return unwrapped switch
        {
            IConditionalOperation { WhenFalse: { } whenFalse } conditional => FindNullResults(conditional.WhenTrue).AddRange(FindNullResults(whenFalse)),
            ICoalesceOperation coalesce => FindNullResults(coalesce.WhenNull),
            _ => ImmutableArray<IOperation>.Empty,
        };
    }

    /// <summary><c>null!</c> and <c>(null)</c> as written: the operation's syntax is the inner <c>null</c>.</summary>
    private static SyntaxNode WithSuppressions(SyntaxNode syntax)
    {
        while (syntax.Parent is PostfixUnaryExpressionSyntax or ParenthesizedExpressionSyntax
            && (syntax.Parent is not PostfixUnaryExpressionSyntax postfix || postfix.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.SuppressNullableWarningExpression)))
        {
            syntax = syntax.Parent;
        }

        return syntax;
    }

    /// <summary>The <c>return</c> statement, or the expression of an expression body (whose return is implicit).</summary>
    private static SyntaxNode ReturnedSyntax(IReturnOperation returnOperation) =>
        returnOperation.Syntax is ReturnStatementSyntax statement ? statement : WithSuppressions(returnOperation.ReturnedValue!.Syntax);

    private static bool IsInNestedFunction(IOperation operation)
    {
        for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return true;
            }
        }

        return false;
    }
}
