using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using ProtoGuard.Analyzers.CSharp;
using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.CodeFixes.CSharp;

/// <summary>
/// PG3016: inserts, as the first statement of the handler's block body,
/// <c>if (request.PageSize &lt; 0) { throw new RpcException(new Status(StatusCode.InvalidArgument, "page_size must not be negative")); }</c>.
/// Expression-bodied handlers get no fix (where the check goes is a human decision there).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PG3016RejectNegativePageSizeCodeFix))]
[Shared]
public sealed class PG3016RejectNegativePageSizeCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.ListHandlerAcceptsNegativePageSize);

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
            if (!diagnostic.Properties.TryGetValue(PG3016ListHandlerAcceptsNegativePageSize.RequestProperty, out var requestName)
                || requestName is null
                || root.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.FirstAncestorOrSelf<MethodDeclarationSyntax>() is not { Body: { } body })
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Reject a negative page size with InvalidArgument",
                    cancellationToken => Task.FromResult(InsertGuard(context.Document, root, body, requestName, cancellationToken)),
                    equivalenceKey: nameof(PG3016RejectNegativePageSizeCodeFix)),
                diagnostic);
        }
    }

    private static Document InsertGuard(Document document, SyntaxNode root, BlockSyntax body, string requestName, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var guard = SyntaxFactory.ParseStatement(
                $"if ({requestName}.PageSize < 0)\n{{\n    throw new global::Grpc.Core.RpcException(new global::Grpc.Core.Status(global::Grpc.Core.StatusCode.InvalidArgument, \"page_size must not be negative\"));\n}}\n")
            .WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);

        // A blank line between the guard and the handler's own code, with the file's own line ending.
        var endOfLine = body.OpenBraceToken.TrailingTrivia.FirstOrDefault(trivia => trivia.IsKind(SyntaxKind.EndOfLineTrivia));
        guard = guard.WithTrailingTrivia(guard.GetTrailingTrivia().Add(endOfLine.IsKind(SyntaxKind.EndOfLineTrivia) ? endOfLine : SyntaxFactory.ElasticCarriageReturnLineFeed));
        return document.WithSyntaxRoot(root.ReplaceNode(body, body.WithStatements(body.Statements.Insert(0, guard))));
    }
}
