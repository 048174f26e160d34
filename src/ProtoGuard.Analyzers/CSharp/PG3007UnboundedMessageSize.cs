using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Shared;
using ProtoGuard.Analyzers.CSharp.Semantics;

namespace ProtoGuard.Analyzers.CSharp;

/// <summary>
/// PG3007: a gRPC message size limit set to "no limit" (<c>null</c>, <c>int.MaxValue</c>, Grpc.Core's <c>-1</c>) or
/// to a constant above <see cref="RuleOptionCatalog.UnboundedMessageSize.MaxBytes"/>: <c>MaxReceiveMessageSize</c> /
/// <c>MaxSendMessageSize</c> of <c>GrpcChannelOptions</c> and <c>GrpcServiceOptions</c> (also through
/// <c>GrpcServiceOptions&lt;T&gt;</c>), and <c>new ChannelOption("grpc.max_(receive|send)_message_length", …)</c>.
/// Values that are not compile-time constants are not reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PG3007UnboundedMessageSize : DiagnosticAnalyzer
{
    private const string MaxReceiveLength = "grpc.max_receive_message_length";

    private const string MaxSendLength = "grpc.max_send_message_length";

    private static readonly DiagnosticDescriptor Rule = DiagnosticDescriptors.Create(RuleCatalog.UnboundedMessageSize);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static compilationContext =>
        {
            if (GrpcSymbols.TryCreate(compilationContext.Compilation) is not { } symbols
                || (symbols.GrpcChannelOptions is null && symbols.AspNetCoreGrpcServiceOptions is null && symbols.ChannelOption is null))
            {
                return;
            }

            var maxBytesByTree = new ConcurrentDictionary<SyntaxTree, long>();
            compilationContext.RegisterRuleOperationAction(
                context => AnalyzeAssignment(context, symbols, maxBytesByTree),
                OperationKind.SimpleAssignment);
            if (symbols.ChannelOption is not null)
            {
                compilationContext.RegisterRuleOperationAction(
                    context => AnalyzeChannelOption(context, symbols, maxBytesByTree),
                    OperationKind.ObjectCreation);
            }
        });
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context, GrpcSymbols symbols, ConcurrentDictionary<SyntaxTree, long> maxBytesByTree)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is not IPropertyReferenceOperation { Property: { Name: "MaxReceiveMessageSize" or "MaxSendMessageSize" } property })
        {
            return;
        }

        var owner = GrpcSymbols.InheritsFromOrEquals(property.ContainingType, symbols.GrpcChannelOptions) ? "GrpcChannelOptions"
            : GrpcSymbols.InheritsFromOrEquals(property.ContainingType, symbols.AspNetCoreGrpcServiceOptions) ? "GrpcServiceOptions"
            : null;
        if (owner is null)
        {
            return;
        }

        var value = assignment.Value.WalkDownConversions();
        string? description;
        if (assignment.Value.IsNullOrDefaultOfNullable())
        {
            description = "null (no limit)";
        }
        else if (value.ConstantValue is { HasValue: true, Value: int bytes })
        {
            description = Describe(bytes, GetMaxBytes(context, maxBytesByTree), unlimitedSentinel: null);
        }
        else
        {
            return;
        }

        Report(context, assignment.Syntax, owner + "." + property.Name, description, maxBytesByTree);
    }

    private static void AnalyzeChannelOption(OperationAnalysisContext context, GrpcSymbols symbols, ConcurrentDictionary<SyntaxTree, long> maxBytesByTree)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (!SymbolEqualityComparer.Default.Equals(creation.Type, symbols.ChannelOption)
            || creation.Arguments.Length != 2
            || creation.Arguments[0].Value.ConstantValue is not { HasValue: true, Value: MaxReceiveLength or MaxSendLength } name
            || creation.Arguments[1].Value.WalkDownConversions().ConstantValue is not { HasValue: true, Value: int bytes })
        {
            return;
        }

        if (Describe(bytes, GetMaxBytes(context, maxBytesByTree), unlimitedSentinel: -1) is { } description)
        {
            Report(context, creation.Syntax, "ChannelOption " + (string)name.Value!, description, maxBytesByTree);
        }
    }

    /// <summary>How the limit is named in the message, or null when it is acceptable.</summary>
    private static string? Describe(int bytes, long maxBytes, int? unlimitedSentinel)
    {
        if (bytes == int.MaxValue)
        {
            return "int.MaxValue (no limit)";
        }

        if (bytes == unlimitedSentinel)
        {
            return bytes.ToString(CultureInfo.InvariantCulture) + " (no limit)";
        }

        return bytes > maxBytes ? bytes.ToString(CultureInfo.InvariantCulture) + " bytes" : null;
    }

    private static void Report(OperationAnalysisContext context, SyntaxNode syntax, string element, string? description, ConcurrentDictionary<SyntaxTree, long> maxBytesByTree)
    {
        if (description is null)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Rule,
            syntax.GetLocation(),
            element,
            description,
            GetMaxBytes(context, maxBytesByTree).ToString(CultureInfo.InvariantCulture)));
    }

    private static long GetMaxBytes(OperationAnalysisContext context, ConcurrentDictionary<SyntaxTree, long> maxBytesByTree) =>
        maxBytesByTree.GetOrAdd(context.Operation.Syntax.SyntaxTree, tree =>
            RuleOptionCatalog.UnboundedMessageSize.MaxBytes.Read(context.Options.AnalyzerConfigOptionsProvider.GetOptions(tree).ToRuleOptions()));
}
