using Greeter.Server;
using Greeter.Server.Services;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddGrpc();
builder.Services.AddGreeterClient(builder.Configuration["Downstream:Greeter"] ?? "http://localhost:5000");

var app = builder.Build();
app.MapGrpcService<GreeterService>();
app.MapGrpcService<FrontendService>();
app.Run();

namespace Greeter.Server
{
    public static class ServiceCollectionExtensions
    {
        /// <summary>The downstream Greeter client; every call made from a gRPC handler carries that handler's deadline and cancellation.</summary>
        public static IHttpClientBuilder AddGreeterClient(this IServiceCollection services, string address) =>
            services
                .AddGrpcClient<Contracts.Greeter.GreeterClient>(options => options.Address = new Uri(address))
                .EnableCallContextPropagation();
    }
}
