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
/// PG3011: <c>GrpcChannel.ForAddress(…)</c> where it runs once per call. Deliberately conservative, it reports only
/// (1) inside the body, condition or incrementors of a <c>for</c>/<c>foreach</c>/<c>while</c>/<c>do</c> loop of the
/// same function, and (2) directly in a request handler: an override of a generated gRPC service method, a public
/// action of an ASP.NET Core controller, or a lambda passed to a minimal API <c>Map…</c> method. A lambda or local
/// function is a boundary: the rule does not look through it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PG3011ChannelPerCall : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = DiagnosticDescriptors.Create(RuleCatalog.ChannelPerCall);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static compilationContext =>
        {
            if (GrpcSymbols.TryCreate(compilationContext.Compilation) is not { GrpcChannel: not null } symbols)
            {
                return;
            }

            compilationContext.RegisterRuleOperationAction(context => AnalyzeInvocation(context, symbols), OperationKind.Invocation);
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, GrpcSymbols symbols)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (!method.IsStatic
            || method.Name != "ForAddress"
            || !SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.GrpcChannel)
            || FindRepetition(invocation, symbols, context.ContainingSymbol) is not { } repetition)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Rule, invocation.GetInvokedNameSyntax().GetLocation(), method.Name, repetition));
    }

    /// <summary>How the channel creation repeats ("in every iteration of a loop", …), or null when it may run once.</summary>
    private static string? FindRepetition(IInvocationOperation invocation, GrpcSymbols symbols, ISymbol containingSymbol)
    {
        var child = invocation.Syntax;
        foreach (var ancestor in invocation.Syntax.Ancestors())
        {
            switch (ancestor)
            {
                case ForStatementSyntax loop when child == loop.Statement || child == loop.Condition || (child is ExpressionSyntax expression && loop.Incrementors.Contains(expression)):
                case CommonForEachStatementSyntax forEach when child == forEach.Statement:
                case WhileStatementSyntax:
                case DoStatementSyntax:
                    return "in every iteration of a loop";

                case AnonymousFunctionExpressionSyntax function:
                    return IsMinimalApiHandler(function, invocation.SemanticModel, symbols) ? "on every request to a minimal API endpoint" : null;

                case LocalFunctionStatementSyntax:
                    return null;

                case MemberDeclarationSyntax:
                    return containingSymbol is IMethodSymbol method ? DescribeHandler(method, symbols) : null;
            }

            child = ancestor;
        }

        return null;
    }

    private static string? DescribeHandler(IMethodSymbol method, GrpcSymbols symbols)
    {
        var name = method.ContainingType.Name + "." + method.Name;
        if (GrpcServerHandler.TryCreate(method, symbols) is not null)
        {
            return "on every call of the gRPC method '" + name + "'";
        }

        return IsControllerAction(method, symbols) ? "on every request to the controller action '" + name + "'" : null;
    }

    /// <summary>A public instance method of a class derived from <c>ControllerBase</c> or marked <c>[ApiController]</c>, without <c>[NonAction]</c>.</summary>
    private static bool IsControllerAction(IMethodSymbol method, GrpcSymbols symbols)
    {
        if (method.MethodKind != MethodKind.Ordinary
            || method.IsStatic
            || method.DeclaredAccessibility != Accessibility.Public
            || HasAttribute(method, symbols.NonActionAttribute))
        {
            return false;
        }

        for (var type = method.ContainingType; type is not null; type = type.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(type, symbols.MvcControllerBase) || HasAttribute(type, symbols.ApiControllerAttribute))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsMinimalApiHandler(AnonymousFunctionExpressionSyntax function, SemanticModel? semanticModel, GrpcSymbols symbols) =>
        symbols.EndpointRouteBuilderExtensions is not null
        && function.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax mapCall } }
        && semanticModel?.GetSymbolInfo(mapCall).Symbol is IMethodSymbol map
        && map.Name.StartsWith("Map", System.StringComparison.Ordinal)
        && SymbolEqualityComparer.Default.Equals((map.ReducedFrom ?? map).ContainingType, symbols.EndpointRouteBuilderExtensions);

    private static bool HasAttribute(ISymbol symbol, INamedTypeSymbol? attributeType)
    {
        if (attributeType is null)
        {
            return false;
        }

        foreach (var attribute in symbol.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType))
            {
                return true;
            }
        }

        return false;
    }
}
