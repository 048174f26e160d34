using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ProtoGuard.Shared;

namespace ProtoGuard.Generators.Paging;

/// <summary>
/// Generates <c>XxxPagedAsync</c> / <c>XxxPaged</c> extension methods for every AIP-158 list method of a
/// Grpc.Tools client (request with <c>page_size</c> and <c>page_token</c>, response with <c>next_page_token</c>
/// and one repeated field), plus the shared runtime they use (<c>ProtoGuard.Paging.g.cs</c>).
/// Methods of any other shape are skipped without a diagnostic: generators report nothing, analyzers do.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class PaginatingClientGenerator : IIncrementalGenerator
{
    private static readonly string GeneratorVersion =
        typeof(PaginatingClientGenerator).Assembly.GetName().Version?.ToString() ?? "0.0.0.0";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var pagedClients = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                GrpcPluginOutput.GeneratedCodeAttributeMetadataName,
                PagedClientExtractor.IsCandidateConstructor,
                PagedClientExtractor.Extract)
            .WithTrackingName(TrackingNames.GrpcClients)
            .SelectMany(static (client, _) => client is null
                ? ImmutableArray<PagedClientModel>.Empty
                : ImmutableArray.Create(client))
            .WithTrackingName(TrackingNames.PagedClients);

        // Clients of referenced projects and packages: symbols of metadata, read again on each compilation but compared
        // as models, so an edit that changes nothing about them regenerates nothing.
        var referencedClients = context.CompilationProvider
            .Select(static (compilation, cancellationToken) => PagedClientExtractor.ExtractReferenced(compilation, cancellationToken))
            .WithTrackingName(TrackingNames.ReferencedPagedClients)
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

        IncrementalValueProvider<(bool AnyPagedClient, PagingCapabilities Capabilities)> runtimeInput = pagedClients
            .Collect()
            .Combine(referencedClients.Collect())
            .Select(static (clients, _) => !clients.Left.IsEmpty || !clients.Right.IsEmpty)
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
