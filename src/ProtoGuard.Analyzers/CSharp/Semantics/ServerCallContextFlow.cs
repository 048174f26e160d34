using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ProtoGuard.Shared;

namespace ProtoGuard.Analyzers.CSharp.Semantics;

/// <summary>
/// Answers "does this value come from the handler's <c>ServerCallContext</c>?" inside one handler body: a value is
/// derived from the context when it mentions a <c>ServerCallContext</c> (<c>context.Deadline</c>,
/// <c>context.CancellationToken</c>, <c>context.CreatePropagationToken()</c>,
/// <c>CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken)</c>, …) or reads a local that is
/// assigned such a value anywhere in the handler (<c>cts.Token</c> of a linked source, a copied token).
/// </summary>
internal sealed class ServerCallContextFlow
{
    /// <summary>How many locals are followed back from a value.</summary>
    private const int MaxLocalDepth = 8;

    private readonly IOperation _body;
    private readonly GrpcSymbols _symbols;
    private readonly Lazy<Dictionary<ILocalSymbol, List<IOperation>>> _assignments;

    public ServerCallContextFlow(IOperation body, GrpcSymbols symbols)
    {
        this._body = body;
        this._symbols = symbols;
        _assignments = new Lazy<Dictionary<ILocalSymbol, List<IOperation>>>(CollectAssignments, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public bool IsDerivedFromContext(IOperation value) => IsDerived(value, MaxLocalDepth);

    /// <summary>Whether <paramref name="scope"/> (a loop, a statement) reads a cancellation token or source that comes from the context.</summary>
    public bool ObservesContextCancellation(IOperation scope)
    {
        foreach (var operation in scope.DescendantsAndSelf())
        {
            if (operation.Type is { } type
                && (_symbols.IsCancellationToken(type) || SymbolEqualityComparer.Default.Equals(type, _symbols.CancellationTokenSource))
                && operation is IPropertyReferenceOperation or ILocalReferenceOperation or IInvocationOperation
                && IsDerived(operation, MaxLocalDepth))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsDerived(IOperation value, int depth)
    {
        if (depth == 0)
        {
            return false;
        }

        foreach (var operation in value.DescendantsAndSelf())
        {
            if (operation.Type is { } type && _symbols.IsServerCallContext(type))
            {
                return true;
            }

            if (operation is ILocalReferenceOperation local
                && _assignments.Value.TryGetValue(local.Local, out var values))
            {
                foreach (var assigned in values)
                {
                    if (IsDerived(assigned, depth - 1))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private Dictionary<ILocalSymbol, List<IOperation>> CollectAssignments()
    {
        var result = new Dictionary<ILocalSymbol, List<IOperation>>(SymbolEqualityComparer.Default);
        foreach (var operation in _body.Descendants())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation { Initializer.Value: { } initializer } declarator:
                    Add(result, declarator.Symbol, initializer);
                    break;
                case IAssignmentOperation { Target: ILocalReferenceOperation target } assignment:
                    Add(result, target.Local, assignment.Value);
                    break;
            }
        }

        return result;
    }

    private static void Add(Dictionary<ILocalSymbol, List<IOperation>> result, ILocalSymbol local, IOperation value)
    {
        if (!result.TryGetValue(local, out var values))
        {
            values = new List<IOperation>();
            result.Add(local, values);
        }

        values.Add(value);
    }
}
