using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Schema.CSharp;
using ProtoGuard.Shared;
using ProtoGuard.Analyzers.CSharp.Semantics;

namespace ProtoGuard.Analyzers.CSharp;

/// <summary>
/// PG3018: a string-literal FieldMask path that names no field of the target message, when the target is known:
/// <c>FieldMask.FromString&lt;T&gt;("…")</c>, <c>FieldMask.FromStringEnumerable&lt;T&gt;(new[] { "…" })</c>, and
/// <c>FieldMask.FromString("…")</c>, <c>new FieldMask { Paths = { "…" } }</c> or <c>….Paths.Add("…")</c> on a mask
/// that is a FieldMask property of a request message with exactly one singular message field (AIP-134:
/// <c>UpdateUserRequest { User user; FieldMask update_mask; }</c>). Proto names come from the descriptor protoc embeds
/// (<see cref="ProtoMessageField.GetFields"/>); for messages of referenced assemblies they are inferred from the
/// <c>XxxFieldNumber</c> constants and any spelling protoc maps to the same property is accepted.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PG3018FieldMaskUnknownPath : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = DiagnosticDescriptors.Create(RuleCatalog.FieldMaskUnknownPath);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static compilationContext =>
        {
            if (GrpcSymbols.TryCreate(compilationContext.Compilation) is not { FieldMask: not null, IMessageOfT: not null } symbols)
            {
                return;
            }

            compilationContext.RegisterRuleOperationAction(context => AnalyzeInvocation(context, symbols), OperationKind.Invocation);
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, GrpcSymbols symbols)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (method.IsStatic && SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.FieldMask) && invocation.Arguments.Length == 1)
        {
            var target = method.IsGenericMethod ? method.TypeArguments[0] as INamedTypeSymbol : TargetOfAssignedMask(invocation, symbols);
            if (target is null)
            {
                return;
            }

            switch (method.Name)
            {
                case "FromString":
                    CheckLiteral(context, invocation.Arguments[0].Value, target, symbols, commaSeparated: true);
                    break;
                case "FromStringEnumerable":
                    foreach (var element in Elements(invocation.Arguments[0].Value))
                    {
                        CheckLiteral(context, element, target, symbols, commaSeparated: false);
                    }

                    break;
            }

            return;
        }

        // mask.Paths.Add("…"), written out or in a collection initializer (new FieldMask { Paths = { "…" } }).
        if (method is { Name: "Add", IsStatic: false, Parameters.Length: 1 }
            && invocation.Arguments.Length == 1
            && PathsOwner(invocation) is { } mask
            && TargetOfMask(mask, symbols) is { } owner)
        {
            CheckLiteral(context, invocation.Arguments[0].Value, owner, symbols, commaSeparated: false);
        }
    }

    /// <summary>The FieldMask whose <c>Paths</c> the <c>Add</c> call adds to.</summary>
    private static IOperation? PathsOwner(IInvocationOperation add)
    {
        if (add.Instance is IPropertyReferenceOperation { Property.Name: "Paths", Instance: { } explicitMask })
        {
            return explicitMask;
        }

        // Collection initializer: Add's receiver is implicit; the initialized member is Paths of the new FieldMask.
        return add.Parent is IObjectOrCollectionInitializerOperation { Parent: IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation { Property.Name: "Paths" }, Parent: IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation creation } } }
            ? creation
            : null;
    }

    /// <summary>The target of a mask value: a mask read from, or assigned to, a FieldMask property of a request message.</summary>
    private static INamedTypeSymbol? TargetOfMask(IOperation mask, GrpcSymbols symbols)
    {
        if (!SymbolEqualityComparer.Default.Equals(mask.Type, symbols.FieldMask))
        {
            return null;
        }

        return mask.WalkDownConversions() is IPropertyReferenceOperation property
            ? TargetOfMaskProperty(property.Property, symbols)
            : TargetOfAssignedMask(mask, symbols);
    }

    private static INamedTypeSymbol? TargetOfAssignedMask(IOperation value, GrpcSymbols symbols)
    {
        while (value.Parent is IConversionOperation)
        {
            value = value.Parent;
        }

        return value.Parent is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment && assignment.Value == value
            ? TargetOfMaskProperty(target.Property, symbols)
            : null;
    }

    /// <summary>The only singular message field (other than FieldMask) of the request that declares the mask property.</summary>
    private static INamedTypeSymbol? TargetOfMaskProperty(IPropertySymbol maskProperty, GrpcSymbols symbols)
    {
        var request = maskProperty.ContainingType;
        if (!SymbolEqualityComparer.Default.Equals(maskProperty.Type, symbols.FieldMask) || !symbols.IsMessage(request))
        {
            return null;
        }

        INamedTypeSymbol? target = null;
        foreach (var field in ProtoMessageField.GetFields(request))
        {
            if (request.GetMembers(field.PropertyName).FirstOrDefault() is IPropertySymbol { Type: INamedTypeSymbol type }
                && !SymbolEqualityComparer.Default.Equals(type, symbols.FieldMask)
                && symbols.IsMessage(type))
            {
                if (target is not null)
                {
                    return null;
                }

                target = type;
            }
        }

        return target;
    }

    private static ImmutableArray<IOperation> Elements(IOperation collection) => collection.WalkDownConversions() switch
    {
        IArrayCreationOperation { Initializer: { } initializer } => initializer.ElementValues,
        _ => ImmutableArray<IOperation>.Empty,
    };

    private static void CheckLiteral(OperationAnalysisContext context, IOperation value, INamedTypeSymbol target, GrpcSymbols symbols, bool commaSeparated)
    {
        if (value.WalkDownConversions().ConstantValue is not { HasValue: true, Value: string text })
        {
            return;
        }

        var paths = commaSeparated ? text.Split(',') : new[] { text };
        foreach (var path in paths)
        {
            if (path.Length == 0 || path == "*" || FindUnknownSegment(path, target, symbols) is not { } unknownIn)
            {
                continue;
            }

            var valid = string.Join(", ", ProtoMessageField.GetFields(unknownIn).Select(field => field.ProtoName));
            context.ReportDiagnostic(Diagnostic.Create(Rule, value.Syntax.GetLocation(), path, unknownIn.Name, valid));
        }
    }

    /// <summary>
    /// Walks the dot-separated path through message fields; returns the message in which a segment names no field,
    /// or null when every segment resolves (or the path goes on through a non-message field, which is not judged).
    /// </summary>
    private static INamedTypeSymbol? FindUnknownSegment(string path, INamedTypeSymbol target, GrpcSymbols symbols)
    {
        var current = target;
        foreach (var segment in path.Split('.'))
        {
            var match = ProtoMessageField.GetFields(current).FirstOrDefault(field => Names(segment, field, current.Name));
            if (match.PropertyName is null)
            {
                return current;
            }

            if (current.GetMembers(match.PropertyName).FirstOrDefault() is not IPropertySymbol { Type: INamedTypeSymbol next } || !symbols.IsMessage(next))
            {
                return null;
            }

            current = next;
        }

        return null;
    }

    /// <summary>
    /// Whether a path segment names the field: its proto name. When that name is only inferred (no descriptor at hand),
    /// also any other all-lowercase name protoc turns into the same C# name (<c>field_2</c> and <c>field2</c> both give
    /// <c>Field2</c>), so that unusual proto names are not reported by mistake; capitals never match there:
    /// <c>displayName</c> is then the JSON name and <c>DisplayName</c> the C# name, and FieldMask paths use neither.
    /// </summary>
    private static bool Names(string segment, ProtoFieldName field, string messageName) =>
        segment == field.ProtoName
        || (field.IsProtoNameInferred
            && segment.All(c => c == '_' || char.IsDigit(c) || char.IsLower(c))
            && string.Equals(ProtocCSharpNames.PropertyName(segment, messageName), field.PropertyName, StringComparison.Ordinal));
}
