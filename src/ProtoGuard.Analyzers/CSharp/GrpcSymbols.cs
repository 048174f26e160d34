using Microsoft.CodeAnalysis;

namespace ProtoGuard.Analyzers.CSharp;

/// <summary>
/// The well-known gRPC, protobuf and BCL types the C# rules look for, resolved once per compilation
/// (create it in a compilation-start action and capture it). A type the compilation does not reference is null.
/// </summary>
internal sealed class GrpcSymbols
{
    private GrpcSymbols(Compilation compilation)
    {
        ClientBaseOfT = compilation.GetTypeByMetadataName("Grpc.Core.ClientBase`1");
        ClientBase = compilation.GetTypeByMetadataName("Grpc.Core.ClientBase");
        CallInvoker = compilation.GetTypeByMetadataName("Grpc.Core.CallInvoker");
        CallOptions = compilation.GetTypeByMetadataName("Grpc.Core.CallOptions");
        Metadata = compilation.GetTypeByMetadataName("Grpc.Core.Metadata");
        ServerCallContext = compilation.GetTypeByMetadataName("Grpc.Core.ServerCallContext");
        AsyncUnaryCall = compilation.GetTypeByMetadataName("Grpc.Core.AsyncUnaryCall`1");
        AsyncServerStreamingCall = compilation.GetTypeByMetadataName("Grpc.Core.AsyncServerStreamingCall`1");
        AsyncClientStreamingCall = compilation.GetTypeByMetadataName("Grpc.Core.AsyncClientStreamingCall`2");
        AsyncDuplexStreamingCall = compilation.GetTypeByMetadataName("Grpc.Core.AsyncDuplexStreamingCall`2");
        BindServiceMethodAttribute = compilation.GetTypeByMetadataName("Grpc.Core.BindServiceMethodAttribute");
        GrpcChannel = compilation.GetTypeByMetadataName("Grpc.Net.Client.GrpcChannel");
        GrpcChannelOptions = compilation.GetTypeByMetadataName("Grpc.Net.Client.GrpcChannelOptions");
        IMessage = compilation.GetTypeByMetadataName("Google.Protobuf.IMessage");
        IMessageOfT = compilation.GetTypeByMetadataName("Google.Protobuf.IMessage`1");
        DateTime = compilation.GetSpecialType(SpecialType.System_DateTime);
        NullableOfT = compilation.GetSpecialType(SpecialType.System_Nullable_T);
        CancellationToken = compilation.GetTypeByMetadataName("System.Threading.CancellationToken");
        DateTimeKind = compilation.GetTypeByMetadataName("System.DateTimeKind");
        DateTimeOffset = compilation.GetTypeByMetadataName("System.DateTimeOffset");
        DateTimeStyles = compilation.GetTypeByMetadataName("System.Globalization.DateTimeStyles");
        IAsyncStreamReaderOfT = compilation.GetTypeByMetadataName("Grpc.Core.IAsyncStreamReader`1");
        IServerStreamWriterOfT = compilation.GetTypeByMetadataName("Grpc.Core.IServerStreamWriter`1");
        CancellationTokenSource = compilation.GetTypeByMetadataName("System.Threading.CancellationTokenSource");
        FieldMask = compilation.GetTypeByMetadataName("Google.Protobuf.WellKnownTypes.FieldMask");
        AspNetCoreGrpcServiceOptions = compilation.GetTypeByMetadataName("Grpc.AspNetCore.Server.GrpcServiceOptions");
        Task = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task");
        TaskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task`1");
        ValueTask = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask");
        ValueTaskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask`1");
        IAsyncEnumerableOfT = compilation.GetTypeByMetadataName("System.Collections.Generic.IAsyncEnumerable`1");
        MathType = compilation.GetTypeByMetadataName("System.Math");
        ChannelOption = compilation.GetTypeByMetadataName("Grpc.Core.ChannelOption");
        ByteString = compilation.GetTypeByMetadataName("Google.Protobuf.ByteString");
        MvcControllerBase = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.ControllerBase");
        ApiControllerAttribute = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.ApiControllerAttribute");
        NonActionAttribute = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.NonActionAttribute");
        EndpointRouteBuilderExtensions = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions");
    }

    /// <summary><c>Grpc.Core.ClientBase&lt;T&gt;</c>, the base class of every Grpc.Tools-generated client.</summary>
    public INamedTypeSymbol? ClientBaseOfT { get; }

    public INamedTypeSymbol? ClientBase { get; }

    public INamedTypeSymbol? CallInvoker { get; }

    public INamedTypeSymbol? CallOptions { get; }

    public INamedTypeSymbol? Metadata { get; }

    public INamedTypeSymbol? ServerCallContext { get; }

    public INamedTypeSymbol? AsyncUnaryCall { get; }

    public INamedTypeSymbol? AsyncServerStreamingCall { get; }

    public INamedTypeSymbol? AsyncClientStreamingCall { get; }

    public INamedTypeSymbol? AsyncDuplexStreamingCall { get; }

    public INamedTypeSymbol? BindServiceMethodAttribute { get; }

    public INamedTypeSymbol? GrpcChannel { get; }

    public INamedTypeSymbol? GrpcChannelOptions { get; }

    public INamedTypeSymbol? IMessage { get; }

    public INamedTypeSymbol? IMessageOfT { get; }

    public INamedTypeSymbol DateTime { get; }

    public INamedTypeSymbol NullableOfT { get; }

    public INamedTypeSymbol? CancellationToken { get; }

    public INamedTypeSymbol? DateTimeKind { get; }

    public INamedTypeSymbol? DateTimeOffset { get; }

    public INamedTypeSymbol? DateTimeStyles { get; }

    /// <summary>
    /// Resolves the symbols, or returns null when the compilation does not reference Grpc.Core.Api: then no
    /// C# gRPC rule can apply and the analyzers register nothing else.
    /// </summary>
    public static GrpcSymbols? TryCreate(Compilation compilation)
    {
        var symbols = new GrpcSymbols(compilation);
        return symbols.ClientBaseOfT is null || symbols.CallOptions is null ? null : symbols;
    }

    /// <summary>Whether <paramref name="type"/> derives from <c>ClientBase&lt;T&gt;</c> (a generated client or a subclass of one).</summary>
    public bool IsClient(ITypeSymbol? type)
    {
        for (var current = type?.BaseType; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, ClientBaseOfT))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="type"/> is <c>DateTime?</c>.</summary>
    public bool IsNullableDateTime(ITypeSymbol? type) =>
        type is INamedTypeSymbol { IsGenericType: true } named
        && SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, NullableOfT)
        && SymbolEqualityComparer.Default.Equals(named.TypeArguments[0], DateTime);

    public bool IsCallOptions(ITypeSymbol? type) => SymbolEqualityComparer.Default.Equals(type, CallOptions);

    /// <summary>Whether <paramref name="type"/> is one of the streaming call types (server, client or duplex streaming).</summary>
    public bool IsStreamingCall(ITypeSymbol? type)
    {
        var definition = type?.OriginalDefinition;
        return definition is not null
            && (SymbolEqualityComparer.Default.Equals(definition, AsyncServerStreamingCall)
                || SymbolEqualityComparer.Default.Equals(definition, AsyncClientStreamingCall)
                || SymbolEqualityComparer.Default.Equals(definition, AsyncDuplexStreamingCall));
    }

    /// <summary><c>Grpc.Core.IAsyncStreamReader&lt;T&gt;</c>: the request stream of client-streaming and duplex handlers.</summary>
    public INamedTypeSymbol? IAsyncStreamReaderOfT { get; }

    /// <summary><c>Grpc.Core.IServerStreamWriter&lt;T&gt;</c>: the response stream of server-streaming and duplex handlers.</summary>
    public INamedTypeSymbol? IServerStreamWriterOfT { get; }

    public INamedTypeSymbol? CancellationTokenSource { get; }

    /// <summary><c>Google.Protobuf.WellKnownTypes.FieldMask</c>.</summary>
    public INamedTypeSymbol? FieldMask { get; }

    /// <summary>A type of Grpc.AspNetCore.Server: when it is referenced, <c>ServerCallContext</c> is ASP.NET Core's.</summary>
    public INamedTypeSymbol? AspNetCoreGrpcServiceOptions { get; }

    public INamedTypeSymbol? Task { get; }

    public INamedTypeSymbol? TaskOfT { get; }

    public INamedTypeSymbol? ValueTask { get; }

    public INamedTypeSymbol? ValueTaskOfT { get; }

    public INamedTypeSymbol? IAsyncEnumerableOfT { get; }

    public INamedTypeSymbol? MathType { get; }

    /// <summary>Whether <paramref name="type"/> is <c>ServerCallContext</c> or derives from it.</summary>
    public bool IsServerCallContext(ITypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, ServerCallContext))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsCancellationToken(ITypeSymbol? type) => type is not null && SymbolEqualityComparer.Default.Equals(type, CancellationToken);

    /// <summary>Whether <paramref name="type"/> is <c>IAsyncStreamReader&lt;T&gt;</c> or implements it.</summary>
    public bool IsAsyncStreamReader(ITypeSymbol? type) => IsOrImplements(type, IAsyncStreamReaderOfT);

    /// <summary>Whether <paramref name="type"/> is <c>IServerStreamWriter&lt;T&gt;</c> or implements it.</summary>
    public bool IsServerStreamWriter(ITypeSymbol? type) => IsOrImplements(type, IServerStreamWriterOfT);

    /// <summary>Whether <paramref name="type"/> is Task, Task&lt;T&gt;, ValueTask, ValueTask&lt;T&gt; or IAsyncEnumerable&lt;T&gt;.</summary>
    public bool IsAsyncType(ITypeSymbol? type)
    {
        var definition = type?.OriginalDefinition;
        return definition is not null
            && (SymbolEqualityComparer.Default.Equals(definition, Task)
                || SymbolEqualityComparer.Default.Equals(definition, TaskOfT)
                || SymbolEqualityComparer.Default.Equals(definition, ValueTask)
                || SymbolEqualityComparer.Default.Equals(definition, ValueTaskOfT)
                || SymbolEqualityComparer.Default.Equals(definition, IAsyncEnumerableOfT));
    }

    private static bool IsOrImplements(ITypeSymbol? type, INamedTypeSymbol? genericInterface)
    {
        if (type is null || genericInterface is null)
        {
            return false;
        }

        if (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, genericInterface))
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, genericInterface))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>Grpc.Core.ChannelOption</c> of the legacy Grpc.Core package, null without it.</summary>
    public INamedTypeSymbol? ChannelOption { get; }

    public INamedTypeSymbol? ByteString { get; }

    /// <summary><c>Microsoft.AspNetCore.Mvc.ControllerBase</c>, null outside ASP.NET Core MVC.</summary>
    public INamedTypeSymbol? MvcControllerBase { get; }

    public INamedTypeSymbol? ApiControllerAttribute { get; }

    public INamedTypeSymbol? NonActionAttribute { get; }

    /// <summary><c>Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions</c> (<c>MapGet</c>, <c>MapPost</c>…: minimal API endpoints).</summary>
    public INamedTypeSymbol? EndpointRouteBuilderExtensions { get; }

    /// <summary>Whether <paramref name="type"/> implements <c>Google.Protobuf.IMessage&lt;T&gt;</c> (a protoc-generated message class).</summary>
    public bool IsMessage(ITypeSymbol? type)
    {
        if (type is null || IMessageOfT is null)
        {
            return false;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, IMessageOfT))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="type"/> is <paramref name="baseType"/> or derives from it.</summary>
    public static bool InheritsFromOrEquals(ITypeSymbol? type, INamedTypeSymbol? baseType)
    {
        if (baseType is null)
        {
            return false;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
            {
                return true;
            }
        }

        return false;
    }
}
