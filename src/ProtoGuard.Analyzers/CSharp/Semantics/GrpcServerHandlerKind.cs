namespace ProtoGuard.Analyzers.CSharp.Semantics;

/// <summary>The four RPC shapes, as read from a server handler's signature.</summary>
internal enum GrpcServerHandlerKind
{
    /// <summary><c>Task&lt;TResponse&gt; M(TRequest request, ServerCallContext context)</c>.</summary>
    Unary,

    /// <summary><c>Task M(TRequest request, IServerStreamWriter&lt;TResponse&gt; responseStream, ServerCallContext context)</c>.</summary>
    ServerStreaming,

    /// <summary><c>Task&lt;TResponse&gt; M(IAsyncStreamReader&lt;TRequest&gt; requestStream, ServerCallContext context)</c>.</summary>
    ClientStreaming,

    /// <summary><c>Task M(IAsyncStreamReader&lt;TRequest&gt; requestStream, IServerStreamWriter&lt;TResponse&gt; responseStream, ServerCallContext context)</c>.</summary>
    DuplexStreaming,
}
