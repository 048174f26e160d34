using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Shared;
using ProtoGuard.Analyzers.CSharp.Semantics;

namespace ProtoGuard.Analyzers.CSharp;

/// <summary>
/// PG3002: a deadline (generated client <c>deadline:</c> argument, <c>new CallOptions(deadline: …)</c>,
/// <c>CallOptions.WithDeadline(…)</c>) built from a <see cref="System.DateTime"/> whose Kind is not Utc.
/// The diagnostic is on the deadline argument; its additional location is the non-UTC origin the fix rewrites.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PG3002DeadlineNotUtc : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property naming the origin the code fix can rewrite (<see cref="OriginNow"/> or <see cref="OriginToday"/>).</summary>
    public const string OriginProperty = "Origin";

    public const string OriginNow = "Now";

    public const string OriginToday = "Today";

    /// <summary>How many values (locals, <c>Add…</c> calls) are followed back from the deadline argument.</summary>
    private const int MaxTrackingDepth = 16;

    private const int DateTimeKindUtc = 1;

    private const int DateTimeStylesAdjustToUniversal = 16;

    /// <summary>With RoundtripKind the Kind follows the text ("Z" → Utc), which cannot be known here.</summary>
    private const int DateTimeStylesRoundtripKind = 128;

    private static readonly DiagnosticDescriptor Rule = DiagnosticDescriptors.Create(RuleCatalog.DeadlineNotUtc);

    private static readonly ImmutableHashSet<string> KindPreservingMethods = ImmutableHashSet.Create(
        "Add", "AddDays", "AddHours", "AddMicroseconds", "AddMilliseconds", "AddMinutes", "AddMonths", "AddSeconds", "AddTicks", "AddYears", "Subtract");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static compilationContext =>
        {
            if (GrpcSymbols.TryCreate(compilationContext.Compilation) is not { } symbols)
            {
                return;
            }

            compilationContext.RegisterRuleOperationAction(context => AnalyzeInvocation(context, symbols), OperationKind.Invocation);
            compilationContext.RegisterRuleOperationAction(context => AnalyzeObjectCreation(context, symbols), OperationKind.ObjectCreation);
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, GrpcSymbols symbols)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (symbols.IsCallOptions(method.ContainingType))
        {
            if (method.Name == "WithDeadline" && invocation.Arguments.Length == 1)
            {
                AnalyzeDeadline(context, invocation.Arguments[0], symbols);
            }

            return;
        }

        if (GrpcClientCall.TryCreate(invocation, symbols) is { DeadlineParameter: { } deadlineParameter }
            && GrpcClientCall.FindArgument(invocation.Arguments, deadlineParameter) is { } argument)
        {
            AnalyzeDeadline(context, argument, symbols);
        }
    }

    private static void AnalyzeObjectCreation(OperationAnalysisContext context, GrpcSymbols symbols)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (symbols.IsCallOptions(creation.Type) && GrpcClientCall.FindArgument(creation.Arguments, "deadline") is { } argument)
        {
            AnalyzeDeadline(context, argument, symbols);
        }
    }

    private static void AnalyzeDeadline(OperationAnalysisContext context, IArgumentOperation argument, GrpcSymbols symbols)
    {
        if (argument.ArgumentKind != ArgumentKind.Explicit || FindNonUtcOrigin(argument.Value, symbols, MaxTrackingDepth) is not { } origin)
        {
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty;
        if (origin is IPropertyReferenceOperation { Property: { IsStatic: true } property }
            && SymbolEqualityComparer.Default.Equals(property.ContainingType, symbols.DateTime)
            && property.Name is OriginNow or OriginToday)
        {
            properties = properties.Add(OriginProperty, property.Name);
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Rule,
            argument.Value.Syntax.GetLocation(),
            additionalLocations: new[] { origin.Syntax.GetLocation() },
            properties,
            OnOneLine(origin.Syntax.ToString())));
    }

    /// <summary>An origin written over several lines is named on one line in the message.</summary>
    private static string OnOneLine(string text)
    {
        if (text.IndexOf('\n') < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\r' or '\n')
            {
                while (i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]))
                {
                    i++;
                }

                var previous = builder.Length > 0 ? builder[builder.Length - 1] : '(';
                if (previous is not ('(' or ' '))
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>
    /// Follows the deadline value back through conversions, kind-preserving <c>Add…</c>/<c>Subtract</c>/<c>Date</c>,
    /// <c>+</c>/<c>-</c> with a TimeSpan, and locals assigned exactly once, to an operation that visibly produces a
    /// non-UTC DateTime. Returns null when the value is UTC or cannot be known.
    /// </summary>
    private static IOperation? FindNonUtcOrigin(IOperation value, GrpcSymbols symbols, int depth)
    {
        if (depth == 0)
        {
            return null;
        }

        value = value.WalkDownConversions();
        switch (value)
        {
            case IPropertyReferenceOperation { Property: var property } reference when IsDateTime(property.ContainingType, symbols):
                return property.Name switch
                {
                    "Now" or "Today" when property.IsStatic => reference,
                    "Date" when reference.Instance is { } instance => FindNonUtcOrigin(instance, symbols, depth - 1),
                    _ => null,
                };

            case IPropertyReferenceOperation { Property: var property } reference
                when SymbolEqualityComparer.Default.Equals(property.ContainingType, symbols.DateTimeOffset):
                // DateTimeOffset.DateTime has Kind Unspecified and LocalDateTime Kind Local; only UtcDateTime is UTC.
                return property.Name is "DateTime" or "LocalDateTime" ? reference : null;

            case IInvocationOperation invocation when IsDateTime(invocation.TargetMethod.ContainingType, symbols):
                return FromDateTimeMethod(invocation, symbols, depth);

            case IObjectCreationOperation creation when IsDateTime(creation.Type, symbols):
                return creation.Arguments.Length > 0 && !MayBeUtc(creation.Arguments, symbols.DateTimeKind, IsUtcKind)
                    ? creation
                    : null;

            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } binary
                when IsDateTime(binary.Type, symbols) && IsDateTime(binary.LeftOperand.Type, symbols):
                return FindNonUtcOrigin(binary.LeftOperand, symbols, depth - 1);

            case ILocalReferenceOperation local when GetSingleAssignment(local) is { } initializer:
                return FindNonUtcOrigin(initializer, symbols, depth - 1);

            default:
                return null;
        }
    }

    private static IOperation? FromDateTimeMethod(IInvocationOperation invocation, GrpcSymbols symbols, int depth)
    {
        var method = invocation.TargetMethod;
        if (!method.IsStatic)
        {
            if (method.Name == "ToLocalTime")
            {
                return invocation;
            }

            return KindPreservingMethods.Contains(method.Name) && IsDateTime(method.ReturnType, symbols) && invocation.Instance is { } instance
                ? FindNonUtcOrigin(instance, symbols, depth - 1)
                : null;
        }

        return method.Name switch
        {
            // Without DateTimeStyles.AdjustToUniversal the parsed value is Local or Unspecified.
            "Parse" or "ParseExact" => MayBeUtc(invocation.Arguments, symbols.DateTimeStyles, IsUtcStyle) ? null : invocation,
            "SpecifyKind" => MayBeUtc(invocation.Arguments, symbols.DateTimeKind, IsUtcKind) ? null : invocation,
            "FromFileTime" or "FromOADate" => invocation,
            _ => null,
        };
    }

    /// <summary>
    /// Whether the argument of the given enum type is a constant that makes the result UTC, or is not a constant (then
    /// the kind cannot be known and the value gets the benefit of the doubt). False when there is no such argument.
    /// </summary>
    private static bool MayBeUtc(ImmutableArray<IArgumentOperation> arguments, INamedTypeSymbol? enumType, Func<int, bool> isUtc)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter is { } parameter && SymbolEqualityComparer.Default.Equals(parameter.Type, enumType))
            {
                if (argument.ArgumentKind == ArgumentKind.DefaultValue)
                {
                    return false;
                }

                return argument.Value.ConstantValue is not { HasValue: true, Value: int value } || isUtc(value);
            }
        }

        return false;
    }

    private static bool IsUtcKind(int kind) => kind == DateTimeKindUtc;

    private static bool IsUtcStyle(int styles) => (styles & (DateTimeStylesAdjustToUniversal | DateTimeStylesRoundtripKind)) != 0;

    private static bool IsDateTime(ITypeSymbol? type, GrpcSymbols symbols) => SymbolEqualityComparer.Default.Equals(type, symbols.DateTime);

    /// <summary>The initializer of a local that is declared with one and never written again, else null.</summary>
    private static IOperation? GetSingleAssignment(ILocalReferenceOperation reference)
    {
        var local = reference.Local;
        if (local.RefKind != RefKind.None
            || reference.SemanticModel is not { } semanticModel
            || local.DeclaringSyntaxReferences.Length != 1
            || local.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: { } initializerSyntax } declarator
            || declarator.SyntaxTree != semanticModel.SyntaxTree)
        {
            return null;
        }

        var scope = declarator.Ancestors().FirstOrDefault(node => node is MemberDeclarationSyntax and not GlobalStatementSyntax) ?? declarator.SyntaxTree.GetRoot();
        foreach (var identifier in scope.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (identifier.Identifier.ValueText == local.Name
                && IsWritten(identifier)
                && SymbolEqualityComparer.Default.Equals(semanticModel.GetSymbolInfo(identifier).Symbol, local))
            {
                return null;
            }
        }

        return semanticModel.GetOperation(initializerSyntax);
    }

    private static bool IsWritten(IdentifierNameSyntax identifier)
    {
        SyntaxNode node = identifier;
        while (node.Parent is ArgumentSyntax or TupleExpressionSyntax or ParenthesizedExpressionSyntax)
        {
            if (node.Parent is ArgumentSyntax argument && !argument.RefKindKeyword.IsKind(SyntaxKind.None))
            {
                return true;
            }

            node = node.Parent;
        }

        return node.Parent switch
        {
            AssignmentExpressionSyntax assignment => assignment.Left == node,
            PrefixUnaryExpressionSyntax prefix => prefix.Kind() is SyntaxKind.PreIncrementExpression or SyntaxKind.PreDecrementExpression or SyntaxKind.AddressOfExpression,
            PostfixUnaryExpressionSyntax postfix => postfix.Kind() is SyntaxKind.PostIncrementExpression or SyntaxKind.PostDecrementExpression,
            RefExpressionSyntax => true,
            _ => false,
        };
    }
}
