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
/// PG3004: passes <c>context.CancellationToken</c> (the handler's own context parameter name): appended as the last
/// positional argument where it binds there, as a named argument otherwise, or in place of an empty token argument.
/// Not offered where the context cannot be named (a <c>static</c> local function or lambda, a hiding name).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PG3004PassContextTokenCodeFix))]
[Shared]
public sealed class PG3004PassContextTokenCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.HandlerCallWithoutCancellation);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var semanticModel = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || semanticModel is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            var properties = diagnostic.Properties;
            if (!properties.TryGetValue(PG3004HandlerCallWithoutCancellation.ContextProperty, out var contextName)
                || !properties.TryGetValue(PG3004HandlerCallWithoutCancellation.ParameterProperty, out var parameterName)
                || !properties.TryGetValue(PG3004HandlerCallWithoutCancellation.ActionProperty, out var action)
                || contextName is null
                || parameterName is null
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<InvocationExpressionSyntax>() is not { } invocation
                || !HandlerContextAccess.CanReference(semanticModel, invocation, contextName, context.CancellationToken))
            {
                continue;
            }

            var token = SyntaxFactory.MemberAccessExpression(
                SyntaxKind.SimpleMemberAccessExpression,
                SyntaxFactory.IdentifierName(contextName),
                SyntaxFactory.IdentifierName("CancellationToken"));

            (SyntaxNode OldNode, SyntaxNode NewNode)? edit = action switch
            {
                PG3004HandlerCallWithoutCancellation.AddPositional =>
                    (invocation.ArgumentList, invocation.ArgumentList.InsertArgument(invocation.ArgumentList.Arguments.Count, SyntaxFactory.Argument(token))),
                PG3004HandlerCallWithoutCancellation.AddNamed =>
                    (invocation.ArgumentList, invocation.ArgumentList.InsertArgument(
                        invocation.ArgumentList.Arguments.Count,
                        SyntaxFactory.Argument(SyntaxFactory.NameColon(parameterName), refKindKeyword: default, token))),
                PG3004HandlerCallWithoutCancellation.ReplaceArgument
                    when diagnostic.AdditionalLocations.Count == 1
                        && root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true) is ExpressionSyntax empty =>
                    (empty, token.WithTriviaFrom(empty)),
                _ => null,
            };

            if (edit is not { } change)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Pass {contextName}.CancellationToken",
                    cancellationToken => Task.FromResult(Apply(context.Document, root, change, cancellationToken)),
                    equivalenceKey: nameof(PG3004PassContextTokenCodeFix)),
                diagnostic);
        }
    }

    private static Document Apply(Document document, SyntaxNode root, (SyntaxNode OldNode, SyntaxNode NewNode) edit, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return document.WithSyntaxRoot(root.ReplaceNode(edit.OldNode, edit.NewNode));
    }
}
