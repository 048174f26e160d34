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
/// PG3010, inside an <c>async</c> function only: <c>x.Result</c> and <c>x.GetAwaiter().GetResult()</c> →
/// <c>await x</c>; the statement <c>x.Wait();</c> → <c>await x;</c>; <c>client.SayHello(args)</c> →
/// <c>await client.SayHelloAsync(args)</c>. Parentheses are added where the expression continues
/// (<c>(await x).Message</c>) and simplified away elsewhere.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PG3010UseAwaitCodeFix))]
[Shared]
public sealed class PG3010UseAwaitCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.BlockingGrpcCall);

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
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (!diagnostic.Properties.TryGetValue(PG3010BlockingGrpcCall.KindProperty, out var kind)
                || !PG3010BlockingGrpcCall.IsInAsyncFunction(node)
                || Rewrite(node, kind, diagnostic.Properties) is not (SyntaxNode oldNode, SyntaxNode newNode))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Use await",
                    cancellationToken => ReplaceAsync(context.Document, root, oldNode, newNode, cancellationToken),
                    equivalenceKey: nameof(PG3010UseAwaitCodeFix)),
                diagnostic);
        }
    }

    private static (SyntaxNode OldNode, SyntaxNode NewNode)? Rewrite(SyntaxNode node, string? kind, ImmutableDictionary<string, string?> properties)
    {
        switch (kind)
        {
            case PG3010BlockingGrpcCall.KindResult when node is MemberAccessExpressionSyntax result:
                return (result, Await(result.Expression).WithTriviaFrom(result));

            case PG3010BlockingGrpcCall.KindGetResult
                when node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax getAwaiter } } } getResult:
                return (getResult, Await(getAwaiter.Expression).WithTriviaFrom(getResult));

            case PG3010BlockingGrpcCall.KindWait
                when node is InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0, Expression: MemberAccessExpressionSyntax wait, Parent: ExpressionStatementSyntax } waitCall:
                return (waitCall, BareAwait(wait.Expression).WithTriviaFrom(waitCall));

            case PG3010BlockingGrpcCall.KindSynchronousMethod
                when properties.TryGetValue(PG3010BlockingGrpcCall.AsyncMethodProperty, out var asyncName)
                    && asyncName is not null
                    && node.FirstAncestorOrSelf<InvocationExpressionSyntax>() is { } invocation:
                var renamed = invocation.Expression switch
                {
                    MemberAccessExpressionSyntax memberAccess => memberAccess.WithName(SyntaxFactory.IdentifierName(asyncName).WithTriviaFrom(memberAccess.Name)),
                    IdentifierNameSyntax name => (ExpressionSyntax)SyntaxFactory.IdentifierName(asyncName).WithTriviaFrom(name),
                    _ => null,
                };
                return renamed is null ? null : (invocation, Await(invocation.WithExpression(renamed)).WithTriviaFrom(invocation));

            default:
                return null;
        }
    }

    /// <summary><c>(await value)</c>, the parentheses marked for removal where they are not needed.</summary>
    private static ExpressionSyntax Await(ExpressionSyntax value) =>
        SyntaxFactory.ParenthesizedExpression(BareAwait(value)).WithAdditionalAnnotations(Simplifier.Annotation);

    private static ExpressionSyntax BareAwait(ExpressionSyntax value) =>
        SyntaxFactory.AwaitExpression(SyntaxFactory.Token(SyntaxKind.AwaitKeyword).WithTrailingTrivia(SyntaxFactory.Space), value.WithoutTrivia());

    private static Task<Document> ReplaceAsync(Document document, SyntaxNode root, SyntaxNode oldNode, SyntaxNode newNode, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(oldNode, newNode)));
    }
}
