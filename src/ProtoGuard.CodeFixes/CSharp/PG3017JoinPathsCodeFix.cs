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
using ProtoGuard.Shared;

namespace ProtoGuard.CodeFixes.CSharp;

/// <summary>
/// PG3017: uses the mask's paths instead of its text.
/// <list type="bullet">
/// <item><c>mask.ToString().Split(',')</c> → <c>mask.Paths</c> where a path collection fits (<c>foreach</c>, LINQ,
/// an <c>IEnumerable&lt;string&gt;</c>/<c>IList&lt;string&gt;</c>… target), else <c>mask.Paths.ToArray()</c> (the
/// <c>string[]</c> that <c>Split</c> gave);</item>
/// <item><c>mask.ToString().Contains(path)</c> → <c>mask.Paths.Contains(path)</c> (a path, not a substring);</item>
/// <item>any other use of the text → <c>string.Join(",", mask.Paths)</c>.</item>
/// </list>
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PG3017JoinPathsCodeFix))]
[Shared]
public sealed class PG3017JoinPathsCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.FieldMaskToStringAsPaths);

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
            if (!diagnostic.Properties.TryGetValue(PG3017FieldMaskToStringAsPaths.MaskProperty, out var mask)
                || mask is null
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax text)
            {
                continue;
            }

            var (target, replacement) = Plan(text, mask, semanticModel, context.CancellationToken);
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Use {mask}.Paths",
                    cancellationToken => Task.FromResult(Replace(context.Document, root, target, replacement, cancellationToken)),
                    equivalenceKey: nameof(PG3017JoinPathsCodeFix)),
                diagnostic);
        }
    }

    private static (ExpressionSyntax Target, ExpressionSyntax Replacement) Plan(ExpressionSyntax text, string mask, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        var paths = SyntaxFactory.MemberAccessExpression(
            SyntaxKind.SimpleMemberAccessExpression,
            SyntaxFactory.ParseExpression(mask),
            SyntaxFactory.IdentifierName("Paths"));

        var use = text;
        while (use.Parent is ParenthesizedExpressionSyntax parenthesized)
        {
            use = parenthesized;
        }

        if (use.Parent is MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax call } access
            && access.Expression == use
            && call.Expression == access)
        {
            var arguments = call.ArgumentList.Arguments;
            switch (access.Name.Identifier.ValueText)
            {
                case "Split" when arguments.Count >= 1 && IsComma(semanticModel.GetConstantValue(arguments[0].Expression, cancellationToken)):
                    return (call, AsPathList(call, paths, semanticModel, cancellationToken));

                case "Contains" when arguments.Count == 1
                    && semanticModel.GetTypeInfo(arguments[0].Expression, cancellationToken).Type is { SpecialType: SpecialType.System_String }:
                    return (text, paths);
            }
        }

        var join = SyntaxFactory.InvocationExpression(
            SyntaxFactory.MemberAccessExpression(
                SyntaxKind.SimpleMemberAccessExpression,
                SyntaxFactory.PredefinedType(SyntaxFactory.Token(SyntaxKind.StringKeyword)),
                SyntaxFactory.IdentifierName("Join")),
            SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(new[]
            {
                SyntaxFactory.Argument(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(","))),
                SyntaxFactory.Argument(paths),
            })));
        return (text, join);
    }

    private static bool IsComma(Optional<object?> constant) => constant is { HasValue: true, Value: ',' or "," };

    /// <summary><c>mask.Paths</c> where the split result is only enumerated or converted to an interface the paths implement, else <c>mask.Paths.ToArray()</c>.</summary>
    private static ExpressionSyntax AsPathList(InvocationExpressionSyntax split, ExpressionSyntax paths, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        var pathsType = GrpcSymbols.For(semanticModel.Compilation).RepeatedFieldOfT
            ?.Construct(semanticModel.Compilation.GetSpecialType(SpecialType.System_String));
        if (pathsType is not null && FitsPathCollection(split, pathsType, semanticModel, cancellationToken))
        {
            return paths;
        }

        var linqInScope = pathsType is not null
            && !semanticModel.LookupSymbols(split.SpanStart, pathsType, "ToArray", includeReducedExtensionMethods: true).IsEmpty;
        return linqInScope
            ? SyntaxFactory.InvocationExpression(SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, paths, SyntaxFactory.IdentifierName("ToArray")))
            : SyntaxFactory.InvocationExpression(
                SyntaxFactory.ParseExpression("global::System.Linq.Enumerable.ToArray"),
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(paths))));
    }

    private static bool FitsPathCollection(InvocationExpressionSyntax split, ITypeSymbol pathsType, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        switch (split.Parent)
        {
            case ForEachStatementSyntax loop when loop.Expression == split:
                return true;

            case MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax outer } access when access.Expression == split && outer.Expression == access:
                // A LINQ-style extension over an interface (Select, ToList, Contains…) works on the paths too.
                return semanticModel.GetSymbolInfo(outer, cancellationToken).Symbol is IMethodSymbol { IsExtensionMethod: true } extension
                    && (extension.ReducedFrom ?? extension).Parameters is { Length: > 0 } parameters
                    && parameters[0].Type.OriginalDefinition.TypeKind == TypeKind.Interface;

            default:
                var converted = semanticModel.GetTypeInfo(split, cancellationToken).ConvertedType;
                return converted is { TypeKind: TypeKind.Interface }
                    && semanticModel.Compilation.ClassifyConversion(pathsType, converted).IsImplicit;
        }
    }

    private static Document Replace(Document document, SyntaxNode root, ExpressionSyntax target, ExpressionSyntax replacement, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return document.WithSyntaxRoot(root.ReplaceNode(target, replacement.WithTriviaFrom(target)));
    }
}
