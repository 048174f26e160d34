using ProtoGuard.Generators.Common;
using ProtoGuard.Shared;

namespace ProtoGuard.Generators.Paging;

/// <summary>A Grpc.Tools client with at least one AIP-158 list method: everything its extension class needs.</summary>
/// <param name="Namespace">The client's namespace, empty for the global namespace.</param>
/// <param name="ClientTypeName">The client's fully qualified name, <c>global::</c>-prefixed.</param>
/// <param name="ExtensionClassName">The name of the generated extension class, e.g. <c>UserServiceClientPagingExtensions</c>.</param>
/// <param name="HintName">The generated file's hint name, unique per client.</param>
/// <param name="Methods">The list methods, ordered by name (ordinal).</param>
internal sealed record PagedClientModel(
    string Namespace,
    string ClientTypeName,
    string ExtensionClassName,
    string HintName,
    EquatableArray<PagedMethodModel> Methods);

/// <summary>One unary list method with the AIP-158 shape.</summary>
/// <param name="RpcName">The RPC's C# name, e.g. <c>ListUsers</c>.</param>
/// <param name="FullMethodName">The gRPC method path shown in the documentation, e.g. <c>/myservice.v1.UserService/ListUsers</c>.</param>
/// <param name="FullMethodNameExpression">
/// The C# expression of the method path shown in exception messages: a literal for a client in the compilation's own
/// sources; for a referenced client (whose <c>__ServiceName</c> value metadata does not keep) the service descriptor's
/// full name, read at run time.
/// </param>
/// <param name="RequestTypeName">The request message, fully qualified.</param>
/// <param name="ResponseTypeName">The response message, fully qualified.</param>
/// <param name="ItemTypeName">The element type of the response's only repeated field, fully qualified.</param>
/// <param name="ItemsPropertyName">The response's repeated field property, e.g. <c>Users</c>.</param>
/// <param name="GeneratesAsync">Whether to generate <c>ListUsersPagedAsync</c> (false when a referenced library already exposes one).</param>
/// <param name="HasBlockingOverload">
/// Whether to generate the blocking <c>ListUsersPaged</c>: the client has the blocking
/// <c>ListUsers(request, headers, deadline, token)</c> overload, and no <c>ListUsersPaged</c> is visible yet.
/// </param>
internal sealed record PagedMethodModel(
    string RpcName,
    string FullMethodName,
    string FullMethodNameExpression,
    string RequestTypeName,
    string ResponseTypeName,
    string ItemTypeName,
    string ItemsPropertyName,
    bool GeneratesAsync,
    bool HasBlockingOverload);

/// <summary>What the consuming compilation supports; decides what the generator may emit.</summary>
/// <param name="SupportsGeneratedCode">C# 8 or later: the generated code uses <c>#nullable enable</c> and async iterators.</param>
/// <param name="HasAsyncEnumerable">
/// <c>IAsyncEnumerable&lt;T&gt;</c> and its helpers are available (.NET Core 3.0+, or Microsoft.Bcl.AsyncInterfaces);
/// without them only the blocking enumeration is generated.
/// </param>
internal sealed record PagingCapabilities(bool SupportsGeneratedCode, bool HasAsyncEnumerable);

/// <summary><c>ProtoGuardPagedMethods</c>, in a record rather than as an enum value (see Common/PipelineValues.cs).</summary>
internal sealed record PagingMode(PagedMethodsMode Mode)
{
    public static readonly PagingMode All = new(PagedMethodsMode.All);
}
