using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ProtoGuard.Generators.Common;
using ProtoGuard.Shared;

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

    /// <summary>Syntax-only filter: a one-parameter constructor taking a <c>CallInvoker</c>, in a nested class.</summary>
    public static bool IsCandidateConstructor(SyntaxNode node, CancellationToken cancellationToken)
        => node is ConstructorDeclarationSyntax { ParameterList.Parameters.Count: 1 } constructor
            && constructor.Parent is ClassDeclarationSyntax { Parent: ClassDeclarationSyntax }
            && constructor.ParameterList.Parameters[0].Type is { } parameterType
            && SyntaxNames.Rightmost(parameterType) == "CallInvoker";

    /// <summary>Text-only filter: whether a tree mentions grpc_csharp_plugin, whose attribute marks every client member.</summary>
    public static bool MentionsGrpcPlugin(SyntaxTree tree, CancellationToken cancellationToken)
        => SourceTextSearch.Contains(tree.GetText(cancellationToken), GrpcPluginOutput.PluginName);

    /// <summary>Text-only filter: whether a tree may call a paged method (<c>ListXxxPaged</c>, <c>ListXxxPagedAsync</c>).</summary>
    public static bool MentionsPagedMethod(SyntaxTree tree, CancellationToken cancellationToken)
        => SourceTextSearch.Contains(tree.GetText(cancellationToken), PagedSuffix);

    /// <summary>
    /// The paged clients declared in <paramref name="tree"/>: each Grpc.Tools client class, found through its plugin
    /// <c>(CallInvoker)</c> constructor (a walk of the type declarations only, never of a member's body), with its list methods.
    /// </summary>
    public static ImmutableArray<PagedClientModel> ExtractSourceClients(SyntaxTree tree, Compilation compilation, CancellationToken cancellationToken)
    {
        if (!compilation.ContainsSyntaxTree(tree) || PagedListShape.Resolve(compilation) is not { } wellKnown)
        {
            return ImmutableArray<PagedClientModel>.Empty;
        }

        SemanticModel? model = null;
        var clients = ImmutableArray.CreateBuilder<PagedClientModel>();
        foreach (var constructor in CandidateConstructors(((CompilationUnitSyntax)tree.GetRoot(cancellationToken)).Members))
        {
            cancellationToken.ThrowIfCancellationRequested();
            model ??= compilation.GetSemanticModel(tree);
            if (model.GetDeclaredSymbol(constructor, cancellationToken) is { MethodKind: MethodKind.Constructor } symbol
                && SymbolEqualityComparer.Default.Equals(symbol.Parameters[0].Type, wellKnown.CallInvoker)
                && symbol.GetAttributes().Any(GrpcPluginOutput.IsPluginAttribute)
                && wellKnown.IsClientBaseOfItself(symbol.ContainingType)
                && SourceClientModel(symbol.ContainingType, wellKnown, cancellationToken) is { } client)
            {
                clients.Add(client);
            }
        }

        return clients.ToImmutable();
    }

    /// <summary>The constructors among <paramref name="members"/> and the members of their types, nested types included, that pass <see cref="IsCandidateConstructor"/>.</summary>
    private static IEnumerable<ConstructorDeclarationSyntax> CandidateConstructors(SyntaxList<MemberDeclarationSyntax> members)
    {
        foreach (var member in members)
        {
            switch (member)
            {
                case BaseNamespaceDeclarationSyntax ns:
                    foreach (var constructor in CandidateConstructors(ns.Members))
                    {
                        yield return constructor;
                    }

                    break;
                case TypeDeclarationSyntax type:
                    foreach (var constructor in CandidateConstructors(type.Members))
                    {
                        yield return constructor;
                    }

                    break;
                case ConstructorDeclarationSyntax constructor when IsCandidateConstructor(constructor, CancellationToken.None):
                    yield return constructor;
                    break;
            }
        }
    }

    /// <summary>
    /// The model of a client declared in this compilation; null when it is not nested in a static class, cannot be named
    /// from the generated class, or has no list method.
    /// </summary>
    private static PagedClientModel? SourceClientModel(INamedTypeSymbol client, PagedListShape wellKnown, CancellationToken cancellationToken)
    {
        if (client.ContainingType is not { IsStatic: true } serviceClass || !PagedListShape.IsVisibleInAssembly(client))
        {
            return null;
        }

        var serviceName = GrpcPluginOutput.ReadServiceName(serviceClass, cancellationToken) ?? serviceClass.Name;
        return CreateModel(client, wellKnown, PagedListShape.IsVisibleInAssembly, rpcName => SymbolDisplay.FormatLiteral("/" + serviceName + "/" + rpcName, quote: true), "/" + serviceName + "/", existing: null, cancellationToken);
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
        if (PagedListShape.Resolve(compilation) is not { } wellKnown)
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
                if (ReferencedClientModel(client, compilation, wellKnown, cancellationToken) is { } model)
                {
                    clients.Add(model);
                }
            }
        }

        return clients.OrderBy(static client => client.HintName, StringComparer.Ordinal).ToEquatableArray();
    }

    /// <summary>The model of a client of a referenced assembly; null when this compilation cannot see it or it has no list method left to generate.</summary>
    private static PagedClientModel? ReferencedClientModel(INamedTypeSymbol client, Compilation compilation, PagedListShape wellKnown, CancellationToken cancellationToken)
    {
        bool IsAccessible(ITypeSymbol type) => compilation.IsSymbolAccessibleWithin(type, compilation.Assembly);
        if (!IsAccessible(client))
        {
            return null;
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
        return CreateModel(client, wellKnown, IsAccessible, methodName, "/" + serviceClass.Name + "/", name => HasAccessiblePagingMethod(compilation, client, consumerNamespace, name), cancellationToken);
    }

    /// <summary>
    /// The CLR metadata names of the types a paged method is called on in <paramref name="tree"/>
    /// (<c>client.ListXxxPagedAsync</c>, <c>client?.ListXxxPaged</c>; the method need not exist yet), with their base
    /// classes, so a client's subclass asks for the client; <see cref="AnyClient"/> for a call through the generated
    /// class itself (<c>XxxClientPagingExtensions.ListXxxPagedAsync(client, …)</c>), which names no client. In the order of the calls.
    /// </summary>
    public static ImmutableArray<string> ReadPagedReceivers(SyntaxTree tree, Compilation compilation, CancellationToken cancellationToken)
    {
        if (!compilation.ContainsSyntaxTree(tree))
        {
            return ImmutableArray<string>.Empty;
        }

        SemanticModel? model = null;
        var receivers = ImmutableArray.CreateBuilder<string>();
        foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
        {
            ExpressionSyntax? receiver;
            if (node is MemberAccessExpressionSyntax access && IsPagedMethodName(access.Name.Identifier.ValueText))
            {
                receiver = access.Expression;
            }
            else if (node is MemberBindingExpressionSyntax binding && IsPagedMethodName(binding.Name.Identifier.ValueText))
            {
                receiver = FindConditionalReceiver(binding);
            }
            else
            {
                continue;
            }

            if (receiver is null)
            {
                continue;
            }

            model ??= compilation.GetSemanticModel(tree);
            var type = model.GetTypeInfo(receiver, cancellationToken).Type;
            if (type is ITypeParameterSymbol parameter)
            {
                type = parameter.ConstraintTypes.FirstOrDefault(static constraint => constraint.TypeKind == TypeKind.Class);
            }

            if (type is INamedTypeSymbol { TypeKind: TypeKind.Class } named)
            {
                // Grpc.Tools clients are never abstract; ClientBase<T> and ClientBase are.
                for (var current = named; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
                {
                    if (!current.IsAbstract)
                    {
                        receivers.Add(ProtocEmbeddedDescriptor.MetadataName(current.OriginalDefinition));
                    }
                }
            }
            else if ((type is null || type.TypeKind == TypeKind.Error) && SyntaxNames.Rightmost(receiver) is { } name && name.EndsWith(ExtensionClassSuffix, StringComparison.Ordinal))
            {
                receivers.Add(AnyClient);
            }
        }

        return receivers.ToImmutable();
    }

    /// <summary>
    /// The models of the clients whose paged methods the code calls (<see cref="ReadPagedReceivers"/>): of this
    /// compilation or of a referenced assembly, each with all its list methods; ordered by hint name (ordinal).
    /// </summary>
    public static EquatableArray<PagedClientModel> ExtractCalled(ImmutableArray<string> receivers, Compilation compilation, CancellationToken cancellationToken)
    {
        if (receivers.IsEmpty || PagedListShape.Resolve(compilation) is not { } wellKnown)
        {
            return EquatableArray<PagedClientModel>.Empty;
        }

        var clients = new List<PagedClientModel>();
        foreach (var name in receivers.Distinct(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (compilation.GetTypeByMetadataName(name) is not { } client || !wellKnown.IsGrpcToolsClient(client))
            {
                continue;
            }

            var model = SymbolEqualityComparer.Default.Equals(client.ContainingAssembly, compilation.Assembly)
                ? SourceClientModel(client, wellKnown, cancellationToken)
                : ReferencedClientModel(client, compilation, wellKnown, cancellationToken);
            if (model is not null)
            {
                clients.Add(model);
            }
        }

        return clients.OrderBy(static client => client.HintName, StringComparer.Ordinal).ToEquatableArray();
    }

    /// <summary>What <see cref="ReadPagedReceivers"/> reads for a call that names no client: every client gets its paged methods.</summary>
    public const string AnyClient = "*";

    /// <summary>What every paged method's name ends with, before <c>Async</c>.</summary>
    public const string PagedSuffix = "Paged";

    private const string ExtensionClassSuffix = "PagingExtensions";

    /// <summary><c>ListXxxPaged</c> or <c>ListXxxPagedAsync</c>: an RPC name followed by the suffix.</summary>
    private static bool IsPagedMethodName(string name)
        => (name.Length > PagedSuffix.Length && name.EndsWith(PagedSuffix, StringComparison.Ordinal))
            || (name.Length > PagedSuffix.Length + 5 && name.EndsWith(PagedSuffix + "Async", StringComparison.Ordinal));

    /// <summary>The expression before the <c>?.</c> whose member <paramref name="binding"/> binds.</summary>
    private static ExpressionSyntax? FindConditionalReceiver(MemberBindingExpressionSyntax binding)
    {
        SyntaxNode current = binding;
        while (current.Parent is { } parent)
        {
            if (parent is ConditionalAccessExpressionSyntax conditional && conditional.WhenNotNull.Span.Contains(current.Span))
            {
                return conditional.Expression;
            }

            current = parent;
        }

        return null;
    }

    private static PagedClientModel? CreateModel(
        INamedTypeSymbol client,
        PagedListShape wellKnown,
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
        PagedListShape wellKnown,
        Func<string, string> methodNameExpression,
        string methodNamePrefix,
        Func<ITypeSymbol, bool> isAccessible,
        Func<string, bool>? existing)
    {
        if (wellKnown.Check(method, isAccessible, out var paged) != PagedListProblem.None)
        {
            return null;
        }

        var request = paged!.Request;
        var response = paged.Response;
        var rpcName = paged.RpcName;
        var hasBlockingOverload = client.GetMembers(rpcName).OfType<IMethodSymbol>().Any(candidate =>
            !candidate.IsStatic
            && candidate.DeclaredAccessibility == Accessibility.Public
            && SymbolEqualityComparer.Default.Equals(candidate.ReturnType, response)
            && wellKnown.HasCallParameters(candidate)
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
            paged.ItemType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            paged.Items.Name,
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
    private static IEnumerable<INamedTypeSymbol> FindClients(INamespaceSymbol ns, PagedListShape wellKnown, CancellationToken cancellationToken)
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
                    if (wellKnown.IsGrpcToolsClient(candidate))
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
}
