using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ProtoGuard.Generators.Common;

namespace ProtoGuard.Generators.Paging;

/// <summary>
/// Recognises Grpc.Tools clients and their AIP-158 list methods, and turns them into equatable models.
/// </summary>
/// <remarks>
/// grpc_csharp_plugin marks the members of a client with <c>[GeneratedCode("grpc_csharp_plugin", null)]</c>, not the
/// client class itself. Every client has exactly one such <c>XxxClient(grpc::CallInvoker callInvoker)</c>
/// constructor, so that constructor is the anchor: one hit per client, found through the compiler's attribute index.
/// </remarks>
internal static class PagedClientExtractor
{
    public const string GeneratedCodeAttributeMetadataName = "System.CodeDom.Compiler.GeneratedCodeAttribute";

    private const string GrpcPluginToolName = "grpc_csharp_plugin";
    private const string ServiceNameFieldName = "__ServiceName";
    private const string AsyncSuffix = "Async";

    /// <summary>Syntax-only filter: a one-parameter constructor taking a <c>CallInvoker</c>, in a nested class.</summary>
    public static bool IsCandidateConstructor(SyntaxNode node, CancellationToken cancellationToken)
        => node is ConstructorDeclarationSyntax { ParameterList.Parameters.Count: 1 } constructor
            && constructor.Parent is ClassDeclarationSyntax { Parent: ClassDeclarationSyntax }
            && constructor.ParameterList.Parameters[0].Type is { } parameterType
            && GetRightmostName(parameterType) == "CallInvoker";

    public static PagedClientModel? Extract(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not IMethodSymbol { MethodKind: MethodKind.Constructor } constructor
            || !context.Attributes.Any(IsGrpcPluginAttribute))
        {
            return null;
        }

        var wellKnown = WellKnownTypes.Resolve(context.SemanticModel.Compilation);
        if (wellKnown is null)
        {
            return null;
        }

        var client = constructor.ContainingType;
        if (!SymbolEqualityComparer.Default.Equals(constructor.Parameters[0].Type, wellKnown.CallInvoker)
            || client.ContainingType is not { IsStatic: true } serviceClass
            || !IsClientBaseOfItself(client, wellKnown)
            || !IsVisibleInAssembly(client))
        {
            return null;
        }

        var serviceName = ReadServiceName(serviceClass, cancellationToken) ?? serviceClass.Name;
        return CreateModel(client, wellKnown, IsVisibleInAssembly, rpcName => SymbolDisplay.FormatLiteral("/" + serviceName + "/" + rpcName, quote: true), "/" + serviceName + "/", existing: null, cancellationToken);
    }

    /// <summary>
    /// The Grpc.Tools clients of the referenced assemblies (projects and packages) that this compilation can see, with
    /// the list methods that have no paging method yet: none of our own (ProtoGuard's generated types are
    /// <c>[Embedded]</c>, invisible to other assemblies), but a referenced library may expose its own
    /// <c>ListXxxPagedAsync</c> extension (or member) for the client, and a second one would make calls ambiguous (CS0121).
    /// Only assemblies that reference gRPC (<c>Grpc.Core.Api</c>) are searched.
    /// </summary>
    public static EquatableArray<PagedClientModel> ExtractReferenced(Compilation compilation, CancellationToken cancellationToken)
    {
        if (WellKnownTypes.Resolve(compilation) is not { } wellKnown)
        {
            return EquatableArray<PagedClientModel>.Empty;
        }

        var clients = new List<PagedClientModel>();
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!ReferencesGrpc(assembly))
            {
                continue;
            }

            foreach (var client in FindClients(assembly.GlobalNamespace, wellKnown, cancellationToken))
            {
                bool IsAccessible(ITypeSymbol type) => compilation.IsSymbolAccessibleWithin(type, compilation.Assembly);
                if (!IsAccessible(client))
                {
                    continue;
                }

                var serviceClass = client.ContainingType!;
                var serviceClassName = serviceClass.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);

                // __ServiceName is a static readonly field whose value metadata does not keep; the service's descriptor
                // names the service exactly at run time.
                var hasDescriptor = serviceClass.GetMembers("Descriptor").OfType<IPropertySymbol>().Any(property =>
                    property.IsStatic && property.DeclaredAccessibility == Accessibility.Public
                    && property.Type.ToDisplayString() == "Google.Protobuf.Reflection.ServiceDescriptor");
                Func<string, string> methodName = hasDescriptor
                    ? rpcName => "\"/\" + " + serviceClassName + ".Descriptor.FullName + " + SymbolDisplay.FormatLiteral("/" + rpcName, quote: true)
                    : rpcName => SymbolDisplay.FormatLiteral("/" + serviceClass.Name + "/" + rpcName, quote: true);
                var consumerNamespace = FindNamespace(compilation.GlobalNamespace, client.ContainingNamespace);
                if (CreateModel(client, wellKnown, IsAccessible, methodName, "/" + serviceClass.Name + "/", name => HasAccessiblePagingMethod(compilation, client, consumerNamespace, name), cancellationToken) is { } model)
                {
                    clients.Add(model);
                }
            }
        }

        return clients.OrderBy(static client => client.HintName, StringComparer.Ordinal).ToEquatableArray();
    }

    private static PagedClientModel? CreateModel(
        INamedTypeSymbol client,
        WellKnownTypes wellKnown,
        Func<ITypeSymbol, bool> isAccessible,
        Func<string, string> methodNameExpression,
        string methodNamePrefix,
        Func<string, bool>? existing,
        CancellationToken cancellationToken)
    {
        var methods = new List<PagedMethodModel>();
        foreach (var member in client.GetMembers())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (member is IMethodSymbol method && TryCreateMethod(client, method, wellKnown, methodNameExpression, methodNamePrefix, isAccessible, existing) is { } model)
            {
                methods.Add(model);
            }
        }

        if (methods.Count == 0)
        {
            return null;
        }

        var clientTypeName = client.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        var ns = client.ContainingNamespace.IsGlobalNamespace ? string.Empty : client.ContainingNamespace.ToDisplayString();
        return new PagedClientModel(
            ns,
            clientTypeName,
            client.Name + "PagingExtensions",
            clientTypeName.Substring("global::".Length) + ".Paging.g.cs",
            methods.OrderBy(static m => m.RpcName, StringComparer.Ordinal).ToEquatableArray());
    }

    private static PagedMethodModel? TryCreateMethod(
        INamedTypeSymbol client,
        IMethodSymbol method,
        WellKnownTypes wellKnown,
        Func<string, string> methodNameExpression,
        string methodNamePrefix,
        Func<ITypeSymbol, bool> isAccessible,
        Func<string, bool>? existing)
    {
        if (method.IsStatic
            || method.DeclaredAccessibility != Accessibility.Public
            || method.Name.Length <= AsyncSuffix.Length
            || !method.Name.EndsWith(AsyncSuffix, StringComparison.Ordinal)
            || method.ReturnType is not INamedTypeSymbol { TypeArguments.Length: 1 } returnType
            || !SymbolEqualityComparer.Default.Equals(returnType.OriginalDefinition, wellKnown.AsyncUnaryCall)
            || !HasCallParameters(method, wellKnown)
            || method.Parameters[0].Type is not INamedTypeSymbol request
            || returnType.TypeArguments[0] is not INamedTypeSymbol response)
        {
            return null;
        }

        if (!IsPageRequest(request, wellKnown)
            || FindPageItems(response, wellKnown) is not { } items
            || !isAccessible(request)
            || !isAccessible(response)
            || !isAccessible(items.ItemType))
        {
            return null;
        }

        var rpcName = method.Name.Substring(0, method.Name.Length - AsyncSuffix.Length);
        var hasBlockingOverload = client.GetMembers(rpcName).OfType<IMethodSymbol>().Any(candidate =>
            !candidate.IsStatic
            && candidate.DeclaredAccessibility == Accessibility.Public
            && SymbolEqualityComparer.Default.Equals(candidate.ReturnType, response)
            && HasCallParameters(candidate, wellKnown)
            && SymbolEqualityComparer.Default.Equals(candidate.Parameters[0].Type, request));
        var generatesAsync = existing is null || !existing(rpcName + "PagedAsync");
        var generatesBlocking = hasBlockingOverload && (existing is null || !existing(rpcName + "Paged"));
        if (!generatesAsync && !generatesBlocking)
        {
            return null;
        }

        return new PagedMethodModel(
            rpcName,
            methodNamePrefix + rpcName,
            methodNameExpression(rpcName),
            request.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            response.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            items.ItemType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            items.Property.Name,
            generatesAsync,
            generatesBlocking);
    }

    /// <summary>
    /// A type marked <c>[Microsoft.CodeAnalysis.Embedded]</c>: the compiler hides it from other assemblies (even through
    /// InternalsVisibleTo), as ProtoGuard's generated types are, though their symbols still list it.
    /// </summary>
    private static bool IsEmbeddedElsewhere(INamedTypeSymbol type, Compilation compilation)
        => !SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly)
            && type.GetAttributes().Any(attribute => attribute.AttributeClass is { Name: "EmbeddedAttribute", ContainingNamespace: { Name: "CodeAnalysis", ContainingNamespace: { Name: "Microsoft", ContainingNamespace.IsGlobalNamespace: true } } });

    /// <summary>Whether the assembly references <c>Grpc.Core.Api</c> (where <c>ClientBase&lt;T&gt;</c> lives), so may declare clients.</summary>
    private static bool ReferencesGrpc(IAssemblySymbol assembly)
        => assembly.Modules.Any(module => module.ReferencedAssemblies.Any(identity => identity.Name == "Grpc.Core.Api"));

    /// <summary>The Grpc.Tools clients of a referenced assembly: <c>XxxClient : ClientBase&lt;XxxClient&gt;</c> nested in a static class, with the plugin's <c>(CallInvoker)</c> constructor.</summary>
    private static IEnumerable<INamedTypeSymbol> FindClients(INamespaceSymbol ns, WellKnownTypes wellKnown, CancellationToken cancellationToken)
    {
        foreach (var member in ns.GetMembers())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (member is INamespaceSymbol nested)
            {
                foreach (var client in FindClients(nested, wellKnown, cancellationToken))
                {
                    yield return client;
                }
            }
            else if (member is INamedTypeSymbol { IsStatic: true } serviceClass)
            {
                foreach (var candidate in serviceClass.GetTypeMembers())
                {
                    if (IsClientBaseOfItself(candidate, wellKnown)
                        && candidate.InstanceConstructors.Any(constructor =>
                            constructor.Parameters.Length == 1
                            && SymbolEqualityComparer.Default.Equals(constructor.Parameters[0].Type, wellKnown.CallInvoker)
                            && constructor.GetAttributes().Any(IsGrpcPluginAttribute)))
                    {
                        yield return candidate;
                    }
                }
            }
        }
    }

    /// <summary>The namespace of this compilation (merged over all its assemblies) with the same name as <paramref name="ns"/>.</summary>
    private static INamespaceSymbol? FindNamespace(INamespaceSymbol global, INamespaceSymbol ns)
    {
        if (ns.IsGlobalNamespace)
        {
            return global;
        }

        return FindNamespace(global, ns.ContainingNamespace) is { } parent
            ? parent.GetNamespaceMembers().FirstOrDefault(candidate => candidate.Name == ns.Name)
            : null;
    }

    /// <summary>
    /// Whether the compilation already sees a method <paramref name="name"/> on <paramref name="client"/>: a member, or an
    /// extension method of a static class in the client's namespace (where the generated one would go) whose first
    /// parameter is the client.
    /// </summary>
    private static bool HasAccessiblePagingMethod(Compilation compilation, INamedTypeSymbol client, INamespaceSymbol? ns, string name)
    {
        if (client.GetMembers(name).Any(member => compilation.IsSymbolAccessibleWithin(member, compilation.Assembly)))
        {
            return true;
        }

        return ns is not null && ns.GetTypeMembers().Any(type =>
            type is { IsStatic: true, MightContainExtensionMethods: true }
            && !IsEmbeddedElsewhere(type, compilation)
            && type.GetMembers(name).OfType<IMethodSymbol>().Any(method =>
                method.IsExtensionMethod
                && SymbolEqualityComparer.Default.Equals(method.Parameters[0].Type, client)
                && compilation.IsSymbolAccessibleWithin(method, compilation.Assembly)));
    }

    /// <summary>Grpc.Tools' <c>(TRequest request, Metadata headers, DateTime? deadline, CancellationToken cancellationToken)</c>.</summary>
    private static bool HasCallParameters(IMethodSymbol method, WellKnownTypes wellKnown)
        => method.Parameters.Length == 4
            && method.Parameters.All(static p => p.RefKind == RefKind.None)
            && SymbolEqualityComparer.Default.Equals(method.Parameters[1].Type, wellKnown.Metadata)
            && method.Parameters[2].Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } deadline
            && deadline.TypeArguments[0].SpecialType == SpecialType.System_DateTime
            && SymbolEqualityComparer.Default.Equals(method.Parameters[3].Type, wellKnown.CancellationToken);

    /// <summary>AIP-158 request: a message with settable <c>int PageSize</c> and <c>string PageToken</c>, and <c>Clone()</c>.</summary>
    private static bool IsPageRequest(INamedTypeSymbol request, WellKnownTypes wellKnown)
        => IsMessage(request, wellKnown)
            && HasProperty(request, "PageSize", SpecialType.System_Int32, settable: true)
            && HasProperty(request, "PageToken", SpecialType.System_String, settable: true)
            && request.GetMembers("Clone").OfType<IMethodSymbol>().Any(clone =>
                !clone.IsStatic
                && clone.DeclaredAccessibility == Accessibility.Public
                && clone.Parameters.IsEmpty
                && SymbolEqualityComparer.Default.Equals(clone.ReturnType, request));

    /// <summary>
    /// AIP-158 response: a message with <c>string NextPageToken</c> and exactly one repeated field, whose property and
    /// element type are returned; null for any other shape.
    /// </summary>
    private static (IPropertySymbol Property, ITypeSymbol ItemType)? FindPageItems(INamedTypeSymbol response, WellKnownTypes wellKnown)
    {
        if (!IsMessage(response, wellKnown) || !HasProperty(response, "NextPageToken", SpecialType.System_String, settable: false))
        {
            return null;
        }

        var repeated = response.GetMembers()
            .OfType<IPropertySymbol>()
            .Where(p => !p.IsStatic
                && p.DeclaredAccessibility == Accessibility.Public
                && p.Type is INamedTypeSymbol { TypeArguments.Length: 1 } type
                && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, wellKnown.RepeatedField))
            .ToImmutableArray();
        return repeated.Length == 1
            ? (repeated[0], ((INamedTypeSymbol)repeated[0].Type).TypeArguments[0])
            : null;
    }

    private static bool IsMessage(INamedTypeSymbol type, WellKnownTypes wellKnown)
        => type.AllInterfaces.Any(i =>
            SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, wellKnown.MessageOfT)
            && SymbolEqualityComparer.Default.Equals(i.TypeArguments[0], type));

    private static bool HasProperty(INamedTypeSymbol type, string name, SpecialType specialType, bool settable)
        => type.GetMembers(name).OfType<IPropertySymbol>().Any(p =>
            !p.IsStatic
            && p.Type.SpecialType == specialType
            && p.GetMethod is { DeclaredAccessibility: Accessibility.Public }
            && (!settable || p.SetMethod is { DeclaredAccessibility: Accessibility.Public, IsInitOnly: false }));

    private static bool IsClientBaseOfItself(INamedTypeSymbol client, WellKnownTypes wellKnown)
        => client.BaseType is { TypeArguments.Length: 1 } baseType
            && SymbolEqualityComparer.Default.Equals(baseType.OriginalDefinition, wellKnown.ClientBaseOfT)
            && SymbolEqualityComparer.Default.Equals(baseType.TypeArguments[0], client);

    /// <summary>
    /// Whether code anywhere in the assembly can name the type: the generated extension class is a top-level internal
    /// class, so a private or protected type (or type argument) anywhere in the chain rules the method out.
    /// </summary>
    private static bool IsVisibleInAssembly(ITypeSymbol type)
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

    private static bool IsGrpcPluginAttribute(AttributeData attribute)
        => attribute.ConstructorArguments.Length > 0
            && attribute.ConstructorArguments[0].Value is string tool
            && string.Equals(tool, GrpcPluginToolName, StringComparison.Ordinal);

    /// <summary>The protobuf service name from <c>static readonly string __ServiceName = "pkg.Service";</c>.</summary>
    private static string? ReadServiceName(INamedTypeSymbol serviceClass, CancellationToken cancellationToken)
    {
        foreach (var field in serviceClass.GetMembers(ServiceNameFieldName).OfType<IFieldSymbol>())
        {
            foreach (var reference in field.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is VariableDeclaratorSyntax
                    {
                        Initializer.Value: LiteralExpressionSyntax { Token.Value: string name },
                    })
                {
                    return name;
                }
            }
        }

        return null;
    }

    private static string? GetRightmostName(TypeSyntax type) => type switch
    {
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>The gRPC and protobuf types the shape checks compare against; null when gRPC is not referenced.</summary>
    private sealed class WellKnownTypes
    {
        private WellKnownTypes(
            INamedTypeSymbol callInvoker,
            INamedTypeSymbol clientBaseOfT,
            INamedTypeSymbol asyncUnaryCall,
            INamedTypeSymbol metadata,
            INamedTypeSymbol messageOfT,
            INamedTypeSymbol repeatedField,
            INamedTypeSymbol cancellationToken)
        {
            CallInvoker = callInvoker;
            ClientBaseOfT = clientBaseOfT;
            AsyncUnaryCall = asyncUnaryCall;
            Metadata = metadata;
            MessageOfT = messageOfT;
            RepeatedField = repeatedField;
            CancellationToken = cancellationToken;
        }

        public INamedTypeSymbol CallInvoker { get; }

        public INamedTypeSymbol ClientBaseOfT { get; }

        public INamedTypeSymbol AsyncUnaryCall { get; }

        public INamedTypeSymbol Metadata { get; }

        public INamedTypeSymbol MessageOfT { get; }

        public INamedTypeSymbol RepeatedField { get; }

        public INamedTypeSymbol CancellationToken { get; }

        public static WellKnownTypes? Resolve(Compilation compilation)
        {
            var callInvoker = compilation.GetTypeByMetadataName("Grpc.Core.CallInvoker");
            var clientBase = compilation.GetTypeByMetadataName("Grpc.Core.ClientBase`1");
            var asyncUnaryCall = compilation.GetTypeByMetadataName("Grpc.Core.AsyncUnaryCall`1");
            var metadata = compilation.GetTypeByMetadataName("Grpc.Core.Metadata");
            var message = compilation.GetTypeByMetadataName("Google.Protobuf.IMessage`1");
            var repeatedField = compilation.GetTypeByMetadataName("Google.Protobuf.Collections.RepeatedField`1");
            var cancellationToken = compilation.GetTypeByMetadataName("System.Threading.CancellationToken");
            return callInvoker is null || clientBase is null || asyncUnaryCall is null || metadata is null
                || message is null || repeatedField is null || cancellationToken is null
                ? null
                : new WellKnownTypes(callInvoker, clientBase, asyncUnaryCall, metadata, message, repeatedField, cancellationToken);
        }
    }
}
