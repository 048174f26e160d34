using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.Analyzers.CSharp;

/// <summary>
/// PG3008: the result of a generated streaming client method (server, client or duplex streaming) stored in a local
/// that is not <c>using</c>-declared and is only ever used through its members (<c>ResponseStream</c>,
/// <c>RequestStream</c>, <c>ResponseAsync</c>, <c>GetStatus()</c>…) or awaited: nothing disposes it. A local that is
/// disposed, returned, passed to a method, stored, captured by a conditional access or converted anywhere counts as
/// handled: the rule does not follow it further.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PG3008StreamingCallNotDisposed : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = DiagnosticDescriptors.Create(RuleCatalog.StreamingCallNotDisposed);

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

            compilationContext.RegisterRuleOperationAction(context => AnalyzeDeclarator(context, symbols), OperationKind.VariableDeclarator);
        });
    }

    private static void AnalyzeDeclarator(OperationAnalysisContext context, GrpcSymbols symbols)
    {
        var declarator = (IVariableDeclaratorOperation)context.Operation;
        if (declarator.Initializer?.Value.WalkDownConversions() is not IInvocationOperation invocation
            || !symbols.IsStreamingCall(invocation.TargetMethod.ReturnType)
            || GrpcClientCall.TryCreate(invocation, symbols) is not { } call
            || declarator.Syntax is not VariableDeclaratorSyntax syntax
            || declarator.Symbol.RefKind != RefKind.None
            || declarator.Parent is not IVariableDeclarationOperation { Parent: IVariableDeclarationGroupOperation group }
            || group.Parent is IUsingDeclarationOperation or IUsingOperation
            || IsDisposedOrHandedOver(declarator))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Rule,
            syntax.Identifier.GetLocation(),
            declarator.Symbol.Name,
            call.Method.ContainingType.Name + "." + call.Method.Name));
    }

    /// <summary>Whether any reference to the declared local is something other than a member use or an await.</summary>
    private static bool IsDisposedOrHandedOver(IVariableDeclaratorOperation declarator)
    {
        IOperation top = declarator;
        while (top.Parent is { } parent)
        {
            top = parent;
        }

        foreach (var descendant in top.Descendants())
        {
            if (descendant is ILocalReferenceOperation reference
                && SymbolEqualityComparer.Default.Equals(reference.Local, declarator.Symbol)
                && !IsMemberUseOrAwait(reference))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the reference only reads the call (<c>call.ResponseStream</c>, <c>call.GetStatus()</c>, <c>await call</c>).
    /// <c>call.Dispose()</c> and every other use (argument, return, assignment, <c>call?.…</c>, conversion) hand the
    /// call's lifetime to code the rule does not see.
    /// </summary>
    private static bool IsMemberUseOrAwait(ILocalReferenceOperation reference) => reference.Parent switch
    {
        IPropertyReferenceOperation property => property.Instance == reference,
        IInvocationOperation invocation => invocation.Instance == reference && invocation.TargetMethod.Name != "Dispose",
        IAwaitOperation => true,
        _ => false,
    };
}
