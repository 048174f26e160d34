using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Simplification;
using ProtoGuard.Analyzers;
using ProtoGuard.Analyzers.CSharp;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Shared;
using ProtoGuard.Analyzers.CSharp.Semantics;

namespace ProtoGuard.CodeFixes.CSharp;

/// <summary>
/// PG3001: gives the call a deadline of <c>DateTime.UtcNow.AddSeconds(N)</c>, N from
/// <see cref="RuleOptionCatalog.ClientCallWithoutDeadline.DefaultDeadlineSeconds"/> (default 30): as a <c>deadline:</c> argument of the call, in place of
/// an explicit <c>null</c> deadline, or inside the <c>new CallOptions(…)</c> passed to it.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PG3001AddDeadlineCodeFix))]
[Shared]
public sealed class PG3001AddDeadlineCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.ClientCallWithoutDeadline);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var semanticModel = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || semanticModel is null || GrpcSymbols.TryCreate(semanticModel.Compilation) is not { } symbols)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            var invocation = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<InvocationExpressionSyntax>();
            if (invocation is null
                || semanticModel.GetOperation(invocation, context.CancellationToken) is not IInvocationOperation operation
                || GrpcClientCall.TryCreate(operation, symbols) is not { } call
                || MissingDeadline.Find(call, symbols) is not { } missing)
            {
                continue;
            }

            var seconds = ReadDeadlineSeconds(context.Document, root.SyntaxTree);
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Add deadline: DateTime.UtcNow.AddSeconds({seconds.ToString(CultureInfo.InvariantCulture)})",
                    cancellationToken => AddDeadlineAsync(context.Document, root, missing, seconds, cancellationToken),
                    equivalenceKey: nameof(PG3001AddDeadlineCodeFix)),
                diagnostic);
        }
    }

    private static int ReadDeadlineSeconds(Document document, SyntaxTree tree) =>
        (int)RuleOptionCatalog.ClientCallWithoutDeadline.DefaultDeadlineSeconds.Read(document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(tree).ToRuleOptions());

    private static Task<Document> AddDeadlineAsync(Document document, SyntaxNode root, MissingDeadline missing, int seconds, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var deadline = UtcNowPlusSeconds(seconds);

        var (oldNode, newNode) = missing.Kind switch
        {
            MissingDeadlineKind.DeadlineArgumentEmpty when missing.Target.Syntax is ArgumentSyntax argument =>
                (argument.Expression, deadline.WithTriviaFrom(argument.Expression)),
            MissingDeadlineKind.DefaultCallOptions =>
                (missing.Target.Syntax, NewCallOptions(deadline).WithTriviaFrom(missing.Target.Syntax)),
            MissingDeadlineKind.DeadlineArgumentOmitted => AddDeadlineArgument(missing, deadline),
            _ => (null, null),
        };

        return Task.FromResult(oldNode is null || newNode is null ? document : document.WithSyntaxRoot(root.ReplaceNode(oldNode, newNode)));
    }

    /// <summary>
    /// <c>global::System.DateTime.UtcNow.AddSeconds(N)</c>, rendered as <c>DateTime.UtcNow.AddSeconds(N)</c> where System is
    /// imported (the simplifier reduces annotated type names, not member-access chains, so the type name carries it).
    /// </summary>
    private static ExpressionSyntax UtcNowPlusSeconds(int seconds) =>
        SyntaxFactory.InvocationExpression(
            SyntaxFactory.MemberAccessExpression(
                SyntaxKind.SimpleMemberAccessExpression,
                SyntaxFactory.MemberAccessExpression(
                    SyntaxKind.SimpleMemberAccessExpression,
                    QualifiedType("global::System.DateTime"),
                    SyntaxFactory.IdentifierName("UtcNow")),
                SyntaxFactory.IdentifierName("AddSeconds")),
            SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(
                SyntaxFactory.Argument(SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(seconds))))));

    private static ExpressionSyntax NewCallOptions(ExpressionSyntax deadline) =>
        SyntaxFactory.ObjectCreationExpression(
            QualifiedType("global::Grpc.Core.CallOptions").WithLeadingTrivia(SyntaxFactory.Space),
            SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(DeadlineArgument(deadline))),
            initializer: null);

    private static TypeSyntax QualifiedType(string fullName) =>
        SyntaxFactory.ParseTypeName(fullName).WithAdditionalAnnotations(Simplifier.Annotation);

    private static ArgumentSyntax DeadlineArgument(ExpressionSyntax deadline) =>
        SyntaxFactory.Argument(SyntaxFactory.NameColon("deadline"), refKindKeyword: default, deadline);

    /// <summary>Adds <c>deadline: …</c> to the call's (or the <c>new CallOptions(…)</c>'s) arguments, in parameter order.</summary>
    private static (SyntaxNode? OldNode, SyntaxNode? NewNode) AddDeadlineArgument(MissingDeadline missing, ExpressionSyntax deadline)
    {
        var (arguments, argumentList, owner) = missing.Target switch
        {
            IInvocationOperation invocation when invocation.Syntax is InvocationExpressionSyntax syntax =>
                (invocation.Arguments, syntax.ArgumentList, (SyntaxNode)syntax),
            IObjectCreationOperation creation when creation.Syntax is BaseObjectCreationExpressionSyntax syntax =>
                (creation.Arguments, syntax.ArgumentList, syntax),
            _ => (ImmutableArray<IArgumentOperation>.Empty, null, null),
        };

        if (owner is null)
        {
            return (null, null);
        }

        var newArgument = DeadlineArgument(deadline);
        if (argumentList is null)
        {
            // new CallOptions { }: no argument list to extend.
            var creation = (ObjectCreationExpressionSyntax)owner;
            return (creation, creation.WithType(creation.Type.WithoutTrailingTrivia())
                .WithArgumentList(SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(newArgument)).WithTrailingTrivia(creation.Type.GetTrailingTrivia())));
        }

        var index = argumentList.Arguments.Count;
        if (missing.DeadlineParameter is { } deadlineParameter)
        {
            for (var i = 0; i < argumentList.Arguments.Count; i++)
            {
                if (FindParameterOrdinal(arguments, argumentList.Arguments[i]) > deadlineParameter.Ordinal)
                {
                    index = i;
                    break;
                }
            }
        }

        return (argumentList, argumentList.InsertArgument(index, newArgument));
    }

    private static int FindParameterOrdinal(ImmutableArray<IArgumentOperation> arguments, ArgumentSyntax syntax)
    {
        foreach (var argument in arguments)
        {
            if (argument.Syntax == syntax && argument.Parameter is { } parameter)
            {
                return parameter.Ordinal;
            }
        }

        return -1;
    }
}
