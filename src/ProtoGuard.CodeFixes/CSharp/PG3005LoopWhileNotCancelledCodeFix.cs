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
/// PG3005: turns a loop without an exit condition (<c>while (true)</c>, <c>do … while (true)</c>, <c>for (;;)</c>) into
/// one that runs while the call is not cancelled (<c>!context.CancellationToken.IsCancellationRequested</c>). The
/// handler then returns normally once the client has gone, which is safe: nobody reads the response any more. Loops
/// with a real condition, and <c>await foreach</c> loops, need a human decision and get no fix.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PG3005LoopWhileNotCancelledCodeFix))]
[Shared]
public sealed class PG3005LoopWhileNotCancelledCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.StreamingLoopIgnoresCancellation);

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
            if (!diagnostic.Properties.ContainsKey(PG3005StreamingLoopIgnoresCancellation.ConditionIsTrueProperty)
                || !diagnostic.Properties.TryGetValue(PG3005StreamingLoopIgnoresCancellation.ContextProperty, out var contextName)
                || contextName is null)
            {
                continue;
            }

            var condition = NotCancelled(contextName);
            var loop = root.FindToken(diagnostic.Location.SourceSpan.Start).Parent;
            SyntaxNode? fixedLoop = loop switch
            {
                WhileStatementSyntax whileLoop => whileLoop.WithCondition(condition.WithTriviaFrom(whileLoop.Condition)),
                DoStatementSyntax doLoop => doLoop.WithCondition(condition.WithTriviaFrom(doLoop.Condition)),
                ForStatementSyntax { Condition: null } forLoop => forLoop.WithCondition(condition.WithLeadingTrivia(SyntaxFactory.Space)),
                ForStatementSyntax { Condition: { } forCondition } forLoop => forLoop.WithCondition(condition.WithTriviaFrom(forCondition)),
                _ => null,
            };

            if (loop is null || fixedLoop is null || !HandlerContextAccess.CanReference(semanticModel, loop, contextName, context.CancellationToken))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Loop while {contextName}.CancellationToken is not cancelled",
                    cancellationToken => Task.FromResult(Replace(context.Document, root, loop, fixedLoop, cancellationToken)),
                    equivalenceKey: nameof(PG3005LoopWhileNotCancelledCodeFix)),
                diagnostic);
        }
    }

    /// <summary><c>!context.CancellationToken.IsCancellationRequested</c>.</summary>
    private static ExpressionSyntax NotCancelled(string contextName) =>
        SyntaxFactory.PrefixUnaryExpression(
            SyntaxKind.LogicalNotExpression,
            SyntaxFactory.MemberAccessExpression(
                SyntaxKind.SimpleMemberAccessExpression,
                SyntaxFactory.MemberAccessExpression(
                    SyntaxKind.SimpleMemberAccessExpression,
                    SyntaxFactory.IdentifierName(contextName),
                    SyntaxFactory.IdentifierName("CancellationToken")),
                SyntaxFactory.IdentifierName("IsCancellationRequested")));

    private static Document Replace(Document document, SyntaxNode root, SyntaxNode loop, SyntaxNode fixedLoop, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return document.WithSyntaxRoot(root.ReplaceNode(loop, fixedLoop));
    }
}
