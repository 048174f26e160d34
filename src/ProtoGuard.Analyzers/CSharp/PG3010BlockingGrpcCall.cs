using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Shared;
using ProtoGuard.Analyzers.CSharp.Semantics;

namespace ProtoGuard.Analyzers.CSharp;

/// <summary>
/// PG3010: a thread blocked on a gRPC call. Reported: <c>.Result</c>, <c>.Wait()</c> and
/// <c>.GetAwaiter().GetResult()</c> on the <c>ResponseAsync</c> / <c>ResponseHeadersAsync</c> task of a call (also after
/// <c>.ConfigureAwait(…)</c>), or
/// <c>.GetAwaiter().GetResult()</c> on an <c>AsyncUnaryCall</c> / <c>AsyncClientStreamingCall</c> itself (anywhere);
/// and the synchronous generated unary method (the overload returning the response message) called inside an
/// <c>async</c> method, local function or lambda when the client has the matching <c>…Async</c> overload.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PG3010BlockingGrpcCall : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: which blocking shape was found (one of the <c>Kind…</c> constants).</summary>
    public const string KindProperty = "Kind";

    public const string KindResult = "Result";

    public const string KindWait = "Wait";

    public const string KindGetResult = "GetResult";

    public const string KindSynchronousMethod = "SynchronousMethod";

    /// <summary>Diagnostic property of <see cref="KindSynchronousMethod"/>: the name of the asynchronous overload.</summary>
    public const string AsyncMethodProperty = "AsyncMethod";

    private static readonly DiagnosticDescriptor Rule = DiagnosticDescriptors.Create(RuleCatalog.BlockingGrpcCall);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static compilationContext =>
        {
            if (GrpcSymbols.TryCreate(compilationContext.Compilation) is not { } symbols)
            {
                return;
            }

            compilationContext.RegisterRuleOperationAction(context => AnalyzeResult(context, symbols), OperationKind.PropertyReference);
            compilationContext.RegisterRuleOperationAction(context => AnalyzeInvocation(context, symbols), OperationKind.Invocation);
        });
    }

    /// <summary>
    /// Whether <paramref name="syntax"/> runs directly in an <c>async</c> method, local function or lambda (where an
    /// <c>await</c> can replace the blocking wait), and not inside a <c>lock</c> (where it cannot).
    /// </summary>
    public static bool IsInAsyncFunction(SyntaxNode syntax)
    {
        foreach (var ancestor in syntax.Ancestors())
        {
            switch (ancestor)
            {
                case LockStatementSyntax:
                    return false;
                case AnonymousFunctionExpressionSyntax function:
                    return function.AsyncKeyword.IsKind(SyntaxKind.AsyncKeyword);
                case LocalFunctionStatementSyntax function:
                    return function.Modifiers.Any(SyntaxKind.AsyncKeyword);
                case MethodDeclarationSyntax method:
                    return method.Modifiers.Any(SyntaxKind.AsyncKeyword);
                case MemberDeclarationSyntax or AccessorDeclarationSyntax or QueryClauseSyntax or SelectOrGroupClauseSyntax:
                    return false;
            }
        }

        return false;
    }

    private static void AnalyzeResult(OperationAnalysisContext context, GrpcSymbols symbols)
    {
        var reference = (IPropertyReferenceOperation)context.Operation;
        if (reference.Property is { Name: "Result", IsStatic: false } property
            && SymbolEqualityComparer.Default.Equals(property.ContainingType.OriginalDefinition, symbols.TaskOfT)
            && reference.Instance is { } task
            && IsCallTask(task, symbols))
        {
            Report(context, reference.Syntax, ".Result", task, KindResult);
        }
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, GrpcSymbols symbols)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        switch (method.Name)
        {
            case "Wait" when invocation.Instance is { } task
                && GrpcSymbols.InheritsFromOrEquals(method.ContainingType, symbols.Task)
                && IsCallTask(task, symbols):
                Report(context, invocation.Syntax, ".Wait()", task, KindWait);
                return;

            case "GetResult" when invocation.Instance?.WalkDownConversions() is IInvocationOperation { TargetMethod.Name: "GetAwaiter", Instance: { } awaited }
                && (IsCallTask(awaited, symbols) || IsAwaitableCall(awaited.Type, symbols) || IsConfiguredCallTask(awaited, symbols)):
                Report(context, invocation.Syntax, ".GetAwaiter().GetResult()", awaited, KindGetResult);
                return;
        }

        if (symbols.IsStreamingCall(method.ReturnType)
            || SymbolEqualityComparer.Default.Equals(method.ReturnType.OriginalDefinition, symbols.AsyncUnaryCall)
            || GrpcClientCall.TryCreate(invocation, symbols) is not { } call
            || FindAsyncOverload(method, symbols) is not { } asyncMethod
            || !IsInAsyncFunction(invocation.Syntax))
        {
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(KindProperty, KindSynchronousMethod)
            .Add(AsyncMethodProperty, asyncMethod.Name);
        context.ReportDiagnostic(Diagnostic.Create(
            Rule,
            invocation.GetInvokedNameSyntax().GetLocation(),
            properties,
            call.Method.ContainingType.Name + "." + call.Method.Name,
            asyncMethod.ContainingType.Name + "." + asyncMethod.Name));
    }

    private static void Report(OperationAnalysisContext context, SyntaxNode blocking, string member, IOperation awaited, string kind)
    {
        context.ReportDiagnostic(Diagnostic.Create(
            Rule,
            blocking.GetLocation(),
            ImmutableDictionary<string, string?>.Empty.Add(KindProperty, kind),
            member,
            awaited.Syntax.ToString()));
    }

    /// <summary>Whether the value is the <c>ResponseAsync</c> or <c>ResponseHeadersAsync</c> task of a gRPC call.</summary>
    private static bool IsCallTask(IOperation task, GrpcSymbols symbols) =>
        task.WalkDownConversions() is IPropertyReferenceOperation { Property.Name: "ResponseAsync" or "ResponseHeadersAsync", Instance.Type: { } callType }
        && (symbols.IsStreamingCall(callType) || SymbolEqualityComparer.Default.Equals(callType.OriginalDefinition, symbols.AsyncUnaryCall));

    /// <summary><c>call.ResponseAsync.ConfigureAwait(…)</c>.</summary>
    private static bool IsConfiguredCallTask(IOperation value, GrpcSymbols symbols) =>
        value is IInvocationOperation { TargetMethod.Name: "ConfigureAwait", Instance: { } task } && IsCallTask(task, symbols);

    /// <summary>The call types that are awaitable themselves (they have <c>GetAwaiter()</c>).</summary>
    private static bool IsAwaitableCall(ITypeSymbol? type, GrpcSymbols symbols) =>
        type is not null
        && (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, symbols.AsyncUnaryCall)
            || SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, symbols.AsyncClientStreamingCall));

    /// <summary>The <c>XxxAsync</c> method of the client with the same parameters that returns <c>AsyncUnaryCall&lt;TResponse&gt;</c>.</summary>
    private static IMethodSymbol? FindAsyncOverload(IMethodSymbol method, GrpcSymbols symbols)
    {
        for (var type = method.ContainingType; type is not null; type = type.BaseType)
        {
            foreach (var member in type.GetMembers(method.Name + "Async"))
            {
                if (member is IMethodSymbol candidate
                    && !candidate.IsStatic
                    && candidate.ReturnType is INamedTypeSymbol { TypeArguments.Length: 1 } returnType
                    && SymbolEqualityComparer.Default.Equals(returnType.OriginalDefinition, symbols.AsyncUnaryCall)
                    && SymbolEqualityComparer.Default.Equals(returnType.TypeArguments[0], method.ReturnType)
                    && HaveSameParameterTypes(candidate, method))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static bool HaveSameParameterTypes(IMethodSymbol first, IMethodSymbol second)
    {
        if (first.Parameters.Length != second.Parameters.Length)
        {
            return false;
        }

        for (var i = 0; i < first.Parameters.Length; i++)
        {
            if (!SymbolEqualityComparer.Default.Equals(first.Parameters[i].Type, second.Parameters[i].Type))
            {
                return false;
            }
        }

        return true;
    }
}
