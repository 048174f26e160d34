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

    /// <summary>
    /// Comma-separated method names (a trailing <c>*</c> matches a prefix) of server- and duplex-streaming methods that
    /// are meant to stay open for the process lifetime (<c>Health.Watch</c>). Default <see cref="DefaultLongLivedStreams"/>;
    /// <c>none</c> reports them all.
    /// </summary>
    public const string LongLivedStreamsOption = "dotnet_diagnostic.PG3001.long_lived_streams";

    public const string DefaultLongLivedStreams = "Watch*,Subscribe*";

    /// <summary><c>true</c> (default): a call whose cancellation token comes from a <c>CancellationTokenSource</c> with a timeout is bounded.</summary>
    public const string TimeoutTokenOption = "dotnet_diagnostic.PG3001.timeout_token_counts_as_deadline";

    /// <summary><c>false</c> (default): calls in test projects (<see cref="TestProjectDetection"/>) are not reported.</summary>
    public const string TestProjectsOption = "dotnet_diagnostic.PG3001.report_in_test_projects";

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
        if ((isTestProject && !options.ReportInTestProjects)
            || (options.ExemptStreaming && symbols.IsStreamingCall(call.Method.ReturnType))
            || options.IsExempt(call.Method.ContainingType)
            || options.IsExempt(invocation.Instance?.Type)
            || (IsServerOrDuplexStreaming(call.Method.ReturnType, symbols) && options.IsLongLivedStream(call.Method.Name))
            || (options.TimeoutTokenCountsAsDeadline && PG3001TimeoutToken.IsBoundedByTimeoutToken(call, symbols)))
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
        private static readonly ImmutableArray<string> DefaultLongLivedPatterns = ParsePatterns(DefaultLongLivedStreams);

        private static readonly Options Default = new(exemptStreaming: false, ImmutableHashSet<string>.Empty, DefaultLongLivedPatterns, timeoutTokenCountsAsDeadline: true, reportInTestProjects: false);

        private readonly ImmutableHashSet<string> exemptClients;
        private readonly ImmutableArray<string> longLivedPatterns;

        private Options(bool exemptStreaming, ImmutableHashSet<string> exemptClients, ImmutableArray<string> longLivedPatterns, bool timeoutTokenCountsAsDeadline, bool reportInTestProjects)
        {
            ExemptStreaming = exemptStreaming;
            this.exemptClients = exemptClients;
            this.longLivedPatterns = longLivedPatterns;
            TimeoutTokenCountsAsDeadline = timeoutTokenCountsAsDeadline;
            ReportInTestProjects = reportInTestProjects;
        }

        public bool ExemptStreaming { get; }

        public bool TimeoutTokenCountsAsDeadline { get; }

        public bool ReportInTestProjects { get; }

        public static Options Read(AnalyzerConfigOptions config)
        {
            var exemptStreaming = ReadBool(config, ExemptStreamingOption, defaultValue: false);
            var timeoutToken = ReadBool(config, TimeoutTokenOption, defaultValue: true);
            var reportInTests = ReadBool(config, TestProjectsOption, defaultValue: false);
            var longLived = config.TryGetValue(LongLivedStreamsOption, out var patterns) ? ParsePatterns(patterns) : DefaultLongLivedPatterns;

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

            return !exemptStreaming && clients.Count == 0 && timeoutToken && !reportInTests && longLived == DefaultLongLivedPatterns
                ? Default
                : new Options(exemptStreaming, clients.ToImmutable(), longLived, timeoutToken, reportInTests);
        }

        public bool IsLongLivedStream(string methodName)
        {
            foreach (var pattern in longLivedPatterns)
            {
                if (pattern.EndsWith("*", StringComparison.Ordinal)
                    ? methodName.StartsWith(pattern.Substring(0, pattern.Length - 1), StringComparison.Ordinal)
                    : methodName == pattern)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool ReadBool(AnalyzerConfigOptions config, string key, bool defaultValue) =>
            config.TryGetValue(key, out var text) && bool.TryParse(text.Trim(), out var parsed) ? parsed : defaultValue;

        /// <summary>Comma-separated names; <c>none</c> or an empty value is the empty list.</summary>
        private static ImmutableArray<string> ParsePatterns(string list)
        {
            var patterns = ImmutableArray.CreateBuilder<string>();
            foreach (var entry in list.Split(','))
            {
                var pattern = entry.Trim();
                if (pattern.Length > 0 && pattern != "*" && !string.Equals(pattern, "none", StringComparison.OrdinalIgnoreCase))
                {
                    patterns.Add(pattern);
                }
            }

            return patterns.ToImmutable();
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
