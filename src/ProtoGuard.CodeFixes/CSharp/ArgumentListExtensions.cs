using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ProtoGuard.CodeFixes.CSharp;

internal static class ArgumentListExtensions
{
    /// <summary>
    /// Inserts <paramref name="argument"/> at <paramref name="index"/>, laid out like its neighbours: on its own line
    /// when the arguments are one per line, after ", " otherwise.
    /// </summary>
    public static ArgumentListSyntax InsertArgument(this ArgumentListSyntax list, int index, ArgumentSyntax argument)
    {
        var arguments = list.Arguments;
        if (arguments.Count == 0)
        {
            return list.WithArguments(SyntaxFactory.SingletonSeparatedList(argument));
        }

        var nodes = arguments.ToList();
        var separators = arguments.GetSeparators().ToList();

        // Borrow the layout of the neighbour the argument goes next to: its leading trivia (indentation) and the
        // trailing trivia of the separator before it (a new line, or a space).
        var neighbour = index < nodes.Count ? nodes[index] : nodes[nodes.Count - 1];
        var separatorTrivia = separators.Count > 0
            ? separators[System.Math.Max(0, System.Math.Min(index - 1, separators.Count - 1))].TrailingTrivia
            : SyntaxFactory.TriviaList(SyntaxFactory.Space);
        var newSeparator = SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(separatorTrivia);

        if (index < nodes.Count)
        {
            nodes.Insert(index, argument.WithLeadingTrivia(neighbour.GetLeadingTrivia()));
            separators.Insert(index, newSeparator);
        }
        else
        {
            // Appending: the last argument's trailing trivia (a comment, a new line before ')') stays at the end.
            var last = nodes[nodes.Count - 1];
            nodes[nodes.Count - 1] = last.WithoutTrailingTrivia();
            nodes.Add(argument.WithLeadingTrivia(neighbour.GetLeadingTrivia()).WithTrailingTrivia(last.GetTrailingTrivia()));
            separators.Add(newSeparator);
        }

        return list.WithArguments(SyntaxFactory.SeparatedList(nodes, separators));
    }
}
