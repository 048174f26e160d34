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
/// PG3008: turns <c>var call = client.Chat();</c> into <c>using var call = client.Chat();</c>. Offered only where a
/// using declaration compiles: C# 8 or later, a declaration statement with one variable, directly in a block or at the
/// top level (not in a switch section), and not when the call or its streams escape (the analyzer's
/// <see cref="PG3008StreamingCallNotDisposed.EscapesProperty"/>): a background task still reading the stream would
/// find it disposed when the method returns.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PG3008AddUsingCodeFix))]
[Shared]
public sealed class PG3008AddUsingCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.StreamingCallNotDisposed);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null
            || root.SyntaxTree.Options is not CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp8 })
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.Properties.ContainsKey(PG3008StreamingCallNotDisposed.EscapesProperty)
                || root.FindToken(diagnostic.Location.SourceSpan.Start).Parent is not VariableDeclaratorSyntax
                {
                    Parent: VariableDeclarationSyntax { Variables.Count: 1, Parent: LocalDeclarationStatementSyntax statement },
                }
                || !statement.UsingKeyword.IsKind(SyntaxKind.None)
                || statement.Parent is not (BlockSyntax or GlobalStatementSyntax))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Declare the call with 'using'",
                    cancellationToken => AddUsingAsync(context.Document, root, statement, cancellationToken),
                    equivalenceKey: nameof(PG3008AddUsingCodeFix)),
                diagnostic);
        }
    }

    private static Task<Document> AddUsingAsync(Document document, SyntaxNode root, LocalDeclarationStatementSyntax statement, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var usingKeyword = SyntaxFactory.Token(SyntaxKind.UsingKeyword)
            .WithLeadingTrivia(statement.GetLeadingTrivia())
            .WithTrailingTrivia(SyntaxFactory.Space);
        var replacement = statement.WithoutLeadingTrivia().WithUsingKeyword(usingKeyword);
        return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(statement, replacement)));
    }
}
