using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ProtoGuard.Shared;

namespace ProtoGuard.Analyzers.Generators;

/// <summary>
/// A class marked <c>[ProtoGuard.InMemoryService]</c>, with the location of the attribute (where the PG4020-series
/// diagnostics are reported) and its named arguments. The analyzers use <see cref="InMemoryServiceRecognizer"/>, the
/// generator's own recognizer, so that what they report is what the generator does.
/// </summary>
internal sealed class InMemoryServiceTarget
{
    private InMemoryServiceTarget(INamedTypeSymbol type, AttributeData attribute, Location location)
    {
        Type = type;
        Attribute = attribute;
        Location = location;
    }

    public INamedTypeSymbol Type { get; }

    public AttributeData Attribute { get; }

    public Location Location { get; }

    /// <summary>Runs <paramref name="analyze"/> for every class marked with the attribute (which the generator emits); the caller configures the context.</summary>
    public static void Register(AnalysisContext context, System.Action<SymbolAnalysisContext, InMemoryServiceTarget> analyze)
    {
        context.RegisterCompilationStartAction(compilationContext =>
        {
            if (compilationContext.Compilation.GetTypeByMetadataName(InMemoryServiceRecognizer.AttributeMetadataName) is not { } attributeType)
            {
                return;
            }

            compilationContext.RegisterSymbolAction(
                symbolContext =>
                {
                    if (symbolContext.Symbol is INamedTypeSymbol type && Find(type, attributeType, symbolContext.CancellationToken) is { } target)
                    {
                        analyze(symbolContext, target);
                    }
                },
                SymbolKind.NamedType);
        });
    }

    /// <summary>Whether the FieldMask helpers generator runs (<c>ProtoGuardFieldMaskHelpers</c> is not <c>none</c>).</summary>
    public static bool FieldMaskHelpersAvailable(SymbolAnalysisContext context)
        => FieldMaskHelpersOption.Read(context.Options.AnalyzerConfigOptionsProvider.GlobalOptions) != FieldMaskHelpersMode.None;

    /// <summary>The first class (itself or a containing one) that is not declared partial everywhere; null when all are.</summary>
    public INamedTypeSymbol? FirstNonPartial(System.Threading.CancellationToken cancellationToken)
    {
        for (var current = Type; current is not null; current = current.ContainingType)
        {
            foreach (var reference in current.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is not Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax declaration
                    || !declaration.Modifiers.Any(Microsoft.CodeAnalysis.CSharp.SyntaxKind.PartialKeyword))
                {
                    return current;
                }
            }
        }

        return null;
    }

    /// <summary>What is wrong with the attribute's values, or null when they are valid (the generator's rules).</summary>
    public string? OptionProblem() => InMemoryServiceOptions.Read(new[] { Attribute }).Problem;

    private static InMemoryServiceTarget? Find(INamedTypeSymbol type, INamedTypeSymbol attributeType, System.Threading.CancellationToken cancellationToken)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType)
                && attribute.ApplicationSyntaxReference is { } reference)
            {
                return new InMemoryServiceTarget(type, attribute, reference.GetSyntax(cancellationToken).GetLocation());
            }
        }

        return null;
    }
}
