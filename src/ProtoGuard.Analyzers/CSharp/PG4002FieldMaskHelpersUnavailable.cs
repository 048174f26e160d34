using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Shared;

namespace ProtoGuard.Analyzers.CSharp;

/// <summary>
/// PG4002: a FieldMask helper (<c>x.ApplyFieldMask</c>, <c>T.ComputeFieldMask</c>, <c>T.IsValidPath</c>,
/// <c>T.ValidatePaths</c>, <c>T.FieldPaths</c>) that does not bind, on a type the generator gives no such member, with
/// the reason: not a protobuf message; <c>ProtoGuardFieldMaskHelpers</c> is <c>none</c>; a static helper on a
/// message of a referenced assembly, whose helpers live in the generated <c>XxxFieldMask</c> class instead; or its
/// <c>ApplyFieldMask</c> extension method used without its namespace imported. The same
/// names as the generator's demand detection, on the compilation that includes the generated code: a helper that was
/// generated binds and is not reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PG4002FieldMaskHelpersUnavailable : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = DiagnosticDescriptors.Create(RuleCatalog.FieldMaskHelpersUnavailable);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static compilationContext =>
        {
            if (GrpcSymbols.For(compilationContext.Compilation).IMessageOfT is not { } messageOfT)
            {
                return;
            }

            var none = compilationContext.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(FieldMaskHelpersOption.PropertyKey, out var mode)
                && FieldMaskHelpersOption.Parse(mode) == FieldMaskHelpersMode.None;
            compilationContext.RegisterSyntaxNodeAction(context => Analyze(context, messageOfT, none), SyntaxKind.SimpleMemberAccessExpression);
        });
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, INamedTypeSymbol messageOfT, bool none)
    {
        var access = (MemberAccessExpressionSyntax)context.Node;
        var member = access.Name.Identifier.ValueText;
        if (member is not ("ApplyFieldMask" or "ComputeFieldMask" or "IsValidPath" or "ValidatePaths" or "FieldPaths"))
        {
            return;
        }

        var bound = context.SemanticModel.GetSymbolInfo(access, context.CancellationToken);
        if (bound.Symbol is not null || !bound.CandidateSymbols.IsEmpty
            || context.SemanticModel.GetTypeInfo(access.Expression, context.CancellationToken).Type is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct or TypeKind.Interface } type)
        {
            return;
        }

        var reason = Reason(type, member, access, context.SemanticModel, messageOfT, none);
        if (reason is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, access.Name.GetLocation(), member, type.ToDisplayString(), reason));
        }
    }

    private static string? Reason(INamedTypeSymbol type, string member, MemberAccessExpressionSyntax access, SemanticModel model, INamedTypeSymbol messageOfT, bool none)
    {
        var isMessage = type.TypeKind == TypeKind.Class && type.AllInterfaces.Any(candidate =>
            SymbolEqualityComparer.Default.Equals(candidate.OriginalDefinition, messageOfT)
            && SymbolEqualityComparer.Default.Equals(candidate.TypeArguments[0], type));
        if (!isMessage)
        {
            return "it is not a protobuf message class (Google.Protobuf.IMessage<T>); helpers are generated for Grpc.Tools messages only";
        }

        if (none)
        {
            return "ProtoGuardFieldMaskHelpers is 'none'; set it to 'auto' (the default) or 'all'";
        }

        var onTypeName = model.GetSymbolInfo(access.Expression).Symbol is INamedTypeSymbol;
        // Another assembly's (in the IDE a referenced project's symbols come from source, so compare assemblies).
        if (SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, model.Compilation.Assembly))
        {
            return null;
        }

        if (!onTypeName)
        {
            var ns = type.ContainingNamespace.ToDisplayString();
            return member == "ApplyFieldMask" && !type.ContainingNamespace.IsGlobalNamespace
                ? $"for a message of a referenced assembly it is an extension method in namespace '{ns}'; add 'using {ns};'"
                : null;
        }

        var helperClass = string.Join("_", ContainingChain(type)) + "FieldMask";
        return member == "FieldPaths"
            ? $"it comes from the referenced assembly '{type.ContainingAssembly.Name}', whose class cannot be extended, and path constants need the descriptor at compile time; use '{helperClass}.IsValidPath' and the proto field names"
            : $"it comes from the referenced assembly '{type.ContainingAssembly.Name}', whose class cannot be extended; call '{helperClass}.{member}'";
    }

    /// <summary>The names of the message and its enclosing messages, outermost first, without protoc's <c>Types</c> classes (as the generator names the helper class).</summary>
    private static System.Collections.Generic.IEnumerable<string> ContainingChain(INamedTypeSymbol type)
    {
        var names = new System.Collections.Generic.List<string>();
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (!(current.Name == "Types" && current.ContainingType is not null))
            {
                names.Insert(0, current.Name);
            }
        }

        return names;
    }
}
