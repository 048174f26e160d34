using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ProtoGuard.Shared;

namespace ProtoGuard.Analyzers.CSharp.Semantics;

/// <summary>
/// The gRPC client types whose calls get the current server call's deadline and cancellation from the client factory
/// (grpc-dotnet's documented way to propagate), so that PG3003 and PG3001 stay silent for them in handlers:
/// <list type="bullet">
/// <item><c>services.AddGrpcClient&lt;T&gt;(…).EnableCallContextPropagation()</c> (Grpc.AspNetCore.Server.ClientFactory),
/// also with other builder calls in between or through a local (<c>var builder = services.AddGrpcClient&lt;T&gt;(…);
/// builder.EnableCallContextPropagation();</c>);</item>
/// <item><c>.AddInterceptor&lt;TInterceptor&gt;()</c> / <c>.AddInterceptor(sp =&gt; …)</c> / <c>options.Interceptors.Add(…)</c>
/// of a propagation interceptor: an <c>Interceptor</c> of this compilation that reads a <c>ServerCallContext</c>
/// (grpc-dotnet's own <c>ContextPropagationInterceptor</c> is internal, so teams write their own);</item>
/// <item>an <c>IHttpClientBuilder</c> extension method of this compilation that does one of those
/// (<c>.AddCallContextPropagation()</c>), and a generic registration helper
/// (<c>AddDownstream&lt;TClient&gt;()</c> that calls <c>AddGrpcClient&lt;TClient&gt;</c>), at its call sites.</item>
/// </list>
/// Collected once per compilation, on first use, from the syntax trees that mention <c>AddGrpcClient</c>.
/// </summary>
internal sealed class CallContextPropagationRegistrations
{
    private const string AddGrpcClient = "AddGrpcClient";

    /// <summary>How many user extension methods deep a propagating builder call is looked for.</summary>
    private const int MaxWrapperDepth = 3;

    private readonly Compilation _compilation;
    private readonly INamedTypeSymbol? _interceptorType;
    private readonly object _gate = new();
    private ImmutableHashSet<ITypeSymbol>? _propagatedClients;

    private CallContextPropagationRegistrations(Compilation compilation, INamedTypeSymbol? interceptorType)
    {
        _compilation = compilation;
        _interceptorType = interceptorType;
    }

    /// <summary>For a compilation start action; null when the compilation does not reference the gRPC client factory.</summary>
    public static CallContextPropagationRegistrations? TryCreate(Compilation compilation)
    {
        var symbols = GrpcSymbols.For(compilation);
        return symbols.GrpcClientServiceExtensions is null ? null : new CallContextPropagationRegistrations(compilation, symbols.Interceptor);
    }

    /// <summary>Whether the client of <paramref name="call"/> (its receiver's type or the generated client) is registered with propagation.</summary>
    public bool IsPropagated(GrpcClientCall call, CancellationToken cancellationToken)
    {
        var clients = GetPropagatedClients(cancellationToken);
        return clients.Count > 0
            && (clients.Contains(call.Method.ContainingType.OriginalDefinition)
                || (call.Invocation.Instance?.Type is { } receiver && clients.Contains(receiver.OriginalDefinition)));
    }

    private ImmutableHashSet<ITypeSymbol> GetPropagatedClients(CancellationToken cancellationToken)
    {
        // Not Lazy<T>: a cancelled first computation must not be cached for the rest of the compilation.
        lock (_gate)
        {
            return _propagatedClients ??= Collect(cancellationToken);
        }
    }

#pragma warning disable RS1030 // Once per compilation, on first use, only for the trees that mention AddGrpcClient.
    private SemanticModel GetModel(SyntaxTree tree) => _compilation.GetSemanticModel(tree);
#pragma warning restore RS1030

    private ImmutableHashSet<ITypeSymbol> Collect(CancellationToken cancellationToken)
    {
        var clients = ImmutableHashSet.CreateBuilder<ITypeSymbol>(SymbolEqualityComparer.Default);

        // Generic helpers (AddDownstream<TClient>) that register their type parameter: method → (type parameter, propagates inside).
        var helpers = new Dictionary<IMethodSymbol, (string TypeParameter, bool Propagates)>(SymbolEqualityComparer.Default);
        foreach (var tree in _compilation.SyntaxTrees)
        {
            SemanticModel? model = null;
            foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
            {
                if (node is not GenericNameSyntax { Identifier.ValueText: AddGrpcClient, TypeArgumentList.Arguments.Count: 1 } name
                    || InvocationOf(name) is not { } invocation)
                {
                    continue;
                }

                model ??= GetModel(tree);
                if (model.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol { TypeArguments.Length: 1 } method
                    || !IsFromNamespaceAndType(method.ContainingType, "GrpcClientServiceExtensions"))
                {
                    continue;
                }

                var propagates = MentionsPropagationInterceptor(invocation.ArgumentList, model, cancellationToken)
                    || BuilderPropagates(invocation, model, cancellationToken);
                switch (method.TypeArguments[0])
                {
                    case ITypeParameterSymbol { DeclaringMethod: { } helper } parameter:
                        helpers[helper.OriginalDefinition] = (parameter.Name, propagates);
                        break;
                    case INamedTypeSymbol client when propagates:
                        clients.Add(client.OriginalDefinition);
                        break;
                }
            }
        }

        if (helpers.Count > 0)
        {
            AddHelperCallSites(helpers, clients, cancellationToken);
        }

        return clients.ToImmutable();
    }

    private void AddHelperCallSites(Dictionary<IMethodSymbol, (string TypeParameter, bool Propagates)> helpers, ImmutableHashSet<ITypeSymbol>.Builder clients, CancellationToken cancellationToken)
    {
        var names = new HashSet<string>();
        foreach (var helper in helpers.Keys)
        {
            names.Add(helper.Name);
        }

        foreach (var tree in _compilation.SyntaxTrees)
        {
            SemanticModel? model = null;
            foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
            {
                if (node is not GenericNameSyntax name || !names.Contains(name.Identifier.ValueText) || InvocationOf(name) is not { } invocation)
                {
                    continue;
                }

                model ??= GetModel(tree);
                if (model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol method
                    && helpers.TryGetValue((method.ReducedFrom ?? method).OriginalDefinition, out var helper)
                    && TypeArgument(method, helper.TypeParameter) is INamedTypeSymbol client
                    && (helper.Propagates || BuilderPropagates(invocation, model, cancellationToken)))
                {
                    clients.Add(client.OriginalDefinition);
                }
            }
        }
    }

    /// <summary>The type argument of <paramref name="method"/> (reduced extension form or not) for its type parameter named <paramref name="name"/>.</summary>
    private static ITypeSymbol? TypeArgument(IMethodSymbol method, string name)
    {
        for (var i = 0; i < method.TypeParameters.Length; i++)
        {
            if (method.TypeParameters[i].Name == name)
            {
                return method.TypeArguments[i];
            }
        }

        return null;
    }

    /// <summary>The invocation whose invoked name is <paramref name="name"/> (<c>services.AddGrpcClient&lt;T&gt;(…)</c> or <c>AddGrpcClient&lt;T&gt;(services, …)</c>).</summary>
    private static InvocationExpressionSyntax? InvocationOf(SimpleNameSyntax name) => name.Parent switch
    {
        MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax invocation } memberAccess when memberAccess.Name == name && invocation.Expression == memberAccess => invocation,
        InvocationExpressionSyntax invocation when invocation.Expression == name => invocation,
        _ => null,
    };

    /// <summary>
    /// Whether a builder call chained on <paramref name="builder"/> (directly, or through a local it is stored in within
    /// the same member) enables propagation.
    /// </summary>
    private bool BuilderPropagates(ExpressionSyntax builder, SemanticModel model, CancellationToken cancellationToken)
    {
        if (ChainedCallPropagates(builder, model, MaxWrapperDepth, cancellationToken, out var current))
        {
            return true;
        }

        if (current.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }
            && model.GetDeclaredSymbol(declarator, cancellationToken) is ILocalSymbol local
            && declarator.FirstAncestorOrSelf<MemberDeclarationSyntax>() is { } member)
        {
            foreach (var node in member.DescendantNodes())
            {
                if (node is IdentifierNameSyntax identifier
                    && identifier.Identifier.ValueText == local.Name
                    && identifier.Parent is MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax } access
                    && access.Expression == identifier
                    && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(identifier, cancellationToken).Symbol, local)
                    && BuilderPropagates(identifier, model, cancellationToken))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool IsPropagationCall(IMethodSymbol method, InvocationExpressionSyntax call, SemanticModel model, int depth, CancellationToken cancellationToken)
    {
        if (method.Name == "EnableCallContextPropagation" && IsFromNamespaceAndType(method.ContainingType, "GrpcServerHttpClientBuilderExtensions"))
        {
            return true;
        }

        if (method.Name == "AddInterceptor" && IsFromNamespaceAndType(method.ContainingType, "GrpcHttpClientBuilderExtensions"))
        {
            foreach (var typeArgument in method.TypeArguments)
            {
                if (IsPropagationInterceptor(typeArgument, cancellationToken))
                {
                    return true;
                }
            }

            return MentionsPropagationInterceptor(call.ArgumentList, model, cancellationToken);
        }

        return depth > 0 && method.IsExtensionMethod && method.DeclaringSyntaxReferences.Length > 0 && ExtensionPropagates(method.ReducedFrom ?? method, depth - 1, cancellationToken);
    }

    /// <summary>Whether a source extension method (<c>AddCallContextPropagation(this IHttpClientBuilder builder)</c>) makes a propagating builder call on its receiver.</summary>
    private bool ExtensionPropagates(IMethodSymbol extension, int depth, CancellationToken cancellationToken)
    {
        if (extension.Parameters.Length == 0)
        {
            return false;
        }

        var receiver = extension.Parameters[0];
        foreach (var reference in extension.DeclaringSyntaxReferences)
        {
            var declaration = reference.GetSyntax(cancellationToken);
            SemanticModel? model = null;
            foreach (var node in declaration.DescendantNodes())
            {
                if (node is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == receiver.Name)
                {
                    model ??= GetModel(declaration.SyntaxTree);
                    if (SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(identifier, cancellationToken).Symbol, receiver)
                        && ChainedCallPropagates(identifier, model, depth, cancellationToken))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private bool ChainedCallPropagates(ExpressionSyntax receiver, SemanticModel model, int depth, CancellationToken cancellationToken) =>
        ChainedCallPropagates(receiver, model, depth, cancellationToken, out _);

    /// <summary>
    /// Whether a call made on <paramref name="receiver"/>, or on what such calls return, propagates; <paramref name="top"/>
    /// is the outermost call of the chain (or the receiver itself).
    /// </summary>
    private bool ChainedCallPropagates(ExpressionSyntax receiver, SemanticModel model, int depth, CancellationToken cancellationToken, out ExpressionSyntax top)
    {
        top = receiver;
        while (NextCallOn(top) is { } outer)
        {
            if (model.GetSymbolInfo(outer, cancellationToken).Symbol is IMethodSymbol method && IsPropagationCall(method, outer, model, depth, cancellationToken))
            {
                return true;
            }

            top = outer;
        }

        return false;
    }

    /// <summary>The call that takes <paramref name="receiver"/> as its receiver: <c>receiver.X(…)</c>, or <c>Ext.X(receiver, …)</c> for an extension called as a static method.</summary>
    private static InvocationExpressionSyntax? NextCallOn(ExpressionSyntax receiver) => receiver.Parent switch
    {
        MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax outer } memberAccess when memberAccess.Expression == receiver && outer.Expression == memberAccess => outer,
        ArgumentSyntax { NameColon: null, Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax outer } arguments } argument
            when arguments.Arguments.IndexOf(argument) == 0 && outer.Expression is MemberAccessExpressionSyntax => outer,
        _ => null,
    };

    /// <summary>Whether the arguments create or resolve a propagation interceptor (<c>o.Interceptors.Add(new X())</c>, <c>sp =&gt; sp.GetRequiredService&lt;X&gt;()</c>).</summary>
    private bool MentionsPropagationInterceptor(SyntaxNode arguments, SemanticModel model, CancellationToken cancellationToken)
    {
        if (_interceptorType is null)
        {
            return false;
        }

        foreach (var node in arguments.DescendantNodes())
        {
            var type = node switch
            {
                ObjectCreationExpressionSyntax creation => model.GetTypeInfo(creation, cancellationToken).Type,
                TypeArgumentListSyntax { Arguments.Count: 1 } typeArguments => model.GetTypeInfo(typeArguments.Arguments[0], cancellationToken).Type,
                _ => null,
            };
            if (IsPropagationInterceptor(type, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An <c>Interceptor</c> declared in this compilation whose code reads the server call's context (<c>ServerCallContext</c>, <c>IServerCallContextFeature</c>, <c>GetServerCallContext()</c>).</summary>
    private bool IsPropagationInterceptor(ITypeSymbol? type, CancellationToken cancellationToken)
    {
        if (type is not INamedTypeSymbol named || !GrpcSymbols.InheritsFromOrEquals(named, _interceptorType))
        {
            return false;
        }

        foreach (var reference in named.DeclaringSyntaxReferences)
        {
            foreach (var node in reference.GetSyntax(cancellationToken).DescendantNodes())
            {
                if (node is IdentifierNameSyntax { Identifier.ValueText: "ServerCallContext" or "IServerCallContextFeature" or "GetServerCallContext" })
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsFromNamespaceAndType(INamedTypeSymbol? type, string typeName) =>
        type is { ContainingNamespace: { Name: "DependencyInjection", ContainingNamespace: { Name: "Extensions", ContainingNamespace: { Name: "Microsoft", ContainingNamespace.IsGlobalNamespace: true } } } }
        && type.Name == typeName;
}
