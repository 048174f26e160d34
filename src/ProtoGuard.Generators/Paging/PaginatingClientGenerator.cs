using System;
using System.Collections.Immutable;
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
            .Select(static (options, _) => PagedMethodsOption.Parse(options.GlobalOptions.TryGetValue(PagedMethodsOption.PropertyKey, out var value) ? value : null))
            .WithTrackingName(TrackingNames.PagedMethodsMode);

        // 'used': the clients the code calls a paged method on. Each tree's text is searched once (again only when it
        // changes) for "Paged"; only the receivers of ListXxxPaged/ListXxxPagedAsync in the trees that mention it are bound.
        var calledClients = context.CompilationProvider
            .SelectMany(static (compilation, _) => compilation.SyntaxTrees)
            .Where(static tree => PagedClientExtractor.MentionsPagedMethod(tree, System.Threading.CancellationToken.None))
            .WithTrackingName(TrackingNames.PagedMethodTrees)
            .Combine(mode)
            .Combine(context.CompilationProvider)
            .SelectMany(static (input, cancellationToken) => input.Left.Right == PagedMethodsMode.Used
                ? PagedClientExtractor.ReadPagedReceivers(input.Left.Left, input.Right, cancellationToken)
                : ImmutableArray<string>.Empty)
            .WithTrackingName(TrackingNames.PagedMethodCalls)
            .Collect();

        // Razor components and pages are compiled from C# the Razor generator writes, which this generator never sees: a
        // .razor or .cshtml file (an additional file) that mentions "Paged" may call a paged method.
        var pagedInMarkup = context.AdditionalTextsProvider
            .Where(static text => text.Path.EndsWith(".razor", StringComparison.OrdinalIgnoreCase) || text.Path.EndsWith(".cshtml", StringComparison.OrdinalIgnoreCase))
            .Select(static (text, cancellationToken) => text.GetText(cancellationToken) is { } content && SourceTextSearch.Contains(content, PagedClientExtractor.PagedSuffix))
            .Collect()
            .Select(static (mentions, _) => mentions.Contains(true))
            .WithTrackingName(TrackingNames.PagedMethodMarkup);

        // A call that names no client (through a generated class, or in Razor markup): 'used' then generates for every
        // client, as 'all' does.
        var effectiveMode = mode
            .Combine(calledClients)
            .Combine(pagedInMarkup)
            .Select(static (input, _) => input.Left.Left == PagedMethodsMode.Used && (input.Right || input.Left.Right.Contains(PagedClientExtractor.AnyClient))
                ? PagedMethodsMode.All
                : input.Left.Left);

        // 'all': every client of the Grpc.Tools files (found by their text, then their type declarations; no member body
        // is walked) ...
        var pagedClients = context.CompilationProvider
            .SelectMany(static (compilation, _) => compilation.SyntaxTrees)
            .Where(static tree => PagedClientExtractor.MentionsGrpcPlugin(tree, System.Threading.CancellationToken.None))
            .WithTrackingName(TrackingNames.GrpcClients)
            .Combine(effectiveMode)
            .Combine(context.CompilationProvider)
            .SelectMany(static (input, cancellationToken) => input.Left.Right == PagedMethodsMode.All
                ? PagedClientExtractor.ExtractSourceClients(input.Left.Left, input.Right, cancellationToken)
                : ImmutableArray<PagedClientModel>.Empty)
            .WithTrackingName(TrackingNames.PagedClients);

        // ... and of referenced projects and packages: symbols of metadata, read again on each compilation but compared
        // as models, so an edit that changes nothing about them regenerates nothing.
        var referencedClients = context.CompilationProvider
            .Combine(effectiveMode)
            .Select(static (input, cancellationToken) => input.Right == PagedMethodsMode.All
                ? PagedClientExtractor.ExtractReferenced(input.Left, cancellationToken)
                : EquatableArray<PagedClientModel>.Empty)
            .WithTrackingName(TrackingNames.ReferencedPagedClients)
            .SelectMany(static (clients, _) => clients);

        var usedClients = calledClients
            .Combine(effectiveMode)
            .Combine(context.CompilationProvider)
            .Select(static (input, cancellationToken) => input.Left.Right == PagedMethodsMode.Used
                ? PagedClientExtractor.ExtractCalled(input.Left.Left, input.Right, cancellationToken)
                : EquatableArray<PagedClientModel>.Empty)
            .WithTrackingName(TrackingNames.CalledPagedClients)
            .SelectMany(static (clients, _) => clients);

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

        IncrementalValueProvider<(bool AnyPagedClient, PagingCapabilities Capabilities)> runtimeInput = pagedClients
            .Collect()
            .Combine(referencedClients.Collect())
            .Combine(usedClients.Collect())
            .Select(static (clients, _) => !clients.Left.Left.IsEmpty || !clients.Left.Right.IsEmpty || !clients.Right.IsEmpty)
            .WithTrackingName(TrackingNames.AllPagedClients)
            .Combine(capabilities)
            .WithTrackingName(TrackingNames.PagingRuntimeOutput);

        context.RegisterSourceOutput(runtimeInput, static (production, input) =>
        {
            if (input.AnyPagedClient && input.Capabilities.SupportsGeneratedCode)
            {
                production.AddSource(
                    PagingRuntimeSource.HintName,
                    PagingRuntimeSource.Generate(GeneratorVersion, input.Capabilities.HasAsyncEnumerable));
            }
        });
    }

    private static void AddExtensions(SourceProductionContext production, PagedClientModel client, PagingCapabilities supported)
    {
        if (supported.SupportsGeneratedCode && PagingExtensionsEmitter.HasAnyMethod(client, supported))
        {
            production.AddSource(client.HintName, PagingExtensionsEmitter.Generate(client, supported, GeneratorVersion));
        }
    }
}
