using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ProtoGuard.Analyzers.CSharp.Semantics;

/// <summary>How a handler body uses its request message parameter.</summary>
internal static class GrpcRequestUsage
{
    /// <summary>
    /// Whether the request is used as a whole somewhere — passed to a method, assigned, captured in a collection, a
    /// method called on it — rather than only through its properties (<c>request.User</c>). Such code may read any
    /// field elsewhere, so rules about fields the handler "never reads" give it the benefit of the doubt.
    /// </summary>
    public static bool EscapesWhole(ImmutableArray<IOperation> blocks, IParameterSymbol request)
    {
        foreach (var block in blocks)
        {
            foreach (var operation in block.Descendants())
            {
                if (operation is IParameterReferenceOperation reference
                    && SymbolEqualityComparer.Default.Equals(reference.Parameter, request)
                    && reference.Parent is not IPropertyReferenceOperation)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The public instance property of <paramref name="type"/> named <paramref name="name"/>, if any.</summary>
    public static IPropertySymbol? FindProperty(ITypeSymbol type, string name)
    {
        foreach (var member in type.GetMembers(name))
        {
            if (member is IPropertySymbol { IsStatic: false, DeclaredAccessibility: Accessibility.Public } property)
            {
                return property;
            }
        }

        return null;
    }
}
