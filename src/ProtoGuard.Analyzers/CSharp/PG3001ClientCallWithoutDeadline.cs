using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Analyzers.CSharp;

/// <summary>PG3001: a call to a generated gRPC client method without a deadline (except the calls PG3003 reports).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PG3001ClientCallWithoutDeadline : DiagnosticAnalyzer
{
    /// <summary><c>true</c> exempts server-, client- and duplex-streaming calls (long-lived streams). Default <c>false</c>.</summary>
    public const string ExemptStreamingOption = "dotnet_diagnostic.PG3001.exempt_streaming";

    /// <summary>Comma-separated full names of client types whose calls get their deadline elsewhere (an interceptor).</summary>
    public const string ExemptClientsOption = "dotnet_diagnostic.PG3001.exempt_clients";

    private static readonly DiagnosticDescriptor Rule = DiagnosticDescriptors.Create(RuleCatalog.ClientCallWithoutDeadline);

    private static readonly SymbolDisplayFormat ClientNameFormat =
        SymbolDisplayFormat.FullyQualifiedFormat.WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static compilationContext =>
        {
            if (GrpcSymbols.TryCreate(compilationContext.Compilation) is not { } symbols)
            {
                return;
            }

            var optionsByTree = new ConcurrentDictionary<SyntaxTree, Options>();
            var registrations = CallContextPropagationRegistrations.TryCreate(compilationContext.Compilation);
            compilationContext.RegisterRuleOperationAction(
                operationContext => AnalyzeInvocation(operationContext, symbols, registrations, optionsByTree),
                OperationKind.Invocation);
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, GrpcSymbols symbols, CallContextPropagationRegistrations? registrations, ConcurrentDictionary<SyntaxTree, Options> optionsByTree)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (GrpcClientCall.TryCreate(invocation, symbols) is not { } call
            || PG3001MissingDeadline.Find(call, symbols) is null
            || PG3003ContextPropagation.FindHandlerNotPropagatedTo(call, symbols, registrations, context.CancellationToken) is not null
            || PG3003ContextPropagation.IsPropagatedByClientFactory(call, symbols, registrations, context.CancellationToken))
        {
            // Inside a gRPC handler, a call that propagates neither deadline nor cancellation is PG3003's: its fix
            // (deadline: context.Deadline, …) also gives the call a deadline. A client registered with call-context
            // propagation gets the handler's deadline from the client factory.
            return;
        }

        var tree = invocation.Syntax.SyntaxTree;
        var options = optionsByTree.GetOrAdd(tree, t => Options.Read(context.Options.AnalyzerConfigOptionsProvider.GetOptions(t)));
        if ((options.ExemptStreaming && symbols.IsStreamingCall(call.Method.ReturnType))
            || options.IsExempt(call.Method.ContainingType)
            || options.IsExempt(invocation.Instance?.Type))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Rule,
            invocation.GetInvokedNameSyntax().GetLocation(),
            call.Method.ContainingType.Name + "." + call.Method.Name));
    }

    private sealed class Options
    {
        private static readonly Options Default = new(exemptStreaming: false, ImmutableHashSet<string>.Empty);

        private readonly ImmutableHashSet<string> exemptClients;

        private Options(bool exemptStreaming, ImmutableHashSet<string> exemptClients)
        {
            ExemptStreaming = exemptStreaming;
            this.exemptClients = exemptClients;
        }

        public bool ExemptStreaming { get; }

        public static Options Read(AnalyzerConfigOptions config)
        {
            var exemptStreaming = config.TryGetValue(ExemptStreamingOption, out var streaming)
                && bool.TryParse(streaming.Trim(), out var parsed)
                && parsed;

            var clients = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
            if (config.TryGetValue(ExemptClientsOption, out var list))
            {
                foreach (var entry in list.Split(','))
                {
                    var name = NormalizeTypeName(entry);
                    if (name.Length > 0)
                    {
                        clients.Add(name);
                    }
                }
            }

            return !exemptStreaming && clients.Count == 0 ? Default : new Options(exemptStreaming, clients.ToImmutable());
        }

        public bool IsExempt(ITypeSymbol? clientType) =>
            clientType is not null && exemptClients.Count > 0 && exemptClients.Contains(clientType.ToDisplayString(ClientNameFormat));

        /// <summary>Accepts <c>Ns.Greeter.GreeterClient</c>, <c>global::Ns.Greeter.GreeterClient</c> and the metadata form <c>Ns.Greeter+GreeterClient</c>.</summary>
        private static string NormalizeTypeName(string entry)
        {
            var name = entry.Trim();
            const string GlobalPrefix = "global::";
            if (name.StartsWith(GlobalPrefix, StringComparison.Ordinal))
            {
                name = name.Substring(GlobalPrefix.Length);
            }

            return name.Replace('+', '.');
        }
    }
}
