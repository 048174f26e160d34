using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ProtoGuard.CodeFixes.CSharp;

/// <summary>
/// Whether a fix may write <c>context.…</c> (the handler's <c>ServerCallContext</c> parameter) at a place in the handler:
/// not from inside a <c>static</c> local function or lambda (CS8421 / CS8820), and not where a nested parameter or
/// local of the same name hides it. Shared by the fixes that insert the context (PG3003, PG3004, PG3005).
/// </summary>
internal static class HandlerContextAccess
{
    public static bool CanReference(SemanticModel semanticModel, SyntaxNode node, string contextName, CancellationToken cancellationToken)
    {
        foreach (var ancestor in node.AncestorsAndSelf())
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (ancestor)
            {
                case LocalFunctionStatementSyntax localFunction when localFunction.Modifiers.Any(SyntaxKind.StaticKeyword):
                case AnonymousFunctionExpressionSyntax anonymousFunction when anonymousFunction.Modifiers.Any(SyntaxKind.StaticKeyword):
                    return false;
                case MemberDeclarationSyntax:
                    var named = semanticModel.LookupSymbols(node.SpanStart, name: contextName);
                    return named.Length == 1 && named[0] is IParameterSymbol { ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Ordinary } };
            }
        }

        return false;
    }
}
