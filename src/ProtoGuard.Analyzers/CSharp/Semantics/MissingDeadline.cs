using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ProtoGuard.Shared;

namespace ProtoGuard.Analyzers.CSharp.Semantics;

/// <summary>
/// Finds where a call to a generated gRPC client method lacks a deadline. Only what is visible in the call itself
/// counts: <c>CallOptions</c> that come from a variable, field, parameter or method (other than the
/// <c>With…</c> methods that keep the receiver's deadline) are assumed to carry one.
/// </summary>
internal sealed class MissingDeadline
{
    private MissingDeadline(MissingDeadlineKind kind, IOperation target, IParameterSymbol? deadlineParameter)
    {
        Kind = kind;
        Target = target;
        DeadlineParameter = deadlineParameter;
    }

    public MissingDeadlineKind Kind { get; }

    /// <summary>
    /// The operation to change: the client method invocation or the <c>CallOptions</c> creation whose arguments lack the
    /// deadline (<see cref="MissingDeadlineKind.DeadlineArgumentOmitted"/>), the empty deadline argument, or the
    /// <c>default(CallOptions)</c> value.
    /// </summary>
    public IOperation Target { get; }

    /// <summary>
    /// The deadline parameter of <see cref="Target"/> when an argument is omitted; null for the implicit
    /// parameterless <c>CallOptions</c> constructor (<c>new CallOptions()</c>).
    /// </summary>
    public IParameterSymbol? DeadlineParameter { get; }

    public static MissingDeadline? Find(GrpcClientCall call, GrpcSymbols symbols)
    {
        var arguments = call.Invocation.Arguments;
        if (call.DeadlineParameter is { } deadlineParameter)
        {
            return FromDeadlineArgument(call.Invocation, GrpcClientCall.FindArgument(arguments, deadlineParameter), deadlineParameter);
        }

        if (call.OptionsParameter is { } optionsParameter && GrpcClientCall.FindArgument(arguments, optionsParameter) is { } optionsArgument)
        {
            return FromCallOptions(optionsArgument.Value, symbols);
        }

        return null;
    }

    private static MissingDeadline? FromDeadlineArgument(IOperation owner, IArgumentOperation? argument, IParameterSymbol parameter)
    {
        if (argument is null || argument.ArgumentKind == ArgumentKind.DefaultValue)
        {
            return new MissingDeadline(MissingDeadlineKind.DeadlineArgumentOmitted, owner, parameter);
        }

        return argument.Value.IsNullOrDefaultOfNullable()
            ? new MissingDeadline(MissingDeadlineKind.DeadlineArgumentEmpty, argument, parameter)
            : null;
    }

    private static MissingDeadline? FromCallOptions(IOperation options, GrpcSymbols symbols)
    {
        var value = options.WalkDownConversions();
        switch (value)
        {
            case IDefaultValueOperation when symbols.IsCallOptions(value.Type):
                return new MissingDeadline(MissingDeadlineKind.DefaultCallOptions, value, deadlineParameter: null);

            case IObjectCreationOperation creation when symbols.IsCallOptions(creation.Type):
                if (creation.Constructor is not { Parameters.Length: > 0 } constructor)
                {
                    // new CallOptions(): the struct's implicit parameterless constructor.
                    return new MissingDeadline(MissingDeadlineKind.DeadlineArgumentOmitted, creation, deadlineParameter: null);
                }

                if (GrpcClientCall.FindArgument(creation.Arguments, "propagationToken") is { ArgumentKind: not ArgumentKind.DefaultValue } propagation
                    && !propagation.Value.IsNullOrDefaultOfNullable())
                {
                    // A propagation token carries the parent call's deadline.
                    return null;
                }

                var deadlineParameter = FindParameter(constructor, "deadline");
                return deadlineParameter is null
                    ? null
                    : FromDeadlineArgument(creation, GrpcClientCall.FindArgument(creation.Arguments, deadlineParameter), deadlineParameter);

            case IInvocationOperation { Instance: { } receiver } invocation
                when symbols.IsCallOptions(invocation.TargetMethod.ContainingType) && KeepsReceiverDeadline(invocation.TargetMethod.Name):
                return FromCallOptions(receiver, symbols);

            default:
                return null;
        }
    }

    /// <summary>The <c>CallOptions.With…</c> methods that copy the receiver's deadline unchanged.</summary>
    private static bool KeepsReceiverDeadline(string methodName) => methodName switch
    {
        "WithHeaders" or "WithCancellationToken" or "WithWriteOptions" or "WithCredentials" or "WithWaitForReady" or "WithFlags" => true,
        _ => false,
    };

    private static IParameterSymbol? FindParameter(IMethodSymbol method, string name)
    {
        foreach (var parameter in method.Parameters)
        {
            if (parameter.Name == name)
            {
                return parameter;
            }
        }

        return null;
    }
}
