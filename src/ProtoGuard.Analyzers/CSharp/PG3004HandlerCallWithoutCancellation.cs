using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Shared;
using ProtoGuard.Analyzers.CSharp.Semantics;

namespace ProtoGuard.Analyzers.CSharp;

/// <summary>
/// PG3004: inside a gRPC server handler, an async call (returning Task, ValueTask or IAsyncEnumerable) that could take
/// a cancellation token — through an optional parameter left out, <c>default</c> / <c>CancellationToken.None</c>, or an
/// overload with one more <c>CancellationToken</c> parameter — does not get one. Calls on generated gRPC clients are
/// PG3003's; the request and response streams of Grpc.Core already observe the call's cancellation.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PG3004HandlerCallWithoutCancellation : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: the name of the handler's <c>ServerCallContext</c> parameter.</summary>
    public const string ContextProperty = "Context";

    /// <summary>Diagnostic property: the name of the cancellation token parameter to pass.</summary>
    public const string ParameterProperty = "Parameter";

    /// <summary>Diagnostic property: <see cref="AddPositional"/>, <see cref="AddNamed"/> or <see cref="ReplaceArgument"/>.</summary>
    public const string ActionProperty = "Action";

    /// <summary>Append the token as the last positional argument.</summary>
    public const string AddPositional = "AddPositional";

    /// <summary>Append the token as a named argument.</summary>
    public const string AddNamed = "AddNamed";

    /// <summary>Replace the empty token argument (the diagnostic's additional location).</summary>
    public const string ReplaceArgument = "Replace";

    private static readonly DiagnosticDescriptor Rule = DiagnosticDescriptors.Create(RuleCatalog.HandlerCallWithoutCancellation);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static compilationContext =>
        {
            if (GrpcSymbols.TryCreate(compilationContext.Compilation) is not { } symbols
                || symbols.ServerCallContext is null
                || symbols.CancellationToken is null)
            {
                return;
            }

            var reportTaskRunByTree = new ConcurrentDictionary<SyntaxTree, bool>();
            compilationContext.RegisterRuleOperationAction(operationContext => AnalyzeInvocation(operationContext, symbols, reportTaskRunByTree), OperationKind.Invocation);
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, GrpcSymbols symbols, ConcurrentDictionary<SyntaxTree, bool> reportTaskRunByTree)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (!symbols.IsAsyncType(method.ReturnType)
            || IsGrpcCoreMember(method)
            || GrpcClientCall.TryCreate(invocation, symbols) is not null
            || GrpcServerHandler.FindEnclosing(invocation, symbols, out _) is not { } handler
            || (IsStartingWork(method) && !reportTaskRunByTree.GetOrAdd(invocation.Syntax.SyntaxTree, tree => ReadReportTaskRun(context.Options.AnalyzerConfigOptionsProvider.GetOptions(tree)))))
        {
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty.Add(ContextProperty, handler.Context.Name);
        Location[] additionalLocations = [];
        if (FindTokenParameter(method, symbols) is { } tokenParameter)
        {
            var argument = GrpcClientCall.FindArgument(invocation.Arguments, tokenParameter);
            if (argument is null || argument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                properties = properties
                    .Add(ParameterProperty, tokenParameter.Name)
                    .Add(ActionProperty, CanAppendPositionally(invocation, tokenParameter) ? AddPositional : AddNamed);
            }
            else if (argument.ArgumentKind == ArgumentKind.Explicit && IsEmptyToken(argument.Value, symbols))
            {
                properties = properties.Add(ParameterProperty, tokenParameter.Name).Add(ActionProperty, ReplaceArgument);
                additionalLocations = [argument.Value.Syntax.GetLocation()];
            }
            else
            {
                return;
            }
        }
        else if (FindOverloadWithToken(method, symbols) is { } overloadToken)
        {
            properties = properties
                .Add(ParameterProperty, overloadToken.Name)
                .Add(ActionProperty, HasNamedArgument(invocation) ? AddNamed : AddPositional);
        }
        else
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Rule,
            invocation.GetInvokedNameSyntax().GetLocation(),
            additionalLocations,
            properties,
            method.ContainingType.Name + "." + method.Name,
            handler.Context.Name));
    }

    /// <summary><c>Task.Run</c> and <c>TaskFactory.StartNew</c>: their token only cancels the start of the work item.</summary>
    private static bool IsStartingWork(IMethodSymbol method) =>
        method is { Name: "Run", ContainingType.Name: "Task" } or { Name: "StartNew", ContainingType.Name: "TaskFactory" }
        && method.ContainingNamespace is { Name: "Tasks", ContainingNamespace: { Name: "Threading", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } };

    private static bool ReadReportTaskRun(AnalyzerConfigOptions options) =>
        RuleOptionCatalog.HandlerCallWithoutCancellation.ReportTaskRun.Read(options.ToRuleOptions());

    /// <summary>Members of Grpc.Core (stream readers and writers, their extensions): they already end with the call.</summary>
    private static bool IsGrpcCoreMember(IMethodSymbol method) =>
        method.ContainingNamespace is { Name: "Core", ContainingNamespace: { Name: "Grpc", ContainingNamespace.IsGlobalNamespace: true } };

    private static IParameterSymbol? FindTokenParameter(IMethodSymbol method, GrpcSymbols symbols)
    {
        foreach (var parameter in method.Parameters)
        {
            if (symbols.IsCancellationToken(parameter.Type) && parameter.RefKind == RefKind.None)
            {
                return parameter;
            }
        }

        return null;
    }

    /// <summary>
    /// The <c>CancellationToken</c> parameter of an overload of <paramref name="method"/> that takes the same parameters
    /// plus a last <c>CancellationToken</c> (<c>Task.Delay(int)</c> → <c>Task.Delay(int, CancellationToken)</c>).
    /// </summary>
    private static IParameterSymbol? FindOverloadWithToken(IMethodSymbol method, GrpcSymbols symbols)
    {
        var definition = method.ReducedFrom ?? method.OriginalDefinition;
        var parameters = definition.Parameters;
        foreach (var member in definition.ContainingType.GetMembers(definition.Name))
        {
            if (member is not IMethodSymbol candidate
                || candidate.IsStatic != definition.IsStatic
                || candidate.IsExtensionMethod != definition.IsExtensionMethod
                || candidate.TypeParameters.Length != definition.TypeParameters.Length
                || candidate.Parameters.Length != parameters.Length + 1
                || candidate.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal)
                || !symbols.IsCancellationToken(candidate.Parameters[parameters.Length].Type))
            {
                continue;
            }

            var matches = true;
            for (var i = 0; i < parameters.Length && matches; i++)
            {
                matches = parameters[i].RefKind == candidate.Parameters[i].RefKind
                    && parameters[i].IsParams == candidate.Parameters[i].IsParams
                    && parameters[i].Type.ToDisplayString() == candidate.Parameters[i].Type.ToDisplayString();
            }

            if (matches)
            {
                return candidate.Parameters[parameters.Length];
            }
        }

        return null;
    }

    /// <summary>Whether a positional argument appended to the call binds to <paramref name="tokenParameter"/>.</summary>
    private static bool CanAppendPositionally(IInvocationOperation invocation, IParameterSymbol tokenParameter)
    {
        var explicitCount = 0;
        foreach (var argument in invocation.Arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.Explicit)
            {
                explicitCount++;
            }
            else if (argument.ArgumentKind == ArgumentKind.ParamArray)
            {
                return false;
            }
        }

        // For extension methods the receiver is the first argument and the ordinals count it too.
        return !HasNamedArgument(invocation) && tokenParameter.Ordinal == explicitCount;
    }

    private static bool HasNamedArgument(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Syntax is ArgumentSyntax { NameColon: not null })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>default</c>, <c>default(CancellationToken)</c>, <c>CancellationToken.None</c>, <c>new CancellationToken()</c>.</summary>
    private static bool IsEmptyToken(IOperation value, GrpcSymbols symbols)
    {
        var unwrapped = value.WalkDownConversions();
        return unwrapped switch
        {
            IDefaultValueOperation => true,
            IPropertyReferenceOperation { Property: { IsStatic: true, Name: "None" } property } => symbols.IsCancellationToken(property.ContainingType),
            IObjectCreationOperation { Arguments.Length: 0 } => true,
            _ => false,
        };
    }
}
