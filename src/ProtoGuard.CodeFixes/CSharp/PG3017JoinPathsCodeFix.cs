using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ProtoGuard.Analyzers.CSharp;
using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.CodeFixes.CSharp;

/// <summary>PG3017: <c>mask.ToString()</c> / <c>$"{mask}"</c> → <c>string.Join(",", mask.Paths)</c> (the paths as written, comma-separated).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PG3017JoinPathsCodeFix))]
[Shared]
public sealed class PG3017JoinPathsCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.FieldMaskToStringAsPaths);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(PG3017FieldMaskToStringAsPaths.MaskProperty, out var mask)
                || mask is null
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax text)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Use string.Join(\",\", mask.Paths)",
                    cancellationToken => ReplaceAsync(context.Document, root, text, mask, cancellationToken),
                    equivalenceKey: nameof(PG3017JoinPathsCodeFix)),
                diagnostic);
        }
    }

    private static Task<Document> ReplaceAsync(Document document, SyntaxNode root, ExpressionSyntax text, string mask, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var join = SyntaxFactory.InvocationExpression(
            SyntaxFactory.MemberAccessExpression(
                SyntaxKind.SimpleMemberAccessExpression,
                SyntaxFactory.PredefinedType(SyntaxFactory.Token(SyntaxKind.StringKeyword)),
                SyntaxFactory.IdentifierName("Join")),
            SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(new[]
            {
                SyntaxFactory.Argument(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(","))),
                SyntaxFactory.Argument(SyntaxFactory.MemberAccessExpression(
                    SyntaxKind.SimpleMemberAccessExpression,
                    SyntaxFactory.ParseExpression(mask),
                    SyntaxFactory.IdentifierName("Paths"))),
            })));
        return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(text, join.WithTriviaFrom(text))));
    }
}
