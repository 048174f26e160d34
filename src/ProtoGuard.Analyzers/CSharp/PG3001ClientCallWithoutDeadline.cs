using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Shared;
using ProtoGuard.Analyzers.CSharp.Semantics;

namespace ProtoGuard.Analyzers.CSharp;

/// <summary>PG3001: a call to a generated gRPC client method without a deadline (except the calls PG3003 reports).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PG3001ClientCallWithoutDeadline : DiagnosticAnalyzer
{
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
            var isTestProject = TestProjectDetection.IsTestProject(compilationContext.Compilation, compilationContext.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
            compilationContext.RegisterRuleOperationAction(
                operationContext => AnalyzeInvocation(operationContext, symbols, registrations, isTestProject, optionsByTree),
                OperationKind.Invocation);
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, GrpcSymbols symbols, CallContextPropagationRegistrations? registrations, bool isTestProject, ConcurrentDictionary<SyntaxTree, Options> optionsByTree)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (GrpcClientCall.TryCreate(invocation, symbols) is not { } call
            || MissingDeadline.Find(call, symbols) is null
            || ServerContextPropagation.FindHandlerNotPropagatedTo(call, symbols, registrations, context.CancellationToken) is not null
            || ServerContextPropagation.IsPropagatedByClientFactory(call, symbols, registrations, context.CancellationToken))
        {
            // Inside a gRPC handler, a call that propagates neither deadline nor cancellation is PG3003's: its fix
            // (deadline: context.Deadline, …) also gives the call a deadline. A client registered with call-context
            // propagation gets the handler's deadline from the client factory.
            return;
        }

        var tree = invocation.Syntax.SyntaxTree;
        var options = optionsByTree.GetOrAdd(tree, t => Options.Read(context.Options.AnalyzerConfigOptionsProvider.GetOptions(t)));
        if ((isTestProject && !options.ReportInTestProjects)
            || (options.ExemptStreaming && symbols.IsStreamingCall(call.Method.ReturnType))
            || options.IsExempt(call.Method.ContainingType)
            || options.IsExempt(invocation.Instance?.Type)
            || (IsServerOrDuplexStreaming(call.Method.ReturnType, symbols) && options.IsLongLivedStream(call.Method.Name))
            || (options.TimeoutTokenCountsAsDeadline && DeadlineCancellationToken.IsBoundedByTimeoutToken(call, symbols)))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Rule,
            invocation.GetInvokedNameSyntax().GetLocation(),
            call.Method.ContainingType.Name + "." + call.Method.Name));
    }

    private static bool IsServerOrDuplexStreaming(ITypeSymbol returnType, GrpcSymbols symbols) =>
        SymbolEqualityComparer.Default.Equals(returnType.OriginalDefinition, symbols.AsyncServerStreamingCall)
        || SymbolEqualityComparer.Default.Equals(returnType.OriginalDefinition, symbols.AsyncDuplexStreamingCall);

    private sealed class Options
    {
        private readonly ImmutableHashSet<string> _exemptClients;
        private readonly IReadOnlyList<string> _longLivedPatterns;

        private Options(RuleOptions options)
        {
            ExemptStreaming = RuleOptionCatalog.ClientCallWithoutDeadline.ExemptStreaming.Read(options);
            TimeoutTokenCountsAsDeadline = RuleOptionCatalog.ClientCallWithoutDeadline.TimeoutTokenCountsAsDeadline.Read(options);
            ReportInTestProjects = RuleOptionCatalog.ClientCallWithoutDeadline.ReportInTestProjects.Read(options);
            _longLivedPatterns = RuleOptionCatalog.ClientCallWithoutDeadline.LongLivedStreams.Read(options);
            _exemptClients = RuleOptionCatalog.ClientCallWithoutDeadline.ExemptClients.Read(options).Select(NormalizeTypeName).ToImmutableHashSet(StringComparer.Ordinal);
        }

        public bool ExemptStreaming { get; }

        public bool TimeoutTokenCountsAsDeadline { get; }

        public bool ReportInTestProjects { get; }

        public static Options Read(AnalyzerConfigOptions config) => new(config.ToRuleOptions());

        public bool IsLongLivedStream(string methodName)
        {
            foreach (var pattern in _longLivedPatterns)
            {
                // A lone '*' would exempt every stream, which is what exempt_streaming is for.
                if (pattern == "*")
                {
                    continue;
                }

                if (pattern.EndsWith("*", StringComparison.Ordinal)
                    ? methodName.StartsWith(pattern.Substring(0, pattern.Length - 1), StringComparison.Ordinal)
                    : methodName == pattern)
                {
                    return true;
                }
            }

            return false;
        }

        public bool IsExempt(ITypeSymbol? clientType) =>
            clientType is not null && _exemptClients.Count > 0 && _exemptClients.Contains(clientType.ToDisplayString(ClientNameFormat));

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
