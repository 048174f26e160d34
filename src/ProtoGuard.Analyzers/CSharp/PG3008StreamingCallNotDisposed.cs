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
/// PG3008: the result of a generated streaming client method (server, client or duplex streaming) stored in a local
/// that is not <c>using</c>-declared and is only ever used through its members (<c>ResponseStream</c>,
/// <c>RequestStream</c>, <c>ResponseAsync</c>, <c>GetStatus()</c>…) or awaited: nothing disposes it. A local that is
/// disposed, returned, passed to a method, stored, captured by a conditional access or converted anywhere counts as
/// handled: the rule does not follow it further.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PG3008StreamingCallNotDisposed : DiagnosticAnalyzer
{
    /// <summary>
    /// Diagnostic property present when the call or one of its streams outlives the statements that use it here (captured
    /// by a lambda or local function, handed to a method that is not awaited on the spot, stored): <c>using var</c> would
    /// dispose it under that code, so the fix is not offered.
    /// </summary>
    public const string EscapesProperty = "Escapes";

    private static readonly DiagnosticDescriptor Rule = DiagnosticDescriptors.Create(RuleCatalog.StreamingCallNotDisposed);

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

            compilationContext.RegisterRuleOperationAction(context => AnalyzeDeclarator(context, symbols), OperationKind.VariableDeclarator);
        });
    }

    private static void AnalyzeDeclarator(OperationAnalysisContext context, GrpcSymbols symbols)
    {
        var declarator = (IVariableDeclaratorOperation)context.Operation;
        if (declarator.Initializer?.Value.WalkDownConversions() is not IInvocationOperation invocation
            || !symbols.IsStreamingCall(invocation.TargetMethod.ReturnType)
            || GrpcClientCall.TryCreate(invocation, symbols) is not { } call
            || declarator.Syntax is not VariableDeclaratorSyntax syntax
            || declarator.Symbol.RefKind != RefKind.None
            || declarator.Parent is not IVariableDeclarationOperation { Parent: IVariableDeclarationGroupOperation group }
            || group.Parent is IUsingDeclarationOperation or IUsingOperation
            || Classify(declarator) is not { HandedOver: false } use)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Rule,
            syntax.Identifier.GetLocation(),
            use.Escapes ? ImmutableDictionary<string, string?>.Empty.Add(EscapesProperty, "true") : ImmutableDictionary<string, string?>.Empty,
            declarator.Symbol.Name,
            call.Method.ContainingType.Name + "." + call.Method.Name));
    }

    /// <summary>
    /// HandedOver: some reference to the declared local is something other than a member use or an await. Escapes: the
    /// call or a stream of it is used by code that may run after the method returns.
    /// </summary>
    private static (bool HandedOver, bool Escapes) Classify(IVariableDeclaratorOperation declarator)
    {
        IOperation top = declarator;
        while (top.Parent is { } parent)
        {
            top = parent;
        }

        var declaringFunction = EnclosingFunction(declarator);
        var escapes = false;
        foreach (var descendant in top.Descendants())
        {
            if (descendant is ILocalReferenceOperation reference
                && SymbolEqualityComparer.Default.Equals(reference.Local, declarator.Symbol))
            {
                if (!IsMemberUseOrAwait(reference))
                {
                    return (true, false);
                }

                escapes = escapes
                    || EnclosingFunction(reference) != declaringFunction
                    || (reference.Parent is IPropertyReferenceOperation member && ValueEscapes(member));
            }
        }

        return (false, escapes);
    }

    /// <summary>The innermost lambda or local function around <paramref name="operation"/>, or null for the member body itself.</summary>
    private static IOperation? EnclosingFunction(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return current;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a value read from the call (<c>call.ResponseStream</c>, <c>call.ResponseAsync</c>…) leaves the statement
    /// that reads it: anything but an await, a member use, <c>await foreach</c> over it (also through
    /// <c>ReadAllAsync()</c>/<c>WithCancellation(…)</c>), or an argument of a call awaited on the spot.
    /// </summary>
    private static bool ValueEscapes(IOperation value)
    {
        while (value.Parent is IConversionOperation or IParenthesizedOperation)
        {
            value = value.Parent;
        }

        switch (value.Parent)
        {
            case IAwaitOperation:
            case IPropertyReferenceOperation property when property.Instance == value:
            case IForEachLoopOperation loop when loop.Collection == value:
                return false;
            case IInvocationOperation invocation when invocation.Instance == value:
                return invocation.TargetMethod.ReturnsVoid ? false : ValueEscapes(invocation);
            case IArgumentOperation { Parent: IInvocationOperation invocation } argument:
                return invocation.TargetMethod.IsExtensionMethod && argument.Parameter?.Ordinal == 0
                    ? ValueEscapes(invocation)
                    : !IsAwaitedOnTheSpot(invocation);
            default:
                return true;
        }
    }

    private static bool IsAwaitedOnTheSpot(IOperation invocation)
    {
        var value = invocation;
        while (value.Parent is IConversionOperation or IParenthesizedOperation)
        {
            value = value.Parent;
        }

        return value.Parent is IAwaitOperation;
    }

    /// <summary>
    /// Whether the reference only reads the call (<c>call.ResponseStream</c>, <c>call.GetStatus()</c>, <c>await call</c>).
    /// <c>call.Dispose()</c> and every other use (argument, return, assignment, <c>call?.…</c>, conversion) hand the
    /// call's lifetime to code the rule does not see.
    /// </summary>
    private static bool IsMemberUseOrAwait(ILocalReferenceOperation reference) => reference.Parent switch
    {
        IPropertyReferenceOperation property => property.Instance == reference,
        IInvocationOperation invocation => invocation.Instance == reference && invocation.TargetMethod.Name != "Dispose",
        IAwaitOperation => true,
        _ => false,
    };
}
