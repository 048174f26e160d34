using Gotchas.V1;
using Grpc.Net.Client;

// Nothing here is meant to run against a server: the program only exists to be compiled and analyzed.
using var channel = GrpcChannel.ForAddress("http://127.0.0.1:1");
var client = new AccountService.AccountServiceClient(channel);

await Deadlines.RunAsync(client);

internal static class Deadlines
{
    public static async Task RunAsync(AccountService.AccountServiceClient client)
    {
        // PG3001: grpc-dotnet has no default deadline; this call can wait forever.
        await client.GetAccountAsync(new GetAccountRequest { Id = "a" }); // expect: PG3001

        // PG3002: a local-time deadline throws InvalidOperationException when the call starts.
        await client.GetAccountAsync(new GetAccountRequest { Id = "b" }, deadline: DateTime.Now.AddSeconds(5)); // expect: PG3002
    }
}
