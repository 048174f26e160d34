using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using ProtoGuard.Analyzers.CSharp;
using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.CodeFixes.CSharp;

/// <summary>
/// PG3012: replaces the null comparison with the test the analyzer computed: <c>x.Length != 0</c> /
/// <c>x.Length == 0</c> (string), <c>!x.IsEmpty</c> / <c>x.IsEmpty</c> (bytes), <c>m.HasX</c> / <c>!m.HasX</c>
/// (optional and oneof fields).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PG3012TestEmptinessCodeFix))]
[Shared]
public sealed class PG3012TestEmptinessCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.NeverNullFieldComparedToNull);

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
            if (!diagnostic.Properties.TryGetValue(PG3012NeverNullFieldComparedToNull.ReplacementProperty, out var replacementText)
                || replacementText is null
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax comparison)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Use '" + replacementText + "'",
                    cancellationToken => ReplaceAsync(context.Document, root, comparison, replacementText, cancellationToken),
                    equivalenceKey: nameof(PG3012TestEmptinessCodeFix)),
                diagnostic);
        }
    }

    private static Task<Document> ReplaceAsync(Document document, SyntaxNode root, ExpressionSyntax comparison, string replacementText, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var replacement = SyntaxFactory.ParenthesizedExpression(SyntaxFactory.ParseExpression(replacementText))
            .WithAdditionalAnnotations(Simplifier.Annotation)
            .WithTriviaFrom(comparison);
        return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(comparison, replacement)));
    }
}
