using System;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace ProtoGuard.Shared;

/// <summary>
/// The well-known gRPC, protobuf and BCL types that ProtoGuard's C# rules, code fixes and generators look for
/// (roslyn-analyzers' WellKnownTypeProvider shape): one instance per compilation and Roslyn component, each type looked
/// up on first use and then remembered. A type the compilation does not reference is null. Compiled into the analyzers
/// and the generators; generators use it inside their transforms only, never in a pipeline's output.
/// </summary>
internal sealed class GrpcSymbols
{
    /// <summary>One instance per compilation, shared by every analyzer, code fix and generator that asks for it.</summary>
    private static readonly ConditionalWeakTable<Compilation, GrpcSymbols> ByCompilation = new();

    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<string, INamedTypeSymbol?> _types = new(StringComparer.Ordinal);
    private readonly Func<string, INamedTypeSymbol?> _resolve;

    private GrpcSymbols(Compilation compilation)
    {
        _compilation = compilation;
        _resolve = compilation.GetTypeByMetadataName;
    }

    /// <summary><c>Grpc.Core.ClientBase&lt;T&gt;</c>, the base class of every Grpc.Tools-generated client.</summary>
    public INamedTypeSymbol? ClientBaseOfT => Type("Grpc.Core.ClientBase`1");

    public INamedTypeSymbol? CallOptions => Type("Grpc.Core.CallOptions");

    /// <summary><c>Grpc.Core.CallInvoker</c>, the one parameter of a Grpc.Tools client's constructor.</summary>
    public INamedTypeSymbol? CallInvoker => Type("Grpc.Core.CallInvoker");

    public INamedTypeSymbol? Metadata => Type("Grpc.Core.Metadata");

    public INamedTypeSymbol? ServerCallContext => Type("Grpc.Core.ServerCallContext");

    public INamedTypeSymbol? AsyncUnaryCall => Type("Grpc.Core.AsyncUnaryCall`1");

    public INamedTypeSymbol? AsyncServerStreamingCall => Type("Grpc.Core.AsyncServerStreamingCall`1");

    public INamedTypeSymbol? AsyncClientStreamingCall => Type("Grpc.Core.AsyncClientStreamingCall`2");

    public INamedTypeSymbol? AsyncDuplexStreamingCall => Type("Grpc.Core.AsyncDuplexStreamingCall`2");

    public INamedTypeSymbol? BindServiceMethodAttribute => Type("Grpc.Core.BindServiceMethodAttribute");

    public INamedTypeSymbol? GrpcChannel => Type("Grpc.Net.Client.GrpcChannel");

    public INamedTypeSymbol? GrpcChannelOptions => Type("Grpc.Net.Client.GrpcChannelOptions");

    public INamedTypeSymbol? IMessageOfT => Type("Google.Protobuf.IMessage`1");

    public INamedTypeSymbol DateTime => _compilation.GetSpecialType(SpecialType.System_DateTime);

    public INamedTypeSymbol NullableOfT => _compilation.GetSpecialType(SpecialType.System_Nullable_T);

    public INamedTypeSymbol? CancellationToken => Type("System.Threading.CancellationToken");

    public INamedTypeSymbol? DateTimeKind => Type("System.DateTimeKind");

    public INamedTypeSymbol? DateTimeOffset => Type("System.DateTimeOffset");

    public INamedTypeSymbol? DateTimeStyles => Type("System.Globalization.DateTimeStyles");

    /// <summary>The symbols of <paramref name="compilation"/>, whatever it references (the protobuf-only generators' entry).</summary>
    public static GrpcSymbols For(Compilation compilation) => ByCompilation.GetValue(compilation, static compilation => new GrpcSymbols(compilation));

    /// <summary>
    /// The symbols of <paramref name="compilation"/>, or null when it does not reference Grpc.Core.Api: then no
    /// C# gRPC rule can apply and the analyzers register nothing else.
    /// </summary>
    public static GrpcSymbols? TryCreate(Compilation compilation)
    {
        var symbols = For(compilation);
        return symbols.ClientBaseOfT is null || symbols.CallOptions is null ? null : symbols;
    }

    /// <summary>The type named <paramref name="metadataName"/>, looked up on first use and then remembered (null when absent).</summary>
    private INamedTypeSymbol? Type(string metadataName) => _types.GetOrAdd(metadataName, _resolve);

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
    public INamedTypeSymbol? IAsyncStreamReaderOfT => Type("Grpc.Core.IAsyncStreamReader`1");

    /// <summary><c>Grpc.Core.IServerStreamWriter&lt;T&gt;</c>: the response stream of server-streaming and duplex handlers.</summary>
    public INamedTypeSymbol? IServerStreamWriterOfT => Type("Grpc.Core.IServerStreamWriter`1");

    public INamedTypeSymbol? CancellationTokenSource => Type("System.Threading.CancellationTokenSource");

    /// <summary><c>Google.Protobuf.WellKnownTypes.FieldMask</c>.</summary>
    public INamedTypeSymbol? FieldMask => Type("Google.Protobuf.WellKnownTypes.FieldMask");

    /// <summary>A type of Grpc.AspNetCore.Server: when it is referenced, <c>ServerCallContext</c> is ASP.NET Core's.</summary>
    public INamedTypeSymbol? AspNetCoreGrpcServiceOptions => Type("Grpc.AspNetCore.Server.GrpcServiceOptions");

    public INamedTypeSymbol? Task => Type("System.Threading.Tasks.Task");

    public INamedTypeSymbol? TaskOfT => Type("System.Threading.Tasks.Task`1");

    public INamedTypeSymbol? ValueTask => Type("System.Threading.Tasks.ValueTask");

    public INamedTypeSymbol? ValueTaskOfT => Type("System.Threading.Tasks.ValueTask`1");

    public INamedTypeSymbol? IAsyncEnumerableOfT => Type("System.Collections.Generic.IAsyncEnumerable`1");

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
    public INamedTypeSymbol? ChannelOption => Type("Grpc.Core.ChannelOption");

    public INamedTypeSymbol? ByteString => Type("Google.Protobuf.ByteString");

    /// <summary><c>Google.Protobuf.Collections.RepeatedField&lt;T&gt;</c>: the type of a repeated field's property.</summary>
    public INamedTypeSymbol? RepeatedFieldOfT => Type("Google.Protobuf.Collections.RepeatedField`1");

    /// <summary><c>Google.Protobuf.Collections.MapField&lt;TKey, TValue&gt;</c>: the type of a map field's property.</summary>
    public INamedTypeSymbol? MapFieldOfT => Type("Google.Protobuf.Collections.MapField`2");

    public INamedTypeSymbol? Timestamp => Type("Google.Protobuf.WellKnownTypes.Timestamp");

    public INamedTypeSymbol? Empty => Type("Google.Protobuf.WellKnownTypes.Empty");

    /// <summary><c>System.Threading.Channels.Channel</c>, null when the project cannot use System.Threading.Channels.</summary>
    public INamedTypeSymbol? Channel => Type("System.Threading.Channels.Channel");

    /// <summary><c>[EnumeratorCancellation]</c>, needed with <see cref="IAsyncEnumerableOfT"/> by a cancellable async iterator.</summary>
    public INamedTypeSymbol? EnumeratorCancellationAttribute => Type("System.Runtime.CompilerServices.EnumeratorCancellationAttribute");

    /// <summary><c>System.Threading.Tasks.TaskAsyncEnumerableExtensions</c> (<c>ConfigureAwait</c> on an async enumerable).</summary>
    public INamedTypeSymbol? TaskAsyncEnumerableExtensions => Type("System.Threading.Tasks.TaskAsyncEnumerableExtensions");

    /// <summary><c>GrpcClientServiceExtensions</c> of Grpc.Net.ClientFactory (<c>AddGrpcClient</c>), null without it.</summary>
    public INamedTypeSymbol? GrpcClientServiceExtensions => Type("Microsoft.Extensions.DependencyInjection.GrpcClientServiceExtensions");

    public INamedTypeSymbol? Interceptor => Type("Grpc.Core.Interceptors.Interceptor");

    /// <summary><c>Microsoft.AspNetCore.Mvc.ControllerBase</c>, null outside ASP.NET Core MVC.</summary>
    public INamedTypeSymbol? MvcControllerBase => Type("Microsoft.AspNetCore.Mvc.ControllerBase");

    public INamedTypeSymbol? ApiControllerAttribute => Type("Microsoft.AspNetCore.Mvc.ApiControllerAttribute");

    public INamedTypeSymbol? NonActionAttribute => Type("Microsoft.AspNetCore.Mvc.NonActionAttribute");

    /// <summary><c>Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions</c> (<c>MapGet</c>, <c>MapPost</c>…: minimal API endpoints).</summary>
    public INamedTypeSymbol? EndpointRouteBuilderExtensions => Type("Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions");

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

    /// <summary>
    /// Whether <paramref name="type"/> is a protobuf message class: a class implementing <c>IMessage&lt;T&gt;</c> of
    /// itself (so it also has <c>Clone()</c>), as every protoc-generated message does.
    /// </summary>
    public bool IsMessageClass(INamedTypeSymbol type)
    {
        if (IMessageOfT is null || type.TypeKind != TypeKind.Class)
        {
            return false;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, IMessageOfT)
                && SymbolEqualityComparer.Default.Equals(implemented.TypeArguments[0], type))
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
