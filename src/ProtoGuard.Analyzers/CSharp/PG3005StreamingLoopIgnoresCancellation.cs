using System.Collections.Concurrent;
using System.Collections.Generic;
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
/// PG3005: a loop in a server-streaming or duplex handler that waits (awaits something, or loops forever) but never
/// looks at the handler's cancellation token. Loops driven by the request stream (<c>await foreach</c> over
/// <c>requestStream.ReadAllAsync()</c>, <c>while (await requestStream.MoveNext())</c>) end with the client and are
/// not reported; neither are synchronous <c>foreach</c> loops over collections.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PG3005StreamingLoopIgnoresCancellation : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: the name of the handler's <c>ServerCallContext</c> parameter.</summary>
    public const string ContextProperty = "Context";

    /// <summary>Diagnostic property present when the loop's condition is missing or <c>true</c>: the fix can replace it.</summary>
    public const string ConditionIsTrueProperty = "ConditionIsTrue";

    private static readonly DiagnosticDescriptor Rule = DiagnosticDescriptors.Create(RuleCatalog.StreamingLoopIgnoresCancellation);

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

            var infiniteOnlyByTree = new ConcurrentDictionary<SyntaxTree, bool>();
            compilationContext.RegisterRuleOperationAction(
                operationContext => AnalyzeLoop(operationContext, symbols, infiniteOnlyByTree),
                OperationKind.Loop);
        });
    }

    private static void AnalyzeLoop(OperationAnalysisContext context, GrpcSymbols symbols, ConcurrentDictionary<SyntaxTree, bool> infiniteOnlyByTree)
    {
        var loop = (ILoopOperation)context.Operation;
        var (condition, keyword, runsForever) = loop switch
        {
            IWhileLoopOperation { Syntax: WhileStatementSyntax syntax } whileLoop => (whileLoop.Condition, syntax.WhileKeyword, IsTrueOrMissing(whileLoop.Condition)),
            IWhileLoopOperation { Syntax: DoStatementSyntax syntax } doLoop => (doLoop.Condition, syntax.DoKeyword, IsTrueOrMissing(doLoop.Condition)),
            IForLoopOperation { Syntax: ForStatementSyntax syntax } forLoop => (forLoop.Condition, syntax.ForKeyword, IsTrueOrMissing(forLoop.Condition)),
            IForEachLoopOperation { IsAsynchronous: true, Syntax: ForEachStatementSyntax syntax } forEach => (forEach.Collection, syntax.ForEachKeyword, true),
            _ => (null, default(SyntaxToken), false),
        };

        if (keyword == default
            || (condition is not null && ReadsRequestStream(condition, symbols))
            || GrpcServerHandler.FindEnclosing(loop, symbols, out var body) is not { StreamsResponses: true } handler
            || body is null)
        {
            return;
        }

        if (!runsForever)
        {
            var infiniteOnly = infiniteOnlyByTree.GetOrAdd(loop.Syntax.SyntaxTree, tree => ReadInfiniteOnly(context.Options.AnalyzerConfigOptionsProvider.GetOptions(tree)));
            if (infiniteOnly || !Awaits(loop))
            {
                return;
            }
        }

        if (new ServerCallContextFlow(body, symbols).ObservesContextCancellation(loop))
        {
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty.Add(ContextProperty, handler.Context.Name);
        if (loop is not IForEachLoopOperation && runsForever)
        {
            properties = properties.Add(ConditionIsTrueProperty, "true");
        }

        context.ReportDiagnostic(Diagnostic.Create(Rule, keyword.GetLocation(), properties, handler.Method.Name, handler.Context.Name));
    }

    private static bool ReadInfiniteOnly(AnalyzerConfigOptions options) =>
        RuleOptionCatalog.StreamingLoopIgnoresCancellation.InfiniteLoopsOnly.Read(options.ToRuleOptions());

    private static bool IsTrueOrMissing(IOperation? condition) =>
        condition is null || condition.ConstantValue is { HasValue: true, Value: true };

    /// <summary>Whether the loop's condition or collection reads the request stream: such a loop ends when the client does.</summary>
    private static bool ReadsRequestStream(IOperation operation, GrpcSymbols symbols)
    {
        foreach (var descendant in operation.DescendantsAndSelf())
        {
            if (symbols.IsAsyncStreamReader(descendant.Type))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the loop itself (not a lambda or local function in it) awaits.</summary>
    private static bool Awaits(ILoopOperation loop)
    {
        var pending = new Stack<IOperation>();
        pending.Push(loop);
        while (pending.Count > 0)
        {
            var operation = pending.Pop();
            if (operation is IAwaitOperation)
            {
                return true;
            }

            foreach (var child in operation.ChildOperations)
            {
                if (child is not (IAnonymousFunctionOperation or ILocalFunctionOperation))
                {
                    pending.Push(child);
                }
            }
        }

        return false;
    }
}
