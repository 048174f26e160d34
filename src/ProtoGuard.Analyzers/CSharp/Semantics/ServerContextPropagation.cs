using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ProtoGuard.Shared;

namespace ProtoGuard.Analyzers.CSharp.Semantics;

/// <summary>
/// Decides whether a gRPC client call made inside a server handler propagates the handler's deadline or cancellation
/// (PG3003); shared by the PG3003 analyzer, its code fix, and PG3001 (which leaves such calls to PG3003).
/// </summary>
internal static class ServerContextPropagation
{
    /// <summary>
    /// The handler whose body makes <paramref name="call"/> when the call propagates neither the handler's deadline nor
    /// its cancellation token; null when the call is not in a handler, propagates either, or is made on a client
    /// registered with call-context propagation (<see cref="CallContextPropagationRegistrations"/>).
    /// </summary>
    public static GrpcServerHandler? FindHandlerNotPropagatedTo(GrpcClientCall call, GrpcSymbols symbols, CallContextPropagationRegistrations? registrations, CancellationToken cancellationToken)
    {
        if (GrpcServerHandler.FindEnclosing(call.Invocation, symbols, out var body) is not { } handler || body is null)
        {
            return null;
        }

        return Propagates(call, new ServerCallContextFlow(body, symbols), symbols) || (registrations?.IsPropagated(call, cancellationToken) ?? false)
            ? null
            : handler;
    }

    /// <summary>
    /// Whether <paramref name="call"/> is made inside a handler on a client the client factory propagates the handler's
    /// context to: the interceptor gives it the handler's deadline, so PG3001 has nothing to add either.
    /// </summary>
    public static bool IsPropagatedByClientFactory(GrpcClientCall call, GrpcSymbols symbols, CallContextPropagationRegistrations? registrations, CancellationToken cancellationToken) =>
        registrations is not null
        && GrpcServerHandler.FindEnclosing(call.Invocation, symbols, out _) is not null
        && registrations.IsPropagated(call, cancellationToken);

    private static bool Propagates(GrpcClientCall call, ServerCallContextFlow flow, GrpcSymbols symbols)
    {
        var arguments = call.Invocation.Arguments;
        if (call.DeadlineParameter is { } deadlineParameter)
        {
            // The generated overload ends with (…, DateTime? deadline, CancellationToken cancellationToken).
            var tokenParameter = call.Method.Parameters[call.Method.Parameters.Length - 1];
            return IsDerivedArgument(GrpcClientCall.FindArgument(arguments, deadlineParameter), flow)
                || IsDerivedArgument(GrpcClientCall.FindArgument(arguments, tokenParameter), flow);
        }

        if (call.OptionsParameter is { } optionsParameter && GrpcClientCall.FindArgument(arguments, optionsParameter) is { ArgumentKind: ArgumentKind.Explicit } options)
        {
            return flow.IsDerivedFromContext(options.Value) || !IsBuiltInPlace(options.Value, symbols);
        }

        return true;
    }

    private static bool IsDerivedArgument(IArgumentOperation? argument, ServerCallContextFlow flow) =>
        argument is { ArgumentKind: ArgumentKind.Explicit } && flow.IsDerivedFromContext(argument.Value);

    /// <summary>
    /// Whether the options are built in the call itself (<c>new CallOptions(…)</c>, <c>default</c>, and the
    /// <c>With…</c> methods on those), so that what they carry is visible. Options from a variable, field, parameter
    /// or method are given the benefit of the doubt.
    /// </summary>
    private static bool IsBuiltInPlace(IOperation options, GrpcSymbols symbols)
    {
        var value = options.WalkDownConversions();
        return value switch
        {
            IDefaultValueOperation => symbols.IsCallOptions(value.Type),
            IObjectCreationOperation creation => symbols.IsCallOptions(creation.Type),
            IInvocationOperation { Instance: { } receiver } invocation when symbols.IsCallOptions(invocation.TargetMethod.ContainingType) =>
                IsBuiltInPlace(receiver, symbols),
            _ => false,
        };
    }
}
