using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.HealthCheck;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ProtoGuard.Samples.UserService.Client;
using ProtoGuard.Samples.UserService.Services;

// ProtoGuard sample: the reference guide's UserService, server and client in one process.
// Starts a gRPC server on 127.0.0.1 (random free port, HTTP/2 cleartext), calls every rpc through the
// generated client, prints what happened, stops the server. Exit code 0 = every check passed.

const int MaxMessageBytes = 10 * 1024 * 1024; // the guide's grpc.max_receive_message_length (default is 4 MB)
const string ServiceName = "myservice.v1.UserService";

// The server binds below (loopback, port 0); blank out host-level URLs (ASPNETCORE_URLS, ASPNETCORE_HTTP_PORTS as
// set in the official container images, --urls) so Kestrel does not warn that it overrides them. They must be
// given as arguments: the host reads them when the builder is created, before UseSetting could change them.
string[] hostArgs = [.. args, "--urls=", "--http_ports=", "--https_ports="];
var builder = WebApplication.CreateBuilder(hostArgs);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2);
    kestrel.Limits.Http2.KeepAlivePingDelay = TimeSpan.FromSeconds(30); // the guide's grpc.keepalive_time_ms
});
builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(5));
builder.Services.AddGrpc(options =>
{
    options.MaxReceiveMessageSize = MaxMessageBytes;
    options.MaxSendMessageSize = MaxMessageBytes;
});
// The generated service keeps its users in the instance: one instance for the whole server.
builder.Services.AddSingleton<InMemoryUserService>();

// The guide's operational wiring: the standard health service (grpc.health.v1.Health, what load balancers and
// Kubernetes probes ask) and server reflection (what grpcurl needs to call the service without the .proto files).
var health = new HealthServiceImpl();
health.SetStatus(ServiceName, HealthCheckResponse.Types.ServingStatus.Serving);
health.SetStatus(string.Empty, HealthCheckResponse.Types.ServingStatus.Serving);
builder.Services.AddSingleton(health);
builder.Services.AddGrpcReflection();

await using var app = builder.Build();
app.MapGrpcService<InMemoryUserService>();
app.MapGrpcService<HealthServiceImpl>();
app.MapGrpcReflectionService();

// Ctrl+C stops the host (ApplicationStopping) and so cancels the demo; 60 s is a safety net, not a deadline.
using var run = CancellationTokenSource.CreateLinkedTokenSource(app.Lifetime.ApplicationStopping);
run.CancelAfter(TimeSpan.FromSeconds(60));

var exitCode = 0;
await app.StartAsync(run.Token);
try
{
    var address = app.Urls.Single();
    Console.WriteLine("ProtoGuard sample: myservice.v1.UserService, server and client in one process");
    Console.WriteLine($"server listening on {address} (HTTP/2 cleartext)");

    using var channel = GrpcChannel.ForAddress(address, new GrpcChannelOptions
    {
        MaxReceiveMessageSize = MaxMessageBytes,
        MaxSendMessageSize = MaxMessageBytes,
        HttpHandler = new SocketsHttpHandler
        {
            KeepAlivePingDelay = TimeSpan.FromSeconds(30),
            KeepAlivePingTimeout = TimeSpan.FromSeconds(10),
            EnableMultipleHttp2Connections = true,
        },
        DisposeHttpClient = true,
    });
    var demo = new UserServiceDemo(channel, app.Services.GetRequiredService<InMemoryUserService>(), Console.Out);
    await demo.RunAsync(run.Token);

    Console.WriteLine();
    Console.WriteLine("all checks passed");
}
catch (DemoCheckFailedException e)
{
    Console.Error.WriteLine($"FAILED: {e.Message}");
    exitCode = 1;
}
catch (RpcException e)
{
    Console.Error.WriteLine($"FAILED: unexpected gRPC error {e.StatusCode}: {e.Status.Detail}");
    exitCode = 1;
}
catch (OperationCanceledException) when (run.IsCancellationRequested)
{
    Console.Error.WriteLine("FAILED: cancelled (Ctrl+C or the 60 s safety timeout)");
    exitCode = 1;
}
finally
{
    using var stopTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
    await app.StopAsync(stopTimeout.Token);
}

Console.WriteLine(exitCode == 0 ? "server stopped; exit 0" : "server stopped; exit 1");
return exitCode;
