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
/// PG3009: replaces the null response with <c>throw new RpcException(new Status(StatusCode.NotFound, "User not found"))</c>:
/// a <c>throw</c> statement in place of the <c>return</c> statement, or a <c>throw</c> expression in place of a null branch
/// or an expression body. NotFound is the usual meaning of "no response"; change the status where it is not.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PG3009ThrowNotFoundCodeFix))]
[Shared]
public sealed class PG3009ThrowNotFoundCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.HandlerReturnsNull);

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
                || !diagnostic.Properties.TryGetValue(PG3009HandlerReturnsNull.ResponseProperty, out var response)
                || !diagnostic.Properties.TryGetValue(PG3009HandlerReturnsNull.ReplaceProperty, out var replace)
                || response is null)
            {
                continue;
            }

            var target = root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: false);
            var exception = NewRpcException(response + " not found");
            SyntaxNode? replacement = (replace, target) switch
            {
                (PG3009HandlerReturnsNull.ReplaceStatement, ReturnStatementSyntax statement) =>
                    SyntaxFactory.ThrowStatement(exception).WithTriviaFrom(statement),
                (PG3009HandlerReturnsNull.ReplaceExpression, ExpressionSyntax expression) =>
                    SyntaxFactory.ThrowExpression(exception).WithTriviaFrom(expression),
                _ => null,
            };

            if (replacement is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Throw RpcException(StatusCode.NotFound)",
                    cancellationToken => Task.FromResult(Replace(context.Document, root, target, replacement, cancellationToken)),
                    equivalenceKey: nameof(PG3009ThrowNotFoundCodeFix)),
                diagnostic);
        }
    }

    /// <summary><c>new RpcException(new Status(StatusCode.NotFound, "…"))</c>, Grpc.Core names simplified where imported.</summary>
    private static ExpressionSyntax NewRpcException(string detail) =>
        SyntaxFactory.ObjectCreationExpression(
            GrpcCoreType("RpcException"),
            SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(
                SyntaxFactory.ObjectCreationExpression(
                    GrpcCoreType("Status"),
                    SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(new[]
                    {
                        SyntaxFactory.Argument(SyntaxFactory.MemberAccessExpression(
                            SyntaxKind.SimpleMemberAccessExpression,
                            GrpcCoreType("StatusCode"),
                            SyntaxFactory.IdentifierName("NotFound"))),
                        SyntaxFactory.Argument(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(detail))),
                    })),
                    initializer: null)))),
            initializer: null);

    private static TypeSyntax GrpcCoreType(string name) =>
        SyntaxFactory.ParseTypeName("global::Grpc.Core." + name).WithAdditionalAnnotations(Simplifier.Annotation);

    private static Document Replace(Document document, SyntaxNode root, SyntaxNode target, SyntaxNode replacement, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return document.WithSyntaxRoot(root.ReplaceNode(target, replacement));
    }
}
