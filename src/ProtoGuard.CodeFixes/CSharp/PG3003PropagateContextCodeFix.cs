using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Simplification;
using ProtoGuard.Analyzers.CSharp;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Shared;
using ProtoGuard.Analyzers.CSharp.Semantics;

namespace ProtoGuard.CodeFixes.CSharp;

/// <summary>
/// PG3003: passes <c>deadline: context.Deadline, cancellationToken: context.CancellationToken</c> (with the handler's
/// own context parameter name) to the call, or to the <c>new CallOptions(…)</c> passed to it; <c>default(CallOptions)</c>
/// becomes <c>new CallOptions(deadline: …, cancellationToken: …)</c>. An argument left out or given as <c>null</c> /
/// <c>default</c> / <c>CancellationToken.None</c> is filled in; a deadline or token the code chose is kept.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PG3003PropagateContextCodeFix))]
[Shared]
public sealed class PG3003PropagateContextCodeFix : CodeFixProvider
{
    private const string DeadlineName = "deadline";

    private const string TokenName = "cancellationToken";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.HandlerCallWithoutPropagation);

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
            if (!diagnostic.Properties.TryGetValue(PG3003HandlerCallWithoutPropagation.ContextProperty, out var contextName)
                || contextName is null
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<InvocationExpressionSyntax>() is not { } invocation
                || semanticModel.GetOperation(invocation, context.CancellationToken) is not IInvocationOperation operation
                || GrpcClientCall.TryCreate(operation, symbols) is not { } call
                || !HandlerContextAccess.CanReference(semanticModel, invocation, contextName, context.CancellationToken)
                || FindEdit(call, contextName, symbols) is not { } edit)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Pass {contextName}.Deadline and {contextName}.CancellationToken",
                    cancellationToken => Task.FromResult(Apply(context.Document, root, edit, cancellationToken)),
                    equivalenceKey: nameof(PG3003PropagateContextCodeFix)),
                diagnostic);
        }
    }

    private static Document Apply(Document document, SyntaxNode root, (SyntaxNode OldNode, SyntaxNode NewNode) edit, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return document.WithSyntaxRoot(root.ReplaceNode(edit.OldNode, edit.NewNode));
    }

    private static (SyntaxNode OldNode, SyntaxNode NewNode)? FindEdit(GrpcClientCall call, string contextName, GrpcSymbols symbols)
    {
        if (call.DeadlineParameter is not null)
        {
            return call.Invocation.Syntax is InvocationExpressionSyntax syntax
                ? FillArguments(syntax.ArgumentList, call.Invocation.Arguments, call.Method.Parameters, contextName, symbols)
                : null;
        }

        if (call.OptionsParameter is not { } optionsParameter
            || GrpcClientCall.FindArgument(call.Invocation.Arguments, optionsParameter) is not { ArgumentKind: ArgumentKind.Explicit } options)
        {
            return null;
        }

        switch (options.Value.WalkDownConversions())
        {
            case IDefaultValueOperation { Syntax: var defaultSyntax }:
                var creation = SyntaxFactory.ObjectCreationExpression(
                    SyntaxFactory.ParseTypeName("global::Grpc.Core.CallOptions").WithAdditionalAnnotations(Simplifier.Annotation).WithLeadingTrivia(SyntaxFactory.Space),
                    SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(new[]
                    {
                        NamedArgument(DeadlineName, contextName, "Deadline"),
                        NamedArgument(TokenName, contextName, "CancellationToken"),
                    })),
                    initializer: null);
                return (defaultSyntax, creation.WithTriviaFrom(defaultSyntax));

            case IObjectCreationOperation { Constructor: { } constructor, Syntax: BaseObjectCreationExpressionSyntax { ArgumentList: { } argumentList } } objectCreation:
                return FillArguments(argumentList, objectCreation.Arguments, constructor.Parameters, contextName, symbols);

            default:
                return null;
        }
    }

    /// <summary>Adds or fills the <c>deadline</c> and <c>cancellationToken</c> arguments of a call or constructor, in parameter order.</summary>
    private static (SyntaxNode OldNode, SyntaxNode NewNode)? FillArguments(
        ArgumentListSyntax argumentList,
        ImmutableArray<IArgumentOperation> arguments,
        ImmutableArray<IParameterSymbol> parameters,
        string contextName,
        GrpcSymbols symbols)
    {
        var replacements = new Dictionary<ArgumentSyntax, ArgumentSyntax>();
        var insertions = new List<(int Index, ArgumentSyntax Argument)>();
        foreach (var (name, member) in new[] { (DeadlineName, "Deadline"), (TokenName, "CancellationToken") })
        {
            if (FindParameter(parameters, name) is not { } parameter)
            {
                continue;
            }

            var argument = GrpcClientCall.FindArgument(arguments, parameter);
            if (argument is null || argument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                insertions.Add((InsertionIndex(argumentList, arguments, parameter.Ordinal), NamedArgument(name, contextName, member)));
            }
            else if (argument.ArgumentKind == ArgumentKind.Explicit && IsEmpty(argument.Value, symbols) && argument.Syntax is ArgumentSyntax syntax)
            {
                replacements[syntax] = syntax.WithExpression(ContextMember(contextName, member).WithTriviaFrom(syntax.Expression));
            }
        }

        if (replacements.Count == 0 && insertions.Count == 0)
        {
            return null;
        }

        var newList = argumentList.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]);

        // The deadline comes before the token in every overload, so each insertion shifts the later ones by one.
        for (var i = 0; i < insertions.Count; i++)
        {
            newList = newList.InsertArgument(insertions[i].Index + i, insertions[i].Argument);
        }

        return (argumentList, newList);
    }

    /// <summary>Before the first argument that binds to a later parameter; at the end otherwise.</summary>
    private static int InsertionIndex(ArgumentListSyntax list, ImmutableArray<IArgumentOperation> arguments, int ordinal)
    {
        for (var i = 0; i < list.Arguments.Count; i++)
        {
            foreach (var argument in arguments)
            {
                if (argument.Syntax == list.Arguments[i] && argument.Parameter is { } parameter && parameter.Ordinal > ordinal)
                {
                    return i;
                }
            }
        }

        return list.Arguments.Count;
    }

    private static bool IsEmpty(IOperation value, GrpcSymbols symbols)
    {
        if (value.IsNullOrDefaultOfNullable() || value.WalkDownConversions() is IDefaultValueOperation)
        {
            return true;
        }

        return value.WalkDownConversions() is IPropertyReferenceOperation { Property: { IsStatic: true, Name: "None" } property }
            && symbols.IsCancellationToken(property.ContainingType);
    }

    private static IParameterSymbol? FindParameter(ImmutableArray<IParameterSymbol> parameters, string name)
    {
        foreach (var parameter in parameters)
        {
            if (parameter.Name == name)
            {
                return parameter;
            }
        }

        return null;
    }

    private static ArgumentSyntax NamedArgument(string name, string contextName, string member) =>
        SyntaxFactory.Argument(SyntaxFactory.NameColon(name), refKindKeyword: default, ContextMember(contextName, member));

    private static ExpressionSyntax ContextMember(string contextName, string member) =>
        SyntaxFactory.MemberAccessExpression(
            SyntaxKind.SimpleMemberAccessExpression,
            SyntaxFactory.IdentifierName(contextName),
            SyntaxFactory.IdentifierName(member));
}
