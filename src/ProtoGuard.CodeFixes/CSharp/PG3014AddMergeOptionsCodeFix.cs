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
using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.CodeFixes.CSharp;

/// <summary>
/// PG3014: <c>mask.Merge(source, destination)</c> → <c>mask.Merge(source, destination, new FieldMask.MergeOptions {
/// ReplaceRepeatedFields = true })</c>, so that a path naming a repeated field replaces it (AIP-134) instead of
/// appending to it. Validating the mask and handling <c>*</c> stay with the developer.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PG3014AddMergeOptionsCodeFix))]
[Shared]
public sealed class PG3014AddMergeOptionsCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.FieldMaskMergeWithoutOptions);

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
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<InvocationExpressionSyntax>() is not { ArgumentList.Arguments.Count: 2 } invocation)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Pass MergeOptions { ReplaceRepeatedFields = true }",
                    cancellationToken => AddOptionsAsync(context.Document, root, invocation, cancellationToken),
                    equivalenceKey: nameof(PG3014AddMergeOptionsCodeFix)),
                diagnostic);
        }
    }

    private static Task<Document> AddOptionsAsync(Document document, SyntaxNode root, InvocationExpressionSyntax invocation, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var creation = (ObjectCreationExpressionSyntax)SyntaxFactory.ParseExpression("new global::Google.Protobuf.WellKnownTypes.FieldMask.MergeOptions { ReplaceRepeatedFields = true }");
        var options = creation.WithType(creation.Type.WithAdditionalAnnotations(Simplifier.Annotation));
        var argumentList = invocation.ArgumentList.InsertArgument(invocation.ArgumentList.Arguments.Count, SyntaxFactory.Argument(options));
        return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(invocation.ArgumentList, argumentList)));
    }
}
