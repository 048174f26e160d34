using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ProtoGuard.Shared;

namespace ProtoGuard.Analyzers.CSharp.Semantics;

/// <summary>
/// An invocation of an RPC method on a client derived from <c>ClientBase&lt;T&gt;</c>, recognized by the two
/// overload shapes Grpc.Tools generates for every method:
/// <c>(…, Metadata headers = null, DateTime? deadline = null, CancellationToken cancellationToken = default)</c> and
/// <c>(…, CallOptions options)</c>.
/// </summary>
internal sealed class GrpcClientCall
{
    private GrpcClientCall(IInvocationOperation invocation, IParameterSymbol? deadlineParameter, IParameterSymbol? optionsParameter)
    {
        Invocation = invocation;
        DeadlineParameter = deadlineParameter;
        OptionsParameter = optionsParameter;
    }

    public IInvocationOperation Invocation { get; }

    public IMethodSymbol Method => Invocation.TargetMethod;

    /// <summary>The <c>DateTime? deadline</c> parameter of the headers/deadline/cancellationToken overload, else null.</summary>
    public IParameterSymbol? DeadlineParameter { get; }

    /// <summary>The <c>CallOptions options</c> parameter of the options overload, else null.</summary>
    public IParameterSymbol? OptionsParameter { get; }

    public static GrpcClientCall? TryCreate(IInvocationOperation invocation, GrpcSymbols symbols)
    {
        var method = invocation.TargetMethod;
        if (method.IsStatic || method.MethodKind != MethodKind.Ordinary || !symbols.IsClient(method.ContainingType))
        {
            return null;
        }

        var parameters = method.Parameters;
        if (parameters.Length >= 1 && symbols.IsCallOptions(parameters[parameters.Length - 1].Type))
        {
            return new GrpcClientCall(invocation, deadlineParameter: null, optionsParameter: parameters[parameters.Length - 1]);
        }

        if (parameters.Length >= 3
            && SymbolEqualityComparer.Default.Equals(parameters[parameters.Length - 3].Type, symbols.Metadata)
            && symbols.IsNullableDateTime(parameters[parameters.Length - 2].Type)
            && SymbolEqualityComparer.Default.Equals(parameters[parameters.Length - 1].Type, symbols.CancellationToken))
        {
            return new GrpcClientCall(invocation, deadlineParameter: parameters[parameters.Length - 2], optionsParameter: null);
        }

        return null;
    }

    /// <summary>The argument bound to <paramref name="parameter"/> (explicit, or the implicit default), if any.</summary>
    public static IArgumentOperation? FindArgument(ImmutableArray<IArgumentOperation> arguments, IParameterSymbol parameter)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter is { } bound && bound.Ordinal == parameter.Ordinal)
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary>The argument bound to the parameter named <paramref name="name"/>, if any.</summary>
    public static IArgumentOperation? FindArgument(ImmutableArray<IArgumentOperation> arguments, string name)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter is { } bound && bound.Name == name)
            {
                return argument;
            }
        }

        return null;
    }
}
