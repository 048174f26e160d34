using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Shared;
using ProtoGuard.Analyzers.CSharp.Semantics;

namespace ProtoGuard.Analyzers.CSharp;

/// <summary>
/// PG3017: <c>mask.ToString()</c> or <c>$"{mask}"</c> of a <c>FieldMask</c> whose text is then used as paths: a
/// member of it is called (<c>.Split(',')</c>, <c>.Contains(…)</c>, <c>.Length</c>), it is passed to a
/// <c>System.String</c> or <c>FieldMask</c> method or to a <c>RepeatedField&lt;string&gt;</c> (<c>Paths.Add</c>), it is
/// compared with <c>==</c>/<c>!=</c>, or it is assigned to a field of a generated message. Logging, exception messages
/// and longer interpolated strings are diagnostic uses and are not reported; nor is a value stored in a local first.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PG3017FieldMaskToStringAsPaths : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: the FieldMask expression, as written.</summary>
    public const string MaskProperty = "Mask";

    private static readonly DiagnosticDescriptor Rule = DiagnosticDescriptors.Create(RuleCatalog.FieldMaskToStringAsPaths);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static compilationContext =>
        {
            if (GrpcSymbols.TryCreate(compilationContext.Compilation) is not { FieldMask: not null } symbols)
            {
                return;
            }

            compilationContext.RegisterRuleOperationAction(context => AnalyzeToString(context, symbols), OperationKind.Invocation);
            compilationContext.RegisterRuleOperationAction(context => AnalyzeInterpolation(context, symbols), OperationKind.InterpolatedString);
        });
    }

    private static void AnalyzeToString(OperationAnalysisContext context, GrpcSymbols symbols)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.TargetMethod is { Name: "ToString", IsStatic: false, Parameters.Length: 0 }
            && invocation.Instance is { } mask
            && IsFieldMask(mask.WalkDownConversions(), symbols))
        {
            AnalyzeUse(context, invocation, mask, symbols);
        }
    }

    private static void AnalyzeInterpolation(OperationAnalysisContext context, GrpcSymbols symbols)
    {
        var interpolated = (IInterpolatedStringOperation)context.Operation;
        if (interpolated.Parts.Length == 1
            && interpolated.Parts[0] is IInterpolationOperation { Alignment: null, FormatString: null, Expression: var expression }
            && IsFieldMask(expression.WalkDownConversions(), symbols))
        {
            AnalyzeUse(context, interpolated, expression, symbols);
        }
    }

    private static void AnalyzeUse(OperationAnalysisContext context, IOperation text, IOperation mask, GrpcSymbols symbols)
    {
        var value = text;
        while (value.Parent is IConversionOperation or IParenthesizedOperation)
        {
            value = value.Parent;
        }

        if (!IsUsedAsPaths(value, symbols))
        {
            return;
        }

        var maskText = MaskText(text.Syntax, mask.Syntax);
        context.ReportDiagnostic(Diagnostic.Create(
            Rule,
            text.Syntax.GetLocation(),
            ImmutableDictionary<string, string?>.Empty.Add(MaskProperty, maskText),
            text.Syntax.ToString(),
            maskText));
    }

    /// <summary>The mask as written (with its parentheses: C# has no operation for them), parenthesized where <c>.Paths</c> could not follow it.</summary>
    private static string MaskText(SyntaxNode text, SyntaxNode mask)
    {
        var written = text is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax memberAccess } ? memberAccess.Expression : mask;
        return written is IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax or ElementAccessExpressionSyntax or ParenthesizedExpressionSyntax or ThisExpressionSyntax
            ? written.ToString()
            : "(" + written + ")";
    }

    private static bool IsUsedAsPaths(IOperation value, GrpcSymbols symbols)
    {
        switch (value.Parent)
        {
            case IInvocationOperation invocation when invocation.Instance == value:
            case IPropertyReferenceOperation property when property.Instance == value:
                return true;

            case IArgumentOperation { Parent: IInvocationOperation invocation }:
                var type = invocation.TargetMethod.ContainingType;
                return type.SpecialType == SpecialType.System_String
                    || SymbolEqualityComparer.Default.Equals(type, symbols.FieldMask)
                    || SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, symbols.RepeatedFieldOfT);

            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals }:
                return true;

            case ISimpleAssignmentOperation assignment when assignment.Value == value:
                return assignment.Target is IPropertyReferenceOperation { Property: var target } && symbols.IsMessage(target.ContainingType);

            default:
                return false;
        }
    }

    private static bool IsFieldMask(IOperation operation, GrpcSymbols symbols) =>
        SymbolEqualityComparer.Default.Equals(operation.Type, symbols.FieldMask);
}
