using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ProtoGuard.Schema.Descriptors;

namespace ProtoGuard.Shared;

/// <summary>
/// The DecodedFile that protoc's C# generator embeds in every <c>XxxReflection</c> class, read from the source
/// text: <c>byte[] descriptorData = global::System.Convert.FromBase64String(string.Concat("…", …));</c> in the static
/// constructor. Compiled into both the analyzers and the generators (this file needs Roslyn, which ProtoGuard.Schema,
/// where the decoding and the naming live, does not reference).
/// </summary>
internal static class ProtocEmbeddedDescriptor
{
    /// <summary>
    /// <c>Ns.Outer+Inner</c>: what <c>Compilation.GetTypeByMetadataName</c> takes, and how protoc's C# naming spells a
    /// nested message (<c>Ns.Outer+Types+Inner</c>).
    /// </summary>
    public static string MetadataName(INamedTypeSymbol type)
    {
        var name = new System.Text.StringBuilder(type.MetadataName);
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            name.Insert(0, outer.MetadataName + "+");
        }

        if (!type.ContainingNamespace.IsGlobalNamespace)
        {
            name.Insert(0, type.ContainingNamespace.ToDisplayString() + ".");
        }

        return name.ToString();
    }

    /// <summary>Syntax-only filter: a static class named <c>*Reflection</c> with a static constructor.</summary>
    public static bool IsReflectionClassCandidate(SyntaxNode node)
        => node is ClassDeclarationSyntax declaration
            && declaration.Identifier.ValueText.EndsWith("Reflection", StringComparison.Ordinal)
            && declaration.Modifiers.Any(SyntaxKind.StaticKeyword)
            && declaration.Members.Any(member => member is ConstructorDeclarationSyntax constructor
                && constructor.Modifiers.Any(SyntaxKind.StaticKeyword));

    /// <summary>The decoded descriptor of a <c>XxxReflection</c> class; null when it has none or it does not decode.</summary>
    public static DecodedFile? Read(ClassDeclarationSyntax declaration)
        => ReadBytes(declaration) is byte[] bytes ? DescriptorReader.ReadFile(bytes) : null;

    /// <summary>
    /// The descriptors of the <c>XxxReflection</c> classes declared at namespace level in <paramref name="root"/>, where
    /// protoc puts them (one per generated file).
    /// </summary>
    public static IEnumerable<DecodedFile> ReadAll(SyntaxNode root)
    {
        var pending = new Stack<SyntaxNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var members = pending.Pop() switch
            {
                CompilationUnitSyntax unit => unit.Members,
                BaseNamespaceDeclarationSyntax ns => ns.Members,
                _ => default,
            };
            foreach (var member in members)
            {
                if (member is BaseNamespaceDeclarationSyntax)
                {
                    pending.Push(member);
                }
                else if (IsReflectionClassCandidate(member) && Read((ClassDeclarationSyntax)member) is DecodedFile file)
                {
                    yield return file;
                }
            }
        }
    }

    /// <summary>
    /// The bytes of <c>descriptorData = global::System.Convert.FromBase64String(string.Concat("...", ...))</c>,
    /// read from the literals; null when the class does not have that shape or the text is not base64.
    /// </summary>
    public static byte[]? ReadBytes(ClassDeclarationSyntax declaration)
    {
        foreach (var constructor in declaration.Members.OfType<ConstructorDeclarationSyntax>())
        {
            if (!constructor.Modifiers.Any(SyntaxKind.StaticKeyword) || constructor.Body is null)
            {
                continue;
            }

            foreach (var variable in constructor.Body.DescendantNodes().OfType<VariableDeclaratorSyntax>())
            {
                if (variable.Identifier.ValueText != "descriptorData"
                    || variable.Initializer?.Value is not InvocationExpressionSyntax { ArgumentList.Arguments: { Count: 1 } arguments } invocation
                    || !IsMemberNamed(invocation.Expression, "FromBase64String")
                    || ConcatenatedLiterals(arguments[0].Expression) is not string base64)
                {
                    continue;
                }

                try
                {
                    return Convert.FromBase64String(base64);
                }
                catch (FormatException)
                {
                    return null;
                }
            }
        }

        return null;
    }

    private static string? ConcatenatedLiterals(ExpressionSyntax expression)
    {
        if (expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
        {
            return literal.Token.ValueText;
        }

        if (expression is not InvocationExpressionSyntax invocation || !IsMemberNamed(invocation.Expression, "Concat"))
        {
            return null;
        }

        var text = new System.Text.StringBuilder();
        foreach (var argument in invocation.ArgumentList.Arguments)
        {
            if (argument.Expression is not LiteralExpressionSyntax part || !part.IsKind(SyntaxKind.StringLiteralExpression))
            {
                return null;
            }

            text.Append(part.Token.ValueText);
        }

        return text.ToString();
    }

    private static bool IsMemberNamed(ExpressionSyntax expression, string name)
        => expression is MemberAccessExpressionSyntax access && access.Name.Identifier.ValueText == name;
}
