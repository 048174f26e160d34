using Gotchas.V1;
using Grpc.Core;

namespace Gotchas;

/// <summary>A handler per server-side gotcha; each marked line is what ProtoGuard reports.</summary>
internal sealed class AccountServer(AccountService.AccountServiceClient downstream) : AccountService.AccountServiceBase
{
    private readonly Dictionary<string, Account> accounts = new(StringComparer.Ordinal);

    public override async Task<Account> GetAccount(GetAccountRequest request, ServerCallContext context)
    {
        if (request.Id.Length == 0)
        {
            // PG3003: neither the caller's deadline nor its cancellation reaches the downstream call.
            return await downstream.GetAccountAsync(request); // expect: PG3003
        }

        // PG3004: the delay keeps running after the caller has gone.
        await Task.Delay(10); // expect: PG3004

        // PG3006: grpc-dotnet on ASP.NET Core throws NotImplementedException here.
        _ = context.CreatePropagationToken(); // expect: PG3006

        // PG3009: a null response fails the call with an unclear error.
        return accounts.TryGetValue(request.Id, out var account) ? account : null!; // expect: PG3009
    }

    // PG3015: an update handler that ignores update_mask overwrites fields the caller did not mean to change.
    public override Task<Account> UpdateAccount(UpdateAccountRequest request, ServerCallContext context) // expect: PG3015
    {
        var existing = accounts[request.Account.Id];
        // PG3013: "" cannot tell "not sent" from "set to empty": clearing a display name is impossible.
        if (request.Account.DisplayName != "") existing.DisplayName = request.Account.DisplayName; // expect: PG3013
        return Task.FromResult(existing);
    }

    // PG3016: AIP-158 says a negative page_size is INVALID_ARGUMENT.
    public override Task<ListAccountsResponse> ListAccounts(ListAccountsRequest request, ServerCallContext context) // expect: PG3016
    {
        var size = request.PageSize == 0 ? 50 : Math.Min(request.PageSize, 100);
        var response = new ListAccountsResponse();
        response.Accounts.AddRange(accounts.Values.Take(size));
        return Task.FromResult(response);
    }

    public override async Task WatchAccounts(WatchAccountsRequest request, IServerStreamWriter<Account> responseStream, ServerCallContext context)
    {
        // PG3005: the guide's WatchUsers: this loop keeps writing after the client has gone.
        while (true) // expect: PG3005
        {
            await responseStream.WriteAsync(new Account { Id = "heartbeat" });
        }
    }
}
