using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ProtoGuard.Shared;

/// <summary>Why an RPC of a Grpc.Tools client gets no paged method; <see cref="None"/> when it gets one.</summary>
internal enum PagedListProblem
{
    /// <summary>The RPC has the AIP-158 shape.</summary>
    None,

    /// <summary>The RPC is not unary (its <c>XxxAsync</c> method does not return <c>AsyncUnaryCall&lt;T&gt;</c>).</summary>
    NotUnary,

    /// <summary>The request has no <c>PageSize</c> property.</summary>
    NoPageSize,

    /// <summary>The request's <c>PageSize</c> is not a settable <c>int</c> (<c>page_size</c> is not <c>int32</c>).</summary>
    PageSizeNotInt32,

    /// <summary>The request has no <c>PageToken</c> property.</summary>
    NoPageToken,

    /// <summary>The request's <c>PageToken</c> is not a settable <c>string</c>.</summary>
    PageTokenNotString,

    /// <summary>The response has no <c>NextPageToken</c> property.</summary>
    NoNextPageToken,

    /// <summary>The response's <c>NextPageToken</c> is not a <c>string</c>.</summary>
    NextPageTokenNotString,

    /// <summary>The response has no repeated field.</summary>
    NoRepeatedField,

    /// <summary>The response has more than one repeated field: which one is the page is ambiguous.</summary>
    SeveralRepeatedFields,

    /// <summary>The request or response is not a protobuf message class (not Grpc.Tools output).</summary>
    NotMessages,

    /// <summary>The request, the response or the item type cannot be named where the extension method would be generated.</summary>
    Inaccessible,
}

/// <summary>An RPC that gets a paged method: the request, the response, its repeated field and the item type.</summary>
internal sealed class PagedListMethod
{
    public PagedListMethod(string rpcName, INamedTypeSymbol request, INamedTypeSymbol response, IPropertySymbol items, ITypeSymbol itemType)
    {
        RpcName = rpcName;
        Request = request;
        Response = response;
        Items = items;
        ItemType = itemType;
    }

    /// <summary>The RPC's C# name, e.g. <c>ListUsers</c>.</summary>
    public string RpcName { get; }

    public INamedTypeSymbol Request { get; }

    public INamedTypeSymbol Response { get; }

    /// <summary>The response's only repeated field.</summary>
    public IPropertySymbol Items { get; }

    public ITypeSymbol ItemType { get; }
}

/// <summary>
/// The one decision of which RPCs of a Grpc.Tools client get a paged method (AIP-158: request with settable
/// <c>int PageSize</c> and <c>string PageToken</c>, response with <c>string NextPageToken</c> and exactly one repeated
/// field), and why not. The paging generator generates from it; PG4003 explains it. Compiled into both Roslyn components.
/// </summary>
internal sealed class PagedListShape
{
    private const string AsyncSuffix = "Async";

    /// <summary>The symbols of the compilation, with every type the shape checks compare against present.</summary>
    private readonly GrpcSymbols _symbols;

    private PagedListShape(GrpcSymbols symbols) => _symbols = symbols;

    /// <summary><c>Grpc.Core.CallInvoker</c>: the parameter of a Grpc.Tools client's constructor.</summary>
    public INamedTypeSymbol CallInvoker => _symbols.CallInvoker!;

    /// <summary>The shape checks of <paramref name="compilation"/>; null when gRPC or Google.Protobuf is not referenced.</summary>
    public static PagedListShape? Resolve(Compilation compilation)
        => GrpcSymbols.For(compilation) is
            {
                CallInvoker: not null,
                ClientBaseOfT: not null,
                AsyncUnaryCall: not null,
                Metadata: not null,
                IMessageOfT: not null,
                RepeatedFieldOfT: not null,
                CancellationToken: not null,
            } symbols
            ? new PagedListShape(symbols)
            : null;

    /// <summary>C# 8 or later: the generated code uses <c>#nullable enable</c> and async iterators.</summary>
    public static bool SupportsGeneratedCode(Compilation compilation)
        => compilation is CSharpCompilation { LanguageVersion: >= LanguageVersion.CSharp8 };

    /// <summary><c>IAsyncEnumerable&lt;T&gt;</c> and its helpers (.NET Core 3.0+, or Microsoft.Bcl.AsyncInterfaces): without them only the blocking enumeration is generated.</summary>
    public static bool HasAsyncEnumerable(Compilation compilation)
        => GrpcSymbols.For(compilation) is { IAsyncEnumerableOfT: not null, EnumeratorCancellationAttribute: not null, TaskAsyncEnumerableExtensions: not null };

    /// <summary><c>XxxClient : ClientBase&lt;XxxClient&gt;</c>.</summary>
    public bool IsClientBaseOfItself(INamedTypeSymbol client)
        => client.BaseType is { TypeArguments.Length: 1 } baseType
            && SymbolEqualityComparer.Default.Equals(baseType.OriginalDefinition, _symbols.ClientBaseOfT)
            && SymbolEqualityComparer.Default.Equals(baseType.TypeArguments[0], client);

    /// <summary>
    /// A Grpc.Tools client: <c>XxxClient : ClientBase&lt;XxxClient&gt;</c> nested in a static class, with the plugin's
    /// <c>(CallInvoker)</c> constructor.
    /// </summary>
    public bool IsGrpcToolsClient(INamedTypeSymbol candidate)
        => candidate.ContainingType is { IsStatic: true }
            && IsClientBaseOfItself(candidate)
            && candidate.InstanceConstructors.Any(constructor =>
                constructor.Parameters.Length == 1
                && SymbolEqualityComparer.Default.Equals(constructor.Parameters[0].Type, CallInvoker)
                && constructor.GetAttributes().Any(GrpcPluginOutput.IsPluginAttribute));

    /// <summary>Grpc.Tools' <c>(TRequest request, Metadata headers, DateTime? deadline, CancellationToken cancellationToken)</c>.</summary>
    public bool HasCallParameters(IMethodSymbol method)
        => method.Parameters.Length == 4
            && method.Parameters.All(static p => p.RefKind == RefKind.None)
            && SymbolEqualityComparer.Default.Equals(method.Parameters[1].Type, _symbols.Metadata)
            && method.Parameters[2].Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } deadline
            && deadline.TypeArguments[0].SpecialType == SpecialType.System_DateTime
            && SymbolEqualityComparer.Default.Equals(method.Parameters[3].Type, _symbols.CancellationToken);

    /// <summary>
    /// The client's method of the RPC <paramref name="rpcName"/> that the paging decision looks at: the unary
    /// <c>XxxAsync(request, headers, deadline, cancellationToken)</c>, or for a streaming RPC its
    /// <c>Xxx(request, headers, deadline, cancellationToken)</c>; null when the client has no such RPC.
    /// </summary>
    public IMethodSymbol? FindRpcMethod(INamedTypeSymbol client, string rpcName)
        => client.GetMembers(rpcName + AsyncSuffix).OfType<IMethodSymbol>().FirstOrDefault(IsUnaryRpcMethod)
            ?? client.GetMembers(rpcName).OfType<IMethodSymbol>().FirstOrDefault(method =>
                !method.IsStatic
                && method.DeclaredAccessibility == Accessibility.Public
                && HasCallParameters(method)
                && method.ReturnType is INamedTypeSymbol { TypeArguments.Length: 1 } call
                && call.Name is "AsyncServerStreamingCall");

    /// <summary>
    /// Whether <paramref name="method"/> is a client's <c>XxxAsync(request, headers, deadline, token)</c> method returning
    /// <c>AsyncUnaryCall&lt;T&gt;</c>: the methods the paging decision looks at.
    /// </summary>
    public bool IsUnaryRpcMethod(IMethodSymbol method)
        => !method.IsStatic
            && method.DeclaredAccessibility == Accessibility.Public
            && method.Name.Length > AsyncSuffix.Length
            && method.Name.EndsWith(AsyncSuffix, StringComparison.Ordinal)
            && method.ReturnType is INamedTypeSymbol { TypeArguments.Length: 1 } returnType
            && SymbolEqualityComparer.Default.Equals(returnType.OriginalDefinition, _symbols.AsyncUnaryCall)
            && HasCallParameters(method);

    /// <summary>
    /// The paging decision for a client's <c>XxxAsync(request, headers, deadline, token)</c> method: the paged method's
    /// inputs in <paramref name="paged"/>, or the first problem of its shape. <paramref name="isAccessible"/> says whether
    /// the generated extension class can name a type.
    /// </summary>
    public PagedListProblem Check(IMethodSymbol method, Func<ITypeSymbol, bool> isAccessible, out PagedListMethod? paged)
    {
        paged = null;
        if (!IsUnaryRpcMethod(method))
        {
            return PagedListProblem.NotUnary;
        }

        if (method.Parameters[0].Type is not INamedTypeSymbol request
            || ((INamedTypeSymbol)method.ReturnType).TypeArguments[0] is not INamedTypeSymbol response
            || !_symbols.IsMessageClass(request)
            || !_symbols.IsMessageClass(response)
            || !HasClone(request))
        {
            return PagedListProblem.NotMessages;
        }

        var problem = RequestProblem(request);
        if (problem == PagedListProblem.None)
        {
            problem = ResponseProblem(response, out var items);
            if (problem == PagedListProblem.None)
            {
                var itemsProperty = items!;
                var itemType = ((INamedTypeSymbol)itemsProperty.Type).TypeArguments[0];
                if (!isAccessible(request) || !isAccessible(response) || !isAccessible(itemType))
                {
                    return PagedListProblem.Inaccessible;
                }

                paged = new PagedListMethod(method.Name.Substring(0, method.Name.Length - AsyncSuffix.Length), request, response, itemsProperty, itemType);
            }
        }

        return problem;
    }

    /// <summary>
    /// Whether the RPC of a client's <c>XxxAsync(request, headers, deadline, token)</c> method looks meant to be paged
    /// (AIP-132/158): a <c>PageSize</c> or <c>PageToken</c> in the request, or a <c>NextPageToken</c> in the response,
    /// whatever their types and the call kind.
    /// </summary>
    public static bool LooksPaged(IMethodSymbol method)
        => method.Parameters.Length > 0
            && method.Parameters[0].Type is INamedTypeSymbol request
            && method.ReturnType is INamedTypeSymbol { TypeArguments.Length: 1 } call
            && (FindProperty(request, "PageSize") is not null
                || FindProperty(request, "PageToken") is not null
                || FindProperty(call.TypeArguments[0], "NextPageToken") is not null);

    /// <summary>
    /// The reason <paramref name="problem"/> of <paramref name="method"/>, with what to change: one clause for PG4003's
    /// message.
    /// </summary>
    public string Describe(PagedListProblem problem, IMethodSymbol method)
    {
        var request = method.Parameters.Length > 0 ? method.Parameters[0].Type.Name : "the request";
        var response = method.ReturnType is INamedTypeSymbol { TypeArguments.Length: 1 } returnType ? returnType.TypeArguments[0].Name : "the response";
        switch (problem)
        {
            case PagedListProblem.NotUnary:
                return "it is not a unary RPC; paged methods are generated for unary List RPCs (AIP-158), a streaming RPC sends its results without pages";
            case PagedListProblem.NoPageSize:
                return $"{request} has no 'page_size' field; add 'int32 page_size' to it (AIP-158)";
            case PagedListProblem.PageSizeNotInt32:
                return $"'page_size' of {request} is {TypeDescription(FindProperty(method.Parameters[0].Type, "PageSize"))}, not a settable int32; declare it 'int32 page_size'";
            case PagedListProblem.NoPageToken:
                return $"{request} has no 'page_token' field; add 'string page_token' to it (AIP-158)";
            case PagedListProblem.PageTokenNotString:
                return $"'page_token' of {request} is {TypeDescription(FindProperty(method.Parameters[0].Type, "PageToken"))}, not a settable string; declare it 'string page_token'";
            case PagedListProblem.NoNextPageToken:
                return $"{response} has no 'next_page_token' field; add 'string next_page_token' to it (AIP-158)";
            case PagedListProblem.NextPageTokenNotString:
                return $"'next_page_token' of {response} is {TypeDescription(FindProperty(((INamedTypeSymbol)method.ReturnType).TypeArguments[0], "NextPageToken"))}, not string; declare it 'string next_page_token'";
            case PagedListProblem.NoRepeatedField:
                return $"{response} has no repeated field for the page's results; add one, e.g. 'repeated Item items'";
            case PagedListProblem.SeveralRepeatedFields:
                var names = string.Join(", ", RepeatedProperties((INamedTypeSymbol)((INamedTypeSymbol)method.ReturnType).TypeArguments[0]).Select(property => "'" + property.Name + "'"));
                return $"{response} has several repeated fields ({names}), so which one is the page is ambiguous; keep one and move the others into a message";
            case PagedListProblem.NotMessages:
                return $"{request} or {response} is not a protobuf message class generated by Grpc.Tools";
            case PagedListProblem.Inaccessible:
                return $"{request}, {response} or the item type is not accessible from this assembly; make the messages public or internal";
            default:
                return string.Empty;
        }
    }

    /// <summary>
    /// Whether code anywhere in the assembly can name the type: the generated extension class is a top-level internal
    /// class, so a private or protected type (or type argument) anywhere in the chain rules the method out.
    /// </summary>
    public static bool IsVisibleInAssembly(ITypeSymbol type)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                return IsVisibleInAssembly(array.ElementType);
            case INamedTypeSymbol named:
                for (var current = named; current is not null; current = current.ContainingType)
                {
                    if (current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal))
                    {
                        return false;
                    }
                }

                return named.TypeArguments.All(IsVisibleInAssembly);
            default:
                return false;
        }
    }

    /// <summary>AIP-158 request: settable <c>int PageSize</c> and <c>string PageToken</c>.</summary>
    private static PagedListProblem RequestProblem(INamedTypeSymbol request)
        => FindProperty(request, "PageSize") is not { } pageSize ? PagedListProblem.NoPageSize
            : !IsProperty(pageSize, SpecialType.System_Int32, settable: true) ? PagedListProblem.PageSizeNotInt32
            : FindProperty(request, "PageToken") is not { } pageToken ? PagedListProblem.NoPageToken
            : !IsProperty(pageToken, SpecialType.System_String, settable: true) ? PagedListProblem.PageTokenNotString
            : PagedListProblem.None;

    /// <summary>AIP-158 response: <c>string NextPageToken</c> and exactly one repeated field, returned in <paramref name="items"/>.</summary>
    private PagedListProblem ResponseProblem(INamedTypeSymbol response, out IPropertySymbol? items)
    {
        items = null;
        if (FindProperty(response, "NextPageToken") is not { } nextPageToken)
        {
            return PagedListProblem.NoNextPageToken;
        }

        if (!IsProperty(nextPageToken, SpecialType.System_String, settable: false))
        {
            return PagedListProblem.NextPageTokenNotString;
        }

        var repeated = RepeatedProperties(response);
        if (repeated.Count != 1)
        {
            return repeated.Count == 0 ? PagedListProblem.NoRepeatedField : PagedListProblem.SeveralRepeatedFields;
        }

        items = repeated[0];
        return PagedListProblem.None;
    }

    private List<IPropertySymbol> RepeatedProperties(INamedTypeSymbol response)
        => response.GetMembers()
            .OfType<IPropertySymbol>()
            .Where(p => !p.IsStatic
                && p.DeclaredAccessibility == Accessibility.Public
                && p.Type is INamedTypeSymbol { TypeArguments.Length: 1 } type
                && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, _symbols.RepeatedFieldOfT))
            .ToList();

    private static bool HasClone(INamedTypeSymbol request)
        => request.GetMembers("Clone").OfType<IMethodSymbol>().Any(clone =>
            !clone.IsStatic
            && clone.DeclaredAccessibility == Accessibility.Public
            && clone.Parameters.IsEmpty
            && SymbolEqualityComparer.Default.Equals(clone.ReturnType, request));

    /// <summary>The instance property <paramref name="name"/> with a public getter, of any type.</summary>
    private static IPropertySymbol? FindProperty(ITypeSymbol type, string name)
        => type.GetMembers(name).OfType<IPropertySymbol>().FirstOrDefault(p =>
            !p.IsStatic && p.GetMethod is { DeclaredAccessibility: Accessibility.Public });

    private static bool IsProperty(IPropertySymbol property, SpecialType specialType, bool settable)
        => property.Type.SpecialType == specialType
            && (!settable || property.SetMethod is { DeclaredAccessibility: Accessibility.Public, IsInitOnly: false });

    /// <summary>The proto type a paging property's C# type stands for (<c>long</c> → int64).</summary>
    private static string TypeDescription(IPropertySymbol? property) => property?.Type.SpecialType switch
    {
        SpecialType.System_Int32 => "int32",
        SpecialType.System_Int64 => "int64",
        SpecialType.System_UInt32 => "uint32",
        SpecialType.System_UInt64 => "uint64",
        SpecialType.System_String => "string",
        SpecialType.System_Boolean => "bool",
        SpecialType.System_Double => "double",
        SpecialType.System_Single => "float",
        _ when property?.Type.Name == "ByteString" => "bytes",
        _ when property?.Type.TypeKind == TypeKind.Enum => "an enum",
        _ when property?.Type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T => "a wrapper type",
        _ => "a message",
    };
}
