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

/// <summary>
/// PG3002: rewrites the non-UTC origin of the deadline (the diagnostic's additional location, possibly in a local's
/// initializer): <c>DateTime.Now</c> → <c>DateTime.UtcNow</c>, <c>DateTime.Today</c> → <c>DateTime.UtcNow.Date</c>.
/// Other origins (parsing, constructors) need a human decision and get no fix.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PG3002UseUtcNowCodeFix))]
[Shared]
public sealed class PG3002UseUtcNowCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.DeadlineNotUtc);

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
            if (diagnostic.AdditionalLocations.Count != 1
                || diagnostic.AdditionalLocations[0].SourceTree != root.SyntaxTree
                || !diagnostic.Properties.TryGetValue(PG3002DeadlineNotUtc.OriginProperty, out var origin)
                || root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax originSyntax
                || Rewrite(originSyntax, origin) is not { } replacement)
            {
                continue;
            }

            var title = origin == PG3002DeadlineNotUtc.OriginToday ? "Use DateTime.UtcNow.Date" : "Use DateTime.UtcNow";
            context.RegisterCodeFix(
                CodeAction.Create(
                    title,
                    cancellationToken => ReplaceAsync(context.Document, root, originSyntax, replacement, cancellationToken),
                    equivalenceKey: nameof(PG3002UseUtcNowCodeFix)),
                diagnostic);
        }
    }

    /// <summary><c>DateTime.Now</c>/<c>Now</c> → <c>DateTime.UtcNow</c>/<c>UtcNow</c>; <c>…Today</c> → <c>…UtcNow.Date</c>. The qualifier is kept as written.</summary>
    private static ExpressionSyntax? Rewrite(ExpressionSyntax origin, string? property)
    {
        var utcNow = origin switch
        {
            MemberAccessExpressionSyntax memberAccess => memberAccess.WithName(SyntaxFactory.IdentifierName("UtcNow").WithTriviaFrom(memberAccess.Name)),
            IdentifierNameSyntax name => (ExpressionSyntax)SyntaxFactory.IdentifierName("UtcNow").WithTriviaFrom(name),
            _ => null,
        };

        return property switch
        {
            PG3002DeadlineNotUtc.OriginNow => utcNow,
            PG3002DeadlineNotUtc.OriginToday when utcNow is not null => SyntaxFactory.MemberAccessExpression(
                    SyntaxKind.SimpleMemberAccessExpression,
                    utcNow.WithoutTrivia(),
                    SyntaxFactory.IdentifierName("Date"))
                .WithTriviaFrom(origin),
            _ => null,
        };
    }

    private static Task<Document> ReplaceAsync(Document document, SyntaxNode root, SyntaxNode origin, SyntaxNode replacement, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(origin, replacement)));
    }
}
