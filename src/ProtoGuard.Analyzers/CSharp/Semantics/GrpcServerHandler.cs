using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ProtoGuard.Shared;

namespace ProtoGuard.Analyzers.CSharp.Semantics;

/// <summary>
/// A gRPC server handler: an override of a method of a Grpc.Tools service base class (<c>XxxBase</c>, which carries
/// <c>[BindServiceMethod]</c>) whose last parameter is the <c>ServerCallContext</c>.
/// </summary>
internal sealed class GrpcServerHandler
{
    private GrpcServerHandler(IMethodSymbol method, GrpcServerHandlerKind kind, IParameterSymbol context, IParameterSymbol? request, ITypeSymbol? responseType)
    {
        Method = method;
        Kind = kind;
        Context = context;
        Request = request;
        ResponseType = responseType;
    }

    public IMethodSymbol Method { get; }

    public GrpcServerHandlerKind Kind { get; }

    /// <summary>The <c>ServerCallContext</c> parameter, named as the handler names it.</summary>
    public IParameterSymbol Context { get; }

    /// <summary>The request message parameter of unary and server-streaming handlers; null for the other kinds.</summary>
    public IParameterSymbol? Request { get; }

    /// <summary>The response message type of unary and client-streaming handlers (the T of <c>Task&lt;T&gt;</c>); null for the other kinds.</summary>
    public ITypeSymbol? ResponseType { get; }

    public bool StreamsResponses => Kind is GrpcServerHandlerKind.ServerStreaming or GrpcServerHandlerKind.DuplexStreaming;

    public static GrpcServerHandler? TryCreate(ISymbol? symbol, GrpcSymbols symbols)
    {
        if (symbol is not IMethodSymbol { IsOverride: true, IsStatic: false, MethodKind: MethodKind.Ordinary } method
            || symbols.BindServiceMethodAttribute is null
            || method.Parameters.Length is < 2 or > 3
            || !symbols.IsServerCallContext(method.Parameters[method.Parameters.Length - 1].Type)
            || !OverridesServiceBaseMethod(method, symbols))
        {
            return null;
        }

        var parameters = method.Parameters;
        var readsStream = symbols.IsAsyncStreamReader(parameters[0].Type);
        var writesStream = parameters.Length == 3 && symbols.IsServerStreamWriter(parameters[parameters.Length - 2].Type);
        var kind = (readsStream, writesStream) switch
        {
            (false, false) => GrpcServerHandlerKind.Unary,
            (false, true) => GrpcServerHandlerKind.ServerStreaming,
            (true, false) => GrpcServerHandlerKind.ClientStreaming,
            _ => GrpcServerHandlerKind.DuplexStreaming,
        };

        var responseType = method.ReturnType is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } task
            && SymbolEqualityComparer.Default.Equals(task.OriginalDefinition, symbols.TaskOfT)
                ? task.TypeArguments[0]
                : null;

        return new GrpcServerHandler(
            method,
            kind,
            parameters[parameters.Length - 1],
            readsStream ? null : parameters[0],
            writesStream ? null : responseType);
    }

    /// <summary>The handler whose body contains <paramref name="operation"/> (also inside its lambdas and local functions), if any.</summary>
    public static GrpcServerHandler? FindEnclosing(IOperation operation, GrpcSymbols symbols, out IOperation? body)
    {
        body = operation;
        while (body.Parent is { } parent)
        {
            body = parent;
        }

        if (body is not (IMethodBodyOperation or IBlockOperation) || operation.SemanticModel is not { } semanticModel)
        {
            body = null;
            return null;
        }

        var handler = TryCreate(semanticModel.GetDeclaredSymbol(body.Syntax), symbols);
        if (handler is null)
        {
            body = null;
        }

        return handler;
    }

    private static bool OverridesServiceBaseMethod(IMethodSymbol method, GrpcSymbols symbols)
    {
        var original = method;
        for (var depth = 0; original.OverriddenMethod is { } overridden && depth < 32; depth++)
        {
            original = overridden;
        }

        foreach (var attribute in original.ContainingType.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, symbols.BindServiceMethodAttribute))
            {
                return true;
            }
        }

        return false;
    }
}
