using Gotchas.V1;

namespace Gotchas;

/// <summary>The paging generator's gotcha: a List RPC that just misses the AIP-158 shape.</summary>
internal static class PagingGotchas
{
    public static async Task<int> CountPartsAsync(PartService.PartServiceClient client, CancellationToken cancellationToken)
    {
        // PG4003: ListPartsResponse has two repeated fields, so no ListPartsPagedAsync is generated.
        var response = await client.ListPartsAsync(new ListPartsRequest { PageSize = 10 }, deadline: DateTime.UtcNow.AddSeconds(5), cancellationToken: cancellationToken); // expect: PG4003
        return response.Parts.Count;
    }
}
