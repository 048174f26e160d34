using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Shared;
using ProtoGuard.Analyzers.CSharp.Semantics;

namespace ProtoGuard.Analyzers.CSharp;

/// <summary>
/// PG3016: the handler of an AIP-158 List RPC (request with <c>int32 page_size</c>, response with
/// <c>string next_page_token</c>) never guards against a negative page size. Guards: a comparison of the page size
/// (or a local holding it) with a constant of at most 1 (<c>&lt; 0</c>, <c>&lt;= -1</c>, <c>&lt;= 0</c>, <c>&gt; 0</c>,
/// <c>is &lt; 0</c>), <c>Math.Max</c> / <c>Math.Clamp</c> over it, or a call of a configured validation method with it.
/// A handler that hands the whole request to other code is not reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PG3016ListHandlerAcceptsNegativePageSize : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: the name of the handler's request parameter.</summary>
    public const string RequestProperty = "Request";

    private const string PageSizeName = "PageSize";

    private const string NextPageTokenName = "NextPageToken";

    /// <summary>How many rounds of "local assigned from a local" are followed.</summary>
    private const int MaxLocalDepth = 4;

    private static readonly DiagnosticDescriptor Rule = DiagnosticDescriptors.Create(RuleCatalog.ListHandlerAcceptsNegativePageSize);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static compilationContext =>
        {
            if (GrpcSymbols.TryCreate(compilationContext.Compilation) is not { } symbols || symbols.ServerCallContext is null)
            {
                return;
            }

            var validationMethodsByTree = new ConcurrentDictionary<SyntaxTree, ImmutableHashSet<string>>();
            compilationContext.RegisterOperationBlockAction(blockContext => AnalyzeHandler(blockContext, symbols, validationMethodsByTree));
        });
    }

    private static void AnalyzeHandler(OperationBlockAnalysisContext context, GrpcSymbols symbols, ConcurrentDictionary<SyntaxTree, ImmutableHashSet<string>> validationMethodsByTree)
    {
        if (GrpcServerHandler.TryCreate(context.OwningSymbol, symbols) is not { Request: { } request, ResponseType: { } responseType } handler
            || GrpcRequestUsage.FindProperty(request.Type, PageSizeName) is not { Type.SpecialType: SpecialType.System_Int32 } pageSize
            || GrpcRequestUsage.FindProperty(responseType, NextPageTokenName) is not { Type.SpecialType: SpecialType.System_String }
            || GrpcRequestUsage.EscapesWhole(context.OperationBlocks, request)
            || handler.Method.Locations.Length == 0)
        {
            return;
        }

        var location = handler.Method.Locations[0];
        var validationMethods = location.SourceTree is { } tree
            ? validationMethodsByTree.GetOrAdd(tree, t => ReadValidationMethods(context.Options.AnalyzerConfigOptionsProvider.GetOptions(t)))
            : ImmutableHashSet<string>.Empty;
        if (HasGuard(context.OperationBlocks, pageSize, validationMethods))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Rule,
            location,
            ImmutableDictionary<string, string?>.Empty.Add(RequestProperty, request.Name),
            handler.Method.Name,
            request.Name + "." + pageSize.Name));
    }

    private static ImmutableHashSet<string> ReadValidationMethods(AnalyzerConfigOptions options) =>
        RuleOptionCatalog.ListHandlerAcceptsNegativePageSize.ValidationMethods.Read(options.ToRuleOptions()).ToImmutableHashSet(StringComparer.Ordinal);

    private static bool HasGuard(ImmutableArray<IOperation> blocks, IPropertySymbol pageSize, ImmutableHashSet<string> validationMethods)
    {
        var holders = CollectPageSizeLocals(blocks, pageSize);
        foreach (var block in blocks)
        {
            foreach (var operation in block.Descendants())
            {
                switch (operation)
                {
                    case IBinaryOperation { OperatorKind: BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual } binary
                        when (IsPageSize(binary.LeftOperand, pageSize, holders) && IsAtMostOne(binary.RightOperand))
                            || (IsPageSize(binary.RightOperand, pageSize, holders) && IsAtMostOne(binary.LeftOperand)):
                        return true;

                    case IIsPatternOperation isPattern when IsPageSize(isPattern.Value, pageSize, holders) && HasLowRelationalPattern(isPattern.Pattern):
                        return true;

                    case ISwitchExpressionOperation switchExpression when IsPageSize(switchExpression.Value, pageSize, holders) && HasLowRelationalPattern(switchExpression):
                        return true;

                    case IInvocationOperation invocation when IsClampingOrValidation(invocation, validationMethods) && HasPageSizeArgument(invocation, pageSize, holders):
                        return true;
                }
            }
        }

        return false;
    }

    private static bool IsClampingOrValidation(IInvocationOperation invocation, ImmutableHashSet<string> validationMethods)
    {
        var method = invocation.TargetMethod;
        if (method.ContainingType is { Name: "Math", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } }
            && method.Name is "Max" or "Clamp")
        {
            return true;
        }

        return validationMethods.Count > 0
            && (validationMethods.Contains(method.Name) || validationMethods.Contains(method.ContainingType.Name + "." + method.Name));
    }

    private static bool HasPageSizeArgument(IInvocationOperation invocation, IPropertySymbol pageSize, HashSet<ILocalSymbol> holders)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (IsPageSize(argument.Value, pageSize, holders))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasLowRelationalPattern(IOperation pattern)
    {
        foreach (var operation in pattern.DescendantsAndSelf())
        {
            if (operation is IRelationalPatternOperation relational && IsAtMostOne(relational.Value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAtMostOne(IOperation value) =>
        value.WalkDownConversions().ConstantValue is { HasValue: true, Value: int constant } && constant <= 1;

    private static bool IsPageSize(IOperation value, IPropertySymbol pageSize, HashSet<ILocalSymbol> holders) =>
        value.WalkDownConversions() switch
        {
            IPropertyReferenceOperation reference => SymbolEqualityComparer.Default.Equals(reference.Property, pageSize),
            ILocalReferenceOperation local => holders.Contains(local.Local),
            _ => false,
        };

    /// <summary>Locals that hold the page size: <c>var size = request.PageSize;</c>, <c>var n = size;</c>.</summary>
    private static HashSet<ILocalSymbol> CollectPageSizeLocals(ImmutableArray<IOperation> blocks, IPropertySymbol pageSize)
    {
        var holders = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        for (var round = 0; round < MaxLocalDepth; round++)
        {
            var added = false;
            foreach (var block in blocks)
            {
                foreach (var operation in block.Descendants())
                {
                    var (local, value) = operation switch
                    {
                        IVariableDeclaratorOperation { Initializer.Value: { } initializer } declarator => (declarator.Symbol, initializer),
                        ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment => (target.Local, assignment.Value),
                        _ => (null, null),
                    };

                    if (local is not null && value is not null && !holders.Contains(local) && IsPageSize(value, pageSize, holders))
                    {
                        holders.Add(local);
                        added = true;
                    }
                }
            }

            if (!added)
            {
                break;
            }
        }

        return holders;
    }
}
