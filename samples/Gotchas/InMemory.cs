using Gotchas.V1;
using Grpc.Core;
using ProtoGuard;

namespace Gotchas;

// PG4022 / PG4023 (Info): at the attribute, each RPC the generator implements in memory, and each it leaves alone and why.
[InMemoryService] // expect: PG4022 expect: PG4022 expect: PG4022 expect: PG4023
internal sealed partial class InMemoryAccounts : AccountService.AccountServiceBase
{
    public override Task WatchAccounts(WatchAccountsRequest request, IServerStreamWriter<Account> responseStream, ServerCallContext context) =>
        responseStream.WriteAsync(new Account { Id = "snapshot" }, context.CancellationToken);
}

// PG4020: the implementation is generated as another part of the class; without 'partial' every RPC stays UNIMPLEMENTED.
[InMemoryService] // expect: PG4020
internal sealed class UnimplementedAccounts : AccountService.AccountServiceBase
{
}

// PG4021: there is nothing to implement: the class derives from no Grpc.Tools service base.
[InMemoryService] // expect: PG4021
internal sealed partial class AccountCache
{
}

// PG4024: page_size 0 means "the default page size" (AIP-158), which cannot be 0: nothing is generated.
[InMemoryService(DefaultPageSize = 0)] // expect: PG4024
internal sealed partial class UnpagedAccounts : AccountService.AccountServiceBase
{
}
