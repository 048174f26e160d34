using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Shared;
using ProtoGuard.Analyzers.CSharp.Semantics;

namespace ProtoGuard.Analyzers.CSharp;

/// <summary>
/// PG3013: inside a gRPC service method override, an <c>if</c> (or <c>?:</c>) whose condition compares an
/// implicit-presence scalar field with its default (<c>x != ""</c>, <c>x != 0</c>, <c>!string.IsNullOrEmpty(x)</c>,
/// <c>x.Length != 0</c>, <c>!x.IsEmpty</c>, a bare <c>bool</c> field, alone or in an <c>&amp;&amp;</c> chain) and
/// whose true branch assigns that same field (same receiver) to something: the "copy only if set" pattern that
/// presence-less fields cannot support. Nothing else is reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PG3013DefaultValueAsPresence : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = DiagnosticDescriptors.Create(RuleCatalog.DefaultValueAsPresence);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static compilationContext =>
        {
            if (GrpcSymbols.TryCreate(compilationContext.Compilation) is not { IMessageOfT: not null, BindServiceMethodAttribute: not null } symbols)
            {
                return;
            }

            compilationContext.RegisterRuleOperationAction(context => AnalyzeConditional(context, symbols), OperationKind.Conditional);
        });
    }

    private static void AnalyzeConditional(OperationAnalysisContext context, GrpcSymbols symbols)
    {
        var conditional = (IConditionalOperation)context.Operation;
        if (GrpcServerHandler.TryCreate(context.ContainingSymbol, symbols) is null)
        {
            return;
        }

        foreach (var check in Conjuncts(conditional.Condition))
        {
            if (AsDefaultCheck(check, symbols) is not { } found
                || !UsesFieldInTrueBranch(conditional, found.Field))
            {
                continue;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Rule,
                check.Syntax.GetLocation(),
                found.Field.Property.ContainingType.Name + "." + found.Field.Property.Name,
                check.Syntax.ToString(),
                found.DefaultText));
        }
    }

    /// <summary>The operands of an <c>&amp;&amp;</c> chain (the condition itself when it is not one).</summary>
    private static ImmutableArray<IOperation> Conjuncts(IOperation condition)
    {
        var builder = ImmutableArray.CreateBuilder<IOperation>();
        var pending = new System.Collections.Generic.Stack<IOperation>();
        pending.Push(condition);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (current is IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } and)
            {
                pending.Push(and.RightOperand);
                pending.Push(and.LeftOperand);
            }
            else
            {
                builder.Add(current);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>The field a "differs from its default" check tests, and how its default is named in the message.</summary>
    private static (IPropertyReferenceOperation Field, string DefaultText)? AsDefaultCheck(IOperation check, GrpcSymbols symbols)
    {
        IPropertyReferenceOperation? field = null;
        switch (check.WalkDownConversions())
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.NotEquals or BinaryOperatorKind.GreaterThan } binary:
                if (IsDefaultConstant(binary.RightOperand))
                {
                    field = AsField(binary.LeftOperand, symbols) ?? AsLength(binary.LeftOperand, symbols);
                }
                else if (binary.OperatorKind == BinaryOperatorKind.NotEquals && IsDefaultConstant(binary.LeftOperand))
                {
                    field = AsField(binary.RightOperand, symbols) ?? AsLength(binary.RightOperand, symbols);
                }

                break;

            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not, Operand: var operand }:
                field = operand.WalkDownConversions() switch
                {
                    IInvocationOperation { TargetMethod: { IsStatic: true, Name: "IsNullOrEmpty" or "IsNullOrWhiteSpace", ContainingType.SpecialType: SpecialType.System_String }, Arguments.Length: 1 } invocation =>
                        AsField(invocation.Arguments[0].Value, symbols),
                    IPropertyReferenceOperation { Property.Name: "IsEmpty", Instance: { } bytes } when SymbolEqualityComparer.Default.Equals(bytes.Type, symbols.ByteString) =>
                        AsField(bytes, symbols),
                    _ => null,
                };
                break;

            case IPropertyReferenceOperation { Type.SpecialType: SpecialType.System_Boolean } flag:
                field = AsField(flag, symbols);
                break;
        }

        return field is null ? null : (field, DefaultText(field.Property.Type, symbols));
    }

    /// <summary>The value as an implicit-presence scalar field of a generated message, read through a named receiver.</summary>
    private static IPropertyReferenceOperation? AsField(IOperation value, GrpcSymbols symbols) =>
        value.WalkDownConversions() is IPropertyReferenceOperation { Instance: { } instance } reference
        && instance is not IConditionalAccessInstanceOperation
        && ProtoMessageField.TryCreate(reference.Property, symbols) is { Presence: ProtoFieldPresence.Implicit }
            ? reference
            : null;

    /// <summary><c>x.Length</c> of a string or bytes field <c>x</c>.</summary>
    private static IPropertyReferenceOperation? AsLength(IOperation value, GrpcSymbols symbols) =>
        value.WalkDownConversions() is IPropertyReferenceOperation { Property.Name: "Length", Instance: { } instance }
        && (instance.Type?.SpecialType == SpecialType.System_String || SymbolEqualityComparer.Default.Equals(instance.Type, symbols.ByteString))
            ? AsField(instance, symbols)
            : null;

    /// <summary><c>""</c>, <c>string.Empty</c>, <c>0</c>, <c>0.0</c>, <c>false</c>, <c>default</c> or an enum member whose value is 0.</summary>
    private static bool IsDefaultConstant(IOperation operation)
    {
        if (operation.WalkDownConversions() is IFieldReferenceOperation { Field: { IsStatic: true, Name: "Empty", ContainingType.SpecialType: SpecialType.System_String } })
        {
            return true;
        }

        // The converted value first: in "age != 'a'" the char literal is compared as the int 97.
        var constant = operation.ConstantValue.HasValue ? operation.ConstantValue : operation.WalkDownConversions().ConstantValue;
        return constant.HasValue && constant.Value switch
        {
            string text => text.Length == 0,
            bool flag => !flag,
            int number => number == 0,
            long number => number == 0,
            uint number => number == 0,
            ulong number => number == 0,
            short number => number == 0,
            ushort number => number == 0,
            byte number => number == 0,
            sbyte number => number == 0,
            char character => character == '\0',
            float number => number == 0,
            double number => number == 0,
            decimal number => number == 0,
            _ => false,
        };
    }

    private static string DefaultText(ITypeSymbol type, GrpcSymbols symbols) => type switch
    {
        { SpecialType: SpecialType.System_String } => "\"\"",
        { SpecialType: SpecialType.System_Boolean } => "false",
        { TypeKind: TypeKind.Enum } => "the zero enum value",
        _ when SymbolEqualityComparer.Default.Equals(type, symbols.ByteString) => "empty bytes",
        _ => "0",
    };

    /// <summary>
    /// Whether the true branch assigns the checked field, read through the same receiver, to something: an
    /// assignment's value in the <c>if</c> branch, or the true value of a <c>?:</c> that is itself assigned.
    /// </summary>
    private static bool UsesFieldInTrueBranch(IConditionalOperation conditional, IPropertyReferenceOperation field)
    {
        if (conditional.Type is not null)
        {
            IOperation value = conditional;
            while (value.Parent is IConversionOperation conversion)
            {
                value = conversion;
            }

            return value.Parent is IAssignmentOperation assignment && assignment.Value == value && IsSameField(conditional.WhenTrue, field);
        }

        foreach (var descendant in conditional.WhenTrue.DescendantsAndSelf())
        {
            if (descendant is IAssignmentOperation assignment && IsSameField(assignment.Value, field))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSameField(IOperation value, IPropertyReferenceOperation field) =>
        value.WalkDownConversions() is IPropertyReferenceOperation { Instance: { } instance } reference
        && SymbolEqualityComparer.Default.Equals(reference.Property, field.Property)
        && SyntaxFactory.AreEquivalent(instance.Syntax, field.Instance!.Syntax);
}
