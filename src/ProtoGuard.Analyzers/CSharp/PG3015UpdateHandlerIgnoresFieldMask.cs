using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Shared;
using ProtoGuard.Analyzers.CSharp.Semantics;

namespace ProtoGuard.Analyzers.CSharp;

/// <summary>
/// PG3015: the handler of an <c>Update…</c> RPC whose request message has a <c>google.protobuf.FieldMask</c> field
/// (<c>update_mask</c> → <c>UpdateMask</c>) never reads that property. A handler that hands the whole request to other
/// code (<c>store.Apply(request)</c>) is not reported: the mask may be read there.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PG3015UpdateHandlerIgnoresFieldMask : DiagnosticAnalyzer
{
    private const string UpdatePrefix = "Update";

    private static readonly DiagnosticDescriptor Rule = DiagnosticDescriptors.Create(RuleCatalog.UpdateHandlerIgnoresFieldMask);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static compilationContext =>
        {
            if (GrpcSymbols.TryCreate(compilationContext.Compilation) is not { } symbols
                || symbols.ServerCallContext is null
                || symbols.FieldMask is null)
            {
                return;
            }

            compilationContext.RegisterOperationBlockAction(blockContext => AnalyzeHandler(blockContext, symbols));
        });
    }

    private static void AnalyzeHandler(OperationBlockAnalysisContext context, GrpcSymbols symbols)
    {
        if (!context.OwningSymbol.Name.StartsWith(UpdatePrefix, StringComparison.Ordinal)
            || GrpcServerHandler.TryCreate(context.OwningSymbol, symbols) is not { Request: { } request } handler
            || FindMaskProperty(request.Type, symbols) is not { } mask
            || ReadsProperty(context.OperationBlocks, mask)
            || GrpcRequestUsage.EscapesWhole(context.OperationBlocks, request))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Rule,
            handler.Method.Locations[0],
            handler.Method.Name,
            request.Name + "." + mask.Name));
    }

    private static IPropertySymbol? FindMaskProperty(ITypeSymbol requestType, GrpcSymbols symbols)
    {
        foreach (var member in requestType.GetMembers())
        {
            if (member is IPropertySymbol { IsStatic: false, DeclaredAccessibility: Accessibility.Public } property
                && SymbolEqualityComparer.Default.Equals(property.Type, symbols.FieldMask))
            {
                return property;
            }
        }

        return null;
    }

    private static bool ReadsProperty(ImmutableArray<IOperation> blocks, IPropertySymbol property)
    {
        foreach (var block in blocks)
        {
            foreach (var operation in block.Descendants())
            {
                if (operation is IPropertyReferenceOperation reference
                    && SymbolEqualityComparer.Default.Equals(reference.Property, property))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
