using Google.Protobuf.WellKnownTypes;
using Gotchas.V1;
using Grpc.Core;
using Grpc.Net.Client;

namespace Gotchas;

/// <summary>A method per client-side gotcha; each marked line is what ProtoGuard reports.</summary>
internal static class ClientGotchas
{
    private static DateTime Deadline => DateTime.UtcNow.AddSeconds(5);

    // PG3007: no receive limit: one oversized response can take the process down ("Large messages OOM").
    public static GrpcChannel CreateChannel(string address) =>
        GrpcChannel.ForAddress(address, new GrpcChannelOptions { MaxReceiveMessageSize = null }); // expect: PG3007

    public static async Task WatchAsync(AccountService.AccountServiceClient client, CancellationToken cancellationToken)
    {
        // PG3008: the streaming call holds an HTTP/2 stream until it is disposed.
        var call = client.WatchAccounts(new WatchAccountsRequest(), deadline: Deadline, cancellationToken: cancellationToken); // expect: PG3008
        await foreach (var account in call.ResponseStream.ReadAllAsync(cancellationToken))
        {
            Console.WriteLine(account.Id);
        }
    }

    public static string GetName(AccountService.AccountServiceClient client) =>
        // PG3010: blocks a thread for the whole round trip.
        client.GetAccountAsync(new GetAccountRequest { Id = "a" }, deadline: Deadline).ResponseAsync.Result.DisplayName; // expect: PG3010

    public static async Task DeleteAllAsync(IEnumerable<string> addresses, CancellationToken cancellationToken)
    {
        foreach (var address in addresses)
        {
            // PG3011: a channel (and its connections) per iteration.
            using var channel = GrpcChannel.ForAddress(address); // expect: PG3011
            await new AccountService.AccountServiceClient(channel).GetAccountAsync(new GetAccountRequest { Id = "a" }, deadline: Deadline, cancellationToken: cancellationToken);
        }
    }

    public static async Task<int> CountAsync(AccountService.AccountServiceClient client, CancellationToken cancellationToken)
    {
        var count = 0;
        var response = await client.ListAccountsAsync(new ListAccountsRequest { PageSize = 10 }, deadline: Deadline, cancellationToken: cancellationToken);
        count += response.Accounts.Count;
        // PG3012: next_page_token is "" at the end, never null: this loop never ends.
        while (response.NextPageToken != null) // expect: PG3012
        {
            response = await client.ListAccountsAsync(new ListAccountsRequest { PageSize = 10, PageToken = response.NextPageToken }, deadline: Deadline, cancellationToken: cancellationToken);
            count += response.Accounts.Count;
        }

        return count;
    }

    public static void Patch(Account target, Account patch, FieldMask mask)
    {
        // PG3014: default MergeOptions append repeated fields and skip '*' and unknown paths.
        mask.Merge(patch, target); // expect: PG3014
    }

    public static string[] PathsOf(FieldMask mask) =>
        // PG3017: ToString() is JSON-ish diagnostic text, not the path list.
        mask.ToString().Split(','); // expect: PG3017

    // PG3018: there is no 'nickname' field in Account.
    public static FieldMask NicknameMask() => FieldMask.FromString<Account>("nickname"); // expect: PG3018
}
