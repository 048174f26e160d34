using Greeter.Contracts;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;

var address = args.Length > 0 ? args[0] : "http://localhost:5000";
using var channel = GrpcChannel.ForAddress(address);
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };

var frontend = new FrontendService.FrontendServiceClient(channel);
var welcome = await frontend.WelcomeAsync(new WelcomeRequest { Visitor = "Ada" }, deadline: DateTime.UtcNow.AddSeconds(5));
Console.WriteLine(welcome.Text);

// A request bounded by its token's timeout rather than by a deadline.
using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
var greeter = new GreeterService.GreeterServiceClient(channel);
var hello = await greeter.SayHelloAsync(new SayHelloRequest { Name = "Grace" }, cancellationToken: timeout.Token);
Console.WriteLine(hello.Message);

// Health Watch: meant to stay open until the process stops.
var health = new Health.HealthClient(channel);
using var watch = health.Watch(new HealthCheckRequest(), cancellationToken: stop.Token);
try
{
    await foreach (var status in watch.ResponseStream.ReadAllAsync(stop.Token))
    {
        Console.WriteLine("health: " + status.Status);
    }
}
catch (RpcException e) when (e.StatusCode == StatusCode.Cancelled)
{
}
