using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using ProtoGuard.Generators.Common;
using ProtoGuard.Shared;

namespace ProtoGuard.Generators.Paging;

/// <summary>
/// Generates <c>XxxPagedAsync</c> / <c>XxxPaged</c> extension methods for every AIP-158 list method of a
/// Grpc.Tools client (request with <c>page_size</c> and <c>page_token</c>, response with <c>next_page_token</c>
/// and one repeated field), plus the shared runtime they use (<c>ProtoGuard.Paging.g.cs</c>): of every client
/// (<c>ProtoGuardPagedMethods=all</c>, the default and the IDE's), of the clients the code calls a paged method on
/// (<c>used</c>, command-line builds), or of none. Methods of any other shape are skipped without a diagnostic: generators report nothing, analyzers do.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class PaginatingClientGenerator : IIncrementalGenerator
{
    private static readonly string GeneratorVersion =
        typeof(PaginatingClientGenerator).Assembly.GetName().Version?.ToString() ?? "0.0.0.0";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var mode = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => new PagingMode(PagedMethodsOption.Read(options.GlobalOptions)))
            .WithTrackingName(TrackingNames.PagedMethodsMode);

        // 'used': the clients the code calls a paged method on. Each tree's text is searched once (again only when it
        // changes) for "Paged"; only the receivers of ListXxxPaged/ListXxxPagedAsync in the trees that mention it are bound.
        var calledClients = context.CompilationProvider
            .SelectMany(static (compilation, _) => compilation.SyntaxTrees)
            .Where(static tree => PagedClientExtractor.MentionsPagedMethod(tree, System.Threading.CancellationToken.None))
            .WithTrackingName(TrackingNames.PagedMethodTrees)
            .Combine(CompilationWhile(mode, PagedMethodsMode.Used, context.CompilationProvider))
            .SelectMany(static (input, cancellationToken) => input.Right is { } compilation
                ? PagedClientExtractor.ReadPagedReceivers(input.Left, compilation, cancellationToken)
                : ImmutableArray<string>.Empty)
            .WithTrackingName(TrackingNames.PagedMethodCalls)
            .Collect();

        // Razor components and pages are compiled from C# the Razor generator writes, which this generator never sees: a
        // .razor or .cshtml file (an additional file) that mentions "Paged" may call a paged method.
        var pagedInMarkup = context.AdditionalTextsProvider
            .Where(static text => text.Path.EndsWith(".razor", StringComparison.OrdinalIgnoreCase) || text.Path.EndsWith(".cshtml", StringComparison.OrdinalIgnoreCase))
            .Select(static (text, cancellationToken) => text.GetText(cancellationToken) is { } content && SourceTextSearch.Contains(content, PagedClientExtractor.PagedSuffix) ? text.Path : null)
            .Collect()
            .Select(static (paths, _) => paths.FirstOrDefault(static path => path is not null))
            .WithTrackingName(TrackingNames.PagedMethodMarkup);

        // A call that names no client (through a generated class, or in Razor markup): 'used' then generates for every
        // client, as 'all' does. One input at a time, in pairs (see Common/PipelineValues.cs).
        var effectiveMode = mode
            .Combine(calledClients)
            .Select(static (input, _) => input.Left.Mode == PagedMethodsMode.Used && input.Right.Contains(PagedClientExtractor.AnyClient) ? PagingMode.All : input.Left)
            .Combine(pagedInMarkup)
            .Select(static (input, _) => input.Left.Mode == PagedMethodsMode.Used && input.Right is not null ? PagingMode.All : input.Left);
        var compilationWhileAll = CompilationWhile(effectiveMode, PagedMethodsMode.All, context.CompilationProvider);

        // 'all': every client of the Grpc.Tools files (found by their text, then their type declarations; no member body
        // is walked) ...
        var pagedClients = context.CompilationProvider
            .SelectMany(static (compilation, _) => compilation.SyntaxTrees)
            .Where(static tree => PagedClientExtractor.MentionsGrpcPlugin(tree, System.Threading.CancellationToken.None))
            .WithTrackingName(TrackingNames.GrpcClients)
            .Combine(compilationWhileAll)
            .SelectMany(static (input, cancellationToken) => input.Right is { } compilation
                ? PagedClientExtractor.ExtractSourceClients(input.Left, compilation, cancellationToken)
                : ImmutableArray<PagedClientModel>.Empty)
            .WithTrackingName(TrackingNames.PagedClients);

        // ... and of referenced projects and packages: symbols of metadata, read again on each compilation but compared
        // as models, so an edit that changes nothing about them regenerates nothing.
        var referencedClients = compilationWhileAll
            .SelectMany(static (compilation, cancellationToken) => compilation is null
                ? EquatableArray<PagedClientModel>.Empty
                : PagedClientExtractor.ExtractReferenced(compilation, cancellationToken))
            .WithTrackingName(TrackingNames.ReferencedPagedClients);

        var usedClients = CompilationWhile(effectiveMode, PagedMethodsMode.Used, context.CompilationProvider)
            .Combine(calledClients)
            .SelectMany(static (input, cancellationToken) => input.Left is { } compilation
                ? PagedClientExtractor.ExtractCalled(input.Right, compilation, cancellationToken)
                : EquatableArray<PagedClientModel>.Empty)
            .WithTrackingName(TrackingNames.CalledPagedClients);

        var capabilities = context.CompilationProvider
            .Select(static (compilation, _) => new PagingCapabilities(
                SupportsGeneratedCode: PagedListShape.SupportsGeneratedCode(compilation),
                HasAsyncEnumerable: PagedListShape.HasAsyncEnumerable(compilation)))
            .WithTrackingName(TrackingNames.Capabilities);

        context.RegisterSourceOutput(
            pagedClients.Combine(capabilities).WithTrackingName(TrackingNames.PagedClientOutputs),
            static (production, input) => AddExtensions(production, input.Left, input.Right));
        context.RegisterSourceOutput(
            referencedClients.Combine(capabilities).WithTrackingName(TrackingNames.ReferencedPagedClientOutputs),
            static (production, input) => AddExtensions(production, input.Left, input.Right));
        context.RegisterSourceOutput(
            usedClients.Combine(capabilities).WithTrackingName(TrackingNames.CalledPagedClientOutputs),
            static (production, input) => AddExtensions(production, input.Left, input.Right));

        // In pairs, not a tuple of three collected arrays (see Common/PipelineValues.cs).
        IncrementalValueProvider<(RuntimeDemand Demand, PagingCapabilities Capabilities)> runtimeInput = pagedClients
            .Collect()
            .Combine(referencedClients.Collect())
            .Select(static (clients, _) => new RuntimeDemand(!clients.Left.IsEmpty || !clients.Right.IsEmpty))
            .Combine(usedClients.Collect())
            .Select(static (clients, _) => new RuntimeDemand(clients.Left.IsNeeded || !clients.Right.IsEmpty))
            .WithTrackingName(TrackingNames.AllPagedClients)
            .Combine(capabilities)
            .WithTrackingName(TrackingNames.PagingRuntimeOutput);

        context.RegisterSourceOutput(runtimeInput, static (production, input) =>
        {
            if (input.Demand.IsNeeded && input.Capabilities.SupportsGeneratedCode)
            {
                production.AddSource(
                    PagingRuntimeSource.HintName,
                    PagingRuntimeSource.Generate(GeneratorVersion, input.Capabilities.HasAsyncEnumerable));
            }
        });
    }

    /// <summary>
    /// The compilation while <paramref name="mode"/> is <paramref name="active"/>, else null: what the steps of that mode
    /// read from, so that in another mode they read nothing, and combine one value instead of two (see Common/PipelineValues.cs).
    /// </summary>
    private static IncrementalValueProvider<Compilation?> CompilationWhile(
        IncrementalValueProvider<PagingMode> mode,
        PagedMethodsMode active,
        IncrementalValueProvider<Compilation> compilation)
        => mode.Combine(compilation).Select((input, _) => input.Left.Mode == active ? input.Right : null);

    private static void AddExtensions(SourceProductionContext production, PagedClientModel client, PagingCapabilities supported)
    {
        if (supported.SupportsGeneratedCode && PagingExtensionsEmitter.HasAnyMethod(client, supported))
        {
            production.AddSource(client.HintName, PagingExtensionsEmitter.Generate(client, supported, GeneratorVersion));
        }
    }
}
