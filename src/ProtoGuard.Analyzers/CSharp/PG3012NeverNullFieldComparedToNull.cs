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
/// PG3012: <c>field == null</c>, <c>field != null</c>, <c>field is null</c> or <c>field is not null</c> where the
/// field is a generated <c>string</c> or <c>ByteString</c> message property that is never null (implicit presence,
/// <c>optional</c> or oneof; not a wrapper). The replacement is passed to the code fix as a diagnostic property.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PG3012NeverNullFieldComparedToNull : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: the C# expression that replaces the comparison.</summary>
    public const string ReplacementProperty = "Replacement";

    private static readonly DiagnosticDescriptor Rule = DiagnosticDescriptors.Create(RuleCatalog.NeverNullFieldComparedToNull);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static compilationContext =>
        {
            if (GrpcSymbols.TryCreate(compilationContext.Compilation) is not { IMessageOfT: not null } symbols)
            {
                return;
            }

            compilationContext.RegisterRuleOperationAction(context => AnalyzeBinary(context, symbols), OperationKind.Binary);
            compilationContext.RegisterRuleOperationAction(context => AnalyzeIsPattern(context, symbols), OperationKind.IsPattern);
        });
    }

    private static void AnalyzeBinary(OperationAnalysisContext context, GrpcSymbols symbols)
    {
        var binary = (IBinaryOperation)context.Operation;
        if (binary.OperatorKind is not (BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals))
        {
            return;
        }

        var value = IsNullLiteral(binary.RightOperand) ? binary.LeftOperand
            : IsNullLiteral(binary.LeftOperand) ? binary.RightOperand
            : null;
        if (value is not null)
        {
            Analyze(context, symbols, value, isNull: binary.OperatorKind == BinaryOperatorKind.Equals);
        }
    }

    private static void AnalyzeIsPattern(OperationAnalysisContext context, GrpcSymbols symbols)
    {
        var isPattern = (IIsPatternOperation)context.Operation;
        switch (isPattern.Pattern)
        {
            case IConstantPatternOperation constant when IsNullLiteral(constant.Value):
                Analyze(context, symbols, isPattern.Value, isNull: true);
                break;
            case INegatedPatternOperation { Pattern: IConstantPatternOperation constant } when IsNullLiteral(constant.Value):
                Analyze(context, symbols, isPattern.Value, isNull: false);
                break;
        }
    }

    private static void Analyze(OperationAnalysisContext context, GrpcSymbols symbols, IOperation value, bool isNull)
    {
        if (value.WalkDownConversions() is not IPropertyReferenceOperation reference
            || reference.Instance is IConditionalAccessInstanceOperation
            || reference.Syntax is not (MemberAccessExpressionSyntax or IdentifierNameSyntax)
            || ProtoMessageField.TryCreate(reference.Property, symbols) is not { } field
            || field.Presence is not (ProtoFieldPresence.Implicit or ProtoFieldPresence.Explicit)
            || !(field.IsString || SymbolEqualityComparer.Default.Equals(field.Property.Type, symbols.ByteString)))
        {
            return;
        }

        var replacement = Replacement(reference, field, isNull);
        context.ReportDiagnostic(Diagnostic.Create(
            Rule,
            context.Operation.Syntax.GetLocation(),
            ImmutableDictionary<string, string?>.Empty.Add(ReplacementProperty, replacement),
            field.Property.ContainingType.Name + "." + field.Property.Name,
            isNull ? "false" : "true",
            replacement));
    }

    /// <summary>
    /// <c>HasXxx</c> for optional and oneof fields (it tells "set to empty" from "not set"); else the emptiness test:
    /// <c>x.Length == 0</c> for strings, <c>x.IsEmpty</c> for bytes.
    /// </summary>
    private static string Replacement(IPropertyReferenceOperation reference, ProtoMessageField field, bool isNull)
    {
        var negation = isNull ? "!" : string.Empty;
        if (field.HasProperty is { } has)
        {
            var receiver = reference.Syntax is MemberAccessExpressionSyntax memberAccess ? memberAccess.Expression.ToString() + "." : string.Empty;
            return negation + receiver + has.Name;
        }

        var text = reference.Syntax.ToString();
        if (field.IsString)
        {
            return text + ".Length " + (isNull ? "==" : "!=") + " 0";
        }

        return (isNull ? string.Empty : "!") + text + ".IsEmpty";
    }

    private static bool IsNullLiteral(IOperation operation) =>
        operation.WalkDownConversions() is { ConstantValue: { HasValue: true, Value: null } } constant
        && constant.Type is null or { IsReferenceType: true };
}
