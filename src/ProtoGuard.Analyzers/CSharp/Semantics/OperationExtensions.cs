using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ProtoGuard.Analyzers.CSharp.Semantics;

internal static class OperationExtensions
{
    /// <summary>Skips implicit and explicit conversions (<c>DateTime</c> → <c>DateTime?</c>, casts) down to the converted value.</summary>
    public static IOperation WalkDownConversions(this IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>
    /// Whether the value is visibly "nothing": the <c>null</c> literal or <c>default</c> of a nullable or reference type
    /// (<c>default(DateTime)</c> is <c>DateTime.MinValue</c>, a real value, and does not count).
    /// </summary>
    public static bool IsNullOrDefaultOfNullable(this IOperation value)
    {
        var unwrapped = value.WalkDownConversions();
        if (unwrapped.ConstantValue is { HasValue: true, Value: null })
        {
            return true;
        }

        return unwrapped is IDefaultValueOperation { Type: { } type }
            && (type.IsReferenceType || type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T);
    }

    /// <summary>The name of the invoked method as written (<c>SayHello</c> in <c>client.SayHello(…)</c>), for diagnostic locations.</summary>
    public static SyntaxNode GetInvokedNameSyntax(this IInvocationOperation invocation)
    {
        if (invocation.Syntax is InvocationExpressionSyntax syntax)
        {
            return syntax.Expression switch
            {
                MemberAccessExpressionSyntax memberAccess => memberAccess.Name,
                MemberBindingExpressionSyntax memberBinding => memberBinding.Name,
                SimpleNameSyntax name => name,
                _ => syntax,
            };
        }

        return invocation.Syntax;
    }
}
