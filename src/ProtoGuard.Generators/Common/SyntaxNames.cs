using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ProtoGuard.Generators.Common;

/// <summary>Names read off syntax alone, the same way by every generator's syntax filters.</summary>
internal static class SyntaxNames
{
    /// <summary>
    /// The last identifier of a (possibly qualified, alias-qualified or member-access) name: <c>XxxReflection</c> of
    /// <c>global::Ns.XxxReflection</c>, <c>CallInvoker</c> of <c>grpc::CallInvoker</c>; null for any other expression.
    /// </summary>
    public static string? Rightmost(ExpressionSyntax expression) => expression switch
    {
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        _ => null,
    };
}
