using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using ProtoGuard.Shared;

namespace ProtoGuard.Analyzers.CSharp.Semantics;

/// <summary>
/// Whether a gRPC call is already bounded in time by its cancellation token: the token of a
/// <c>CancellationTokenSource</c> created with a delay (<c>new CancellationTokenSource(TimeSpan.FromSeconds(5))</c>) or
/// given one with <c>CancelAfter(…)</c> in the same body, or a readonly field initialized with a delay (PG3001's <c>timeout_token_counts_as_deadline</c>).
/// </summary>
internal static class DeadlineCancellationToken
{
    private const int MaxLocalDepth = 3;

    public static bool IsBoundedByTimeoutToken(GrpcClientCall call, GrpcSymbols symbols)
    {
        if (symbols.CancellationTokenSource is null || FindToken(call, symbols) is not { } token)
        {
            return false;
        }

        IOperation body = call.Invocation;
        while (body.Parent is { } parent)
        {
            body = parent;
        }

        return IsTimeoutToken(token, body, symbols, MaxLocalDepth);
    }

    private static IOperation? FindToken(GrpcClientCall call, GrpcSymbols symbols)
    {
        var arguments = call.Invocation.Arguments;
        if (call.DeadlineParameter is not null)
        {
            return GrpcClientCall.FindArgument(arguments, call.Method.Parameters[call.Method.Parameters.Length - 1]) is { ArgumentKind: ArgumentKind.Explicit } token
                ? token.Value
                : null;
        }

        return call.OptionsParameter is { } optionsParameter && GrpcClientCall.FindArgument(arguments, optionsParameter) is { ArgumentKind: ArgumentKind.Explicit } options
            ? TokenInOptions(options.Value, symbols)
            : null;
    }

    private static IOperation? TokenInOptions(IOperation options, GrpcSymbols symbols) => options.WalkDownConversions() switch
    {
        IObjectCreationOperation creation when symbols.IsCallOptions(creation.Type) =>
            GrpcClientCall.FindArgument(creation.Arguments, "cancellationToken") is { ArgumentKind: ArgumentKind.Explicit } token ? token.Value : null,
        IInvocationOperation { TargetMethod.Name: "WithCancellationToken", Arguments.Length: 1 } invocation when symbols.IsCallOptions(invocation.TargetMethod.ContainingType) =>
            invocation.Arguments[0].Value,
        IInvocationOperation { Instance: { } receiver } invocation when symbols.IsCallOptions(invocation.TargetMethod.ContainingType) =>
            TokenInOptions(receiver, symbols),
        _ => null,
    };

    private static bool IsTimeoutToken(IOperation token, IOperation body, GrpcSymbols symbols, int depth)
    {
        var value = token.WalkDownConversions();
        if (value is ILocalReferenceOperation local && depth > 0)
        {
            foreach (var assigned in AssignedValues(local.Local, body))
            {
                if (IsTimeoutToken(assigned, body, symbols, depth - 1))
                {
                    return true;
                }
            }

            return false;
        }

        if (value is not IPropertyReferenceOperation { Property.Name: "Token", Instance: { } source }
            || !SymbolEqualityComparer.Default.Equals(source.Type, symbols.CancellationTokenSource)
            || ReferencedSymbol(source) is not { } sourceSymbol)
        {
            return false;
        }

        if (sourceSymbol is IFieldSymbol { IsReadOnly: true } field && IsFieldCreatedWithDelay(field))
        {
            return true;
        }

        foreach (var operation in body.Descendants())
        {
            switch (operation)
            {
                case IInvocationOperation { TargetMethod.Name: "CancelAfter", Instance: { } instance }
                    when SymbolEqualityComparer.Default.Equals(ReferencedSymbol(instance), sourceSymbol):
                    return true;
                case IVariableDeclaratorOperation { Initializer.Value: { } initializer } declarator
                    when SymbolEqualityComparer.Default.Equals(declarator.Symbol, sourceSymbol) && IsCreatedWithDelay(initializer, symbols):
                    return true;
                case ISimpleAssignmentOperation assignment
                    when SymbolEqualityComparer.Default.Equals(ReferencedSymbol(assignment.Target), sourceSymbol) && IsCreatedWithDelay(assignment.Value, symbols):
                    return true;
            }
        }

        return false;
    }

    /// <summary><c>new CancellationTokenSource(delay)</c>: the constructors that take a delay cancel after it.</summary>
    private static bool IsCreatedWithDelay(IOperation value, GrpcSymbols symbols) =>
        value.WalkDownConversions() is IObjectCreationOperation { Arguments.Length: > 0 } creation
        && SymbolEqualityComparer.Default.Equals(creation.Type, symbols.CancellationTokenSource);

    /// <summary>A readonly field initialized with <c>new CancellationTokenSource(delay)</c> (its type was checked by the caller).</summary>
    private static bool IsFieldCreatedWithDelay(IFieldSymbol field)
    {
        foreach (var reference in field.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: BaseObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: > 0 } })
            {
                return true;
            }
        }

        return false;
    }

    private static ISymbol? ReferencedSymbol(IOperation operation) => operation.WalkDownConversions() switch
    {
        ILocalReferenceOperation local => local.Local,
        IFieldReferenceOperation field => field.Field,
        _ => null,
    };

    private static System.Collections.Generic.IEnumerable<IOperation> AssignedValues(ILocalSymbol local, IOperation body)
    {
        foreach (var operation in body.Descendants())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation { Initializer.Value: { } initializer } declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                    yield return initializer;
                    break;
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when SymbolEqualityComparer.Default.Equals(target.Local, local):
                    yield return assignment.Value;
                    break;
            }
        }
    }
}
