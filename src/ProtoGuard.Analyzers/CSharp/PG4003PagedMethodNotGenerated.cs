using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Shared;
using ProtoGuard.Analyzers.CSharp.Semantics;

namespace ProtoGuard.Analyzers.CSharp;

/// <summary>
/// PG4003 (Info): a List RPC of a Grpc.Tools client (a paging field in its request or response) that gets no paged
/// method, with the reason and the change that gets one: where the code calls the RPC (<c>client.ListWidgetsAsync</c>,
/// <c>client.ListWidgets</c>) and where it asks for the paged method the generator did not make
/// (<c>client.ListWidgetsPagedAsync</c>, next to the compiler's CS1061). The decision is the generator's own
/// (<see cref="PagedListShape"/>): an RPC that gets a paged method is never reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PG4003PagedMethodNotGenerated : DiagnosticAnalyzer
{
    private const string PagedSuffix = "Paged";
    private const string PagedAsyncSuffix = "PagedAsync";
    private const string AsyncSuffix = "Async";

    private static readonly DiagnosticDescriptor Rule = DiagnosticDescriptors.Create(RuleCatalog.PagedMethodNotGenerated);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static compilationContext =>
        {
            if (PagedListShape.Resolve(compilationContext.Compilation) is not { } shape)
            {
                return;
            }

            var pagedMethodsOff = PagedMethodsOption.Read(compilationContext.Options.AnalyzerConfigOptionsProvider.GlobalOptions) == PagedMethodsMode.None;
            var reasons = new Reasons(compilationContext.Compilation, shape, pagedMethodsOff);
            compilationContext.RegisterRuleOperationAction(context => AnalyzeCall(context, reasons), OperationKind.Invocation);
            compilationContext.RegisterSyntaxNodeAction(context => AnalyzePagedAccess(context, reasons), SyntaxKind.SimpleMemberAccessExpression);
        });
    }

    /// <summary><c>client.ListWidgetsAsync(…)</c> / <c>client.ListWidgets(…)</c>: a call of a List RPC that got no paged method.</summary>
    private static void AnalyzeCall(OperationAnalysisContext context, Reasons reasons)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var called = invocation.TargetMethod;
        if (called.IsStatic || called.ContainingType is not { TypeKind: TypeKind.Class } client
            || invocation.Syntax is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access })
        {
            return;
        }

        var isAsync = called.Name.EndsWith(AsyncSuffix, StringComparison.Ordinal);
        var rpcName = isAsync ? called.Name.Substring(0, called.Name.Length - AsyncSuffix.Length) : called.Name;

        // Asked as for the blocking paged method: a project without IAsyncEnumerable<T> still gets that one, so calling
        // the RPC there is not worth a note.
        if (rpcName.Length != 0 && reasons.For(client, rpcName, PagedSuffix, askedForPagedMethod: false) is { } reason)
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, access.Name.GetLocation(), rpcName, rpcName + (isAsync ? PagedAsyncSuffix : PagedSuffix), reason));
        }
    }

    /// <summary><c>client.ListWidgetsPagedAsync</c> that does not bind (CS1061): the paged method the generator did not make, and why.</summary>
    private static void AnalyzePagedAccess(SyntaxNodeAnalysisContext context, Reasons reasons)
    {
        var access = (MemberAccessExpressionSyntax)context.Node;
        var member = access.Name.Identifier.ValueText;
        var suffix = member.EndsWith(PagedAsyncSuffix, StringComparison.Ordinal) ? PagedAsyncSuffix
            : member.EndsWith(PagedSuffix, StringComparison.Ordinal) ? PagedSuffix
            : string.Empty;
        if (suffix.Length == 0 || member.Length == suffix.Length)
        {
            return;
        }

        var bound = context.SemanticModel.GetSymbolInfo(access, context.CancellationToken);
        if (bound.Symbol is not null || !bound.CandidateSymbols.IsEmpty
            || context.SemanticModel.GetTypeInfo(access.Expression, context.CancellationToken).Type is not INamedTypeSymbol { TypeKind: TypeKind.Class } client)
        {
            return;
        }

        var rpcName = member.Substring(0, member.Length - suffix.Length);
        if (reasons.For(client, rpcName, suffix, askedForPagedMethod: true) is { } reason)
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, access.Name.GetLocation(), rpcName, member, reason));
        }
    }

    /// <summary>The reasons per (client, RPC, paged method kind), computed once per compilation.</summary>
    private sealed class Reasons
    {
        private readonly Compilation _compilation;
        private readonly PagedListShape _shape;
        private readonly bool _supportsGeneratedCode;
        private readonly bool _hasAsyncEnumerable;
        private readonly bool _pagedMethodsOff;
        private readonly ConcurrentDictionary<(INamedTypeSymbol Client, string RpcName, string Suffix, bool Asked), string?> _cache = new();

        public Reasons(Compilation compilation, PagedListShape shape, bool pagedMethodsOff)
        {
            _compilation = compilation;
            _shape = shape;
            _pagedMethodsOff = pagedMethodsOff;
            _supportsGeneratedCode = PagedListShape.SupportsGeneratedCode(compilation);
            _hasAsyncEnumerable = PagedListShape.HasAsyncEnumerable(compilation);
        }

        /// <summary>
        /// Why the RPC <paramref name="rpcName"/> of <paramref name="client"/> gets no <c>{rpcName}{suffix}</c> method;
        /// null when it gets one, or when <paramref name="client"/> is not a Grpc.Tools client or the RPC is not a List RPC.
        /// A streaming RPC is only explained when the code <paramref name="askedForPagedMethod"/>: calling it is no sign
        /// that pages were wanted.
        /// </summary>
        public string? For(INamedTypeSymbol client, string rpcName, string suffix, bool askedForPagedMethod)
            => _shape.IsClientBaseOfItself(client)
                ? _cache.GetOrAdd((client, rpcName, suffix, askedForPagedMethod), key => Compute(key.Client, key.RpcName, key.Suffix, key.Asked))
                : null;

        private string? Compute(INamedTypeSymbol client, string rpcName, string suffix, bool askedForPagedMethod)
        {
            if (!_shape.IsGrpcToolsClient(client)
                || _shape.FindRpcMethod(client, rpcName) is not { } method
                || !PagedListShape.LooksPaged(method)
                || (!askedForPagedMethod && !_shape.IsUnaryRpcMethod(method)))
            {
                return null;
            }

            var ownClient = SymbolEqualityComparer.Default.Equals(client.ContainingAssembly, _compilation.Assembly);
            Func<ITypeSymbol, bool> isAccessible = ownClient
                ? PagedListShape.IsVisibleInAssembly
                : type => _compilation.IsSymbolAccessibleWithin(type, _compilation.Assembly);
            var problem = _shape.Check(method, isAccessible, out _);
            if (problem != PagedListProblem.None)
            {
                return _shape.Describe(problem, method);
            }

            if (!isAccessible(client))
            {
                return $"the client class '{client.Name}' is not accessible from the whole assembly; make it public or internal";
            }

            if (!_supportsGeneratedCode)
            {
                return "the generated code needs C# 8 or later; set <LangVersion> to 8.0 or later";
            }

            // Only where the code asks for the method: calling the RPC itself is what a project that turned them off does.
            if (_pagedMethodsOff)
            {
                return askedForPagedMethod
                    ? $"the project sets {PagedMethodsOption.PropertyName} to 'none'; set it to 'used' (or remove it) to get the paged methods the code calls"
                    : null;
            }

            return suffix == PagedAsyncSuffix && !_hasAsyncEnumerable
                ? $"IAsyncEnumerable<T> is not available in this target framework; use the blocking '{rpcName}{PagedSuffix}', or reference Microsoft.Bcl.AsyncInterfaces"
                : null;
        }
    }
}
