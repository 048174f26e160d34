using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ProtoGuard.Analyzers.CSharp.Semantics;

/// <summary>
/// Code inside a lambda converted to an expression tree (<c>Expression&lt;Func&lt;…&gt;&gt;</c>) is data, not a call that
/// runs: a Moq <c>mock.Setup(m =&gt; m.SayHelloAsync(It.IsAny&lt;HelloRequest&gt;(), null, null, CancellationToken.None))</c>
/// or an <c>IQueryable</c> predicate describes a shape, and "fixing" it changes what it matches. No C# rule reports there.
/// </summary>
internal static class ExpressionTrees
{
    /// <summary>Whether <paramref name="operation"/> is inside (the body of) a lambda that is converted to an expression tree.</summary>
    public static bool IsInExpressionTree(this IOperation operation)
    {
        for (var current = operation; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation && current.Parent is { Type: { } target } && IsExpressionTreeType(target))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>System.Linq.Expressions.Expression</c> or a type derived from it (<c>Expression&lt;T&gt;</c>, <c>LambdaExpression</c>).</summary>
    private static bool IsExpressionTreeType(ITypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current is { Name: "Expression", ContainingNamespace: { Name: "Expressions", ContainingNamespace: { Name: "Linq", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } })
            {
                return true;
            }
        }

        return false;
    }
}
