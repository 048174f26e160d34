using Greeter.Contracts;
using Greeter.Server.Services;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace Greeter.Tests;

/// <summary>Calls the real GreeterServiceImpl through an in-memory TestServer.</summary>
public sealed class GreeterServerTests : IAsyncLifetime
{
    private IHost? host;

    public async Task InitializeAsync()
    {
        host = await new HostBuilder()
            .ConfigureWebHost(web => web
                .UseTestServer()
                .ConfigureServices(services => services.AddGrpc())
                .Configure(app =>
                {
                    app.UseRouting();
                    app.UseEndpoints(endpoints => endpoints.MapGrpcService<GreeterServiceImpl>());
                }))
            .StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (host is not null)
        {
            await host.StopAsync();
            host.Dispose();
        }
    }

    [Fact]
    public async Task SayHello_greets_by_name()
    {
        var server = host!.GetTestServer();
        using var channel = GrpcChannel.ForAddress(server.BaseAddress, new GrpcChannelOptions { HttpHandler = server.CreateHandler() });
        var client = new GreeterService.GreeterServiceClient(channel);

        var reply = await client.SayHelloAsync(new SayHelloRequest { Name = "Ada" });

        Assert.Equal("Hello Ada", reply.Message);
    }
}
