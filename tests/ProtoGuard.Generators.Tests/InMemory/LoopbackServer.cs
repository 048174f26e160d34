using System.Net;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ProtoGuard.Generators.Tests.InMemory;

/// <summary>
/// A real grpc-dotnet server (Kestrel, HTTP/2 cleartext on a free loopback port) hosting fresh generated in-memory
/// services, registered as singletons as their documentation says, and a channel to it.
/// </summary>
public sealed class LoopbackServer : IAsyncLifetime
{
    public static readonly DateTimeOffset FixedNow = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private WebApplication? _server;

    public InMemoryLibraryService Library { get; } = new() { Clock = () => FixedNow };

    public InMemoryUserService Users { get; } = new() { Clock = () => FixedNow };

    public GrpcChannel Channel { get; private set; } = null!;

    public Library.V1.LibraryService.LibraryServiceClient LibraryClient => new(Channel);

    public Myservice.V1.UserService.UserServiceClient UserClient => new(Channel);

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        builder.Services.AddSingleton(Library);
        builder.Services.AddSingleton(Users);
        _server = builder.Build();
        _server.MapGrpcService<InMemoryLibraryService>();
        _server.MapGrpcService<InMemoryUserService>();
        await _server.StartAsync();
        var address = _server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Channel = GrpcChannel.ForAddress(address);
    }

    public async Task DisposeAsync()
    {
        Channel?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
