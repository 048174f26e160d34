using System.Reflection;
using Acme.Catalog.Api;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Myservice.V1;
using ProtoGuard.Generators.Tests.Fakes;
using ProtoGuard.Generators.Tests.Infrastructure;

namespace ProtoGuard.Generators.Tests;

/// <summary>What gets generated, and for which methods: read from the extension classes compiled into this assembly.</summary>
public sealed class GeneratedApiShapeTests
{
    [Fact]
    public void User_service_gets_async_and_blocking_paging_for_ListUsers_only()
    {
        Assert.Equal(new[] { "ListUsersPaged", "ListUsersPagedAsync" }, ExtensionMethodNames(typeof(UserServiceClientPagingExtensions)));
    }

    [Fact]
    public void Only_methods_with_the_AIP_158_shape_get_paging()
    {
        // ListPairs: two repeated fields; SearchProducts: int64 page_size; ListAll: no next_page_token;
        // StreamProducts: server streaming. None of them gets a method, and none is an error.
        Assert.Equal(
            new[] { "ListProductsPaged", "ListProductsPagedAsync", "ListTagsPaged", "ListTagsPagedAsync" },
            ExtensionMethodNames(typeof(CatalogServiceClientPagingExtensions)));
    }

    [Fact]
    public void Extension_classes_are_internal_and_live_in_the_client_namespace()
    {
        Assert.False(typeof(UserServiceClientPagingExtensions).IsPublic);
        Assert.Equal("Myservice.V1", typeof(UserServiceClientPagingExtensions).Namespace);
        Assert.Equal("Acme.Catalog.Api", typeof(CatalogServiceClientPagingExtensions).Namespace);
        Assert.Null(typeof(LegacyWidgetServiceClientPagingExtensions).Namespace);
    }

    [Fact]
    public async Task Internal_client_with_nested_message_items_pages()
    {
        var invoker = new FakeCallInvoker(message =>
        {
            var request = (ListProductsRequest)message;
            var response = new ListProductsResponse { NextPageToken = request.PageToken.Length == 0 ? "2" : string.Empty };
            response.Entries.Add(new ListProductsResponse.Types.Entry { Sku = request.Parent + "/sku-" + (request.PageToken.Length == 0 ? "1" : request.PageToken) });
            return response;
        });

        var skus = new List<string>();
        await foreach (var entry in new CatalogService.CatalogServiceClient(invoker).ListProductsPagedAsync(new ListProductsRequest { Parent = "shops/1" }))
        {
            skus.Add(entry.Sku);
        }

        Assert.Equal(new[] { "shops/1/sku-1", "shops/1/sku-2" }, skus);
        Assert.All(invoker.Calls, call => Assert.Equal("shops/1", ((ListProductsRequest)call.Request).Parent));
    }

    [Fact]
    public void Global_namespace_client_with_scalar_items_pages()
    {
        var invoker = new FakeCallInvoker(message =>
        {
            var request = (ListWidgetIdsRequest)message;
            var start = request.PageToken.Length == 0 ? 0 : int.Parse(request.PageToken, System.Globalization.CultureInfo.InvariantCulture);
            var response = new ListWidgetIdsResponse { NextPageToken = start + 2 < 5 ? (start + 2).ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty };
            response.WidgetIds.AddRange(Enumerable.Range(start, Math.Min(2, 5 - start)));
            return response;
        });

        var ids = new LegacyWidgetService.LegacyWidgetServiceClient(invoker).ListWidgetIdsPaged(new ListWidgetIdsRequest { Filter = "blue" }).ToList();

        Assert.Equal(new[] { 0, 1, 2, 3, 4 }, ids);
    }

    [Fact]
    public void Clients_not_generated_by_grpc_csharp_plugin_are_ignored()
    {
        IEnumerable<(string Path, string Text)> sources = GrpcToolsOutput.For("User")
            .Select(source => (source.Path, source.Text.Replace("\"grpc_csharp_plugin\"", "\"hand_written\"", StringComparison.Ordinal)));

        (var result, _) = GeneratorHarness.Run(GeneratorHarness.CreateCompilation(sources));

        Assert.Empty(result.GeneratedTrees);
    }

    [Fact]
    public void Compilation_without_clients_gets_no_paging_runtime()
    {
        (var result, _) = GeneratorHarness.Run(GeneratorHarness.CreateCompilation(GrpcToolsOutput.For("User").Where(source => source.Path == "User.cs")));

        Assert.Empty(result.GeneratedTrees);
    }

    [Fact]
    public void Nothing_is_generated_below_CSharp_8()
    {
        var csharp73 = new CSharpParseOptions(LanguageVersion.CSharp7_3, DocumentationMode.Diagnose);

        (var result, _) = GeneratorHarness.Run(GeneratorHarness.CreateCompilation(GrpcToolsOutput.For("User"), csharp73));

        Assert.Empty(result.GeneratedTrees);
    }

    private static string[] ExtensionMethodNames(Type extensions)
        => extensions.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Select(method => method.Name)
            .Order(StringComparer.Ordinal)
            .ToArray();
}
