using Greeter.Server;
using Greeter.Server.Services;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddGrpc().AddJsonTranscoding();
builder.Services.AddGreeterClient(builder.Configuration["Downstream:Greeter"] ?? "http://localhost:5000");

var app = builder.Build();
app.MapGrpcService<GreeterServiceImpl>();
app.MapGrpcService<FrontendServiceImpl>();
app.MapGrpcService<GreetingHttpServiceImpl>();
app.Run();

namespace Greeter.Server
{
    public static class ServiceCollectionExtensions
    {
        /// <summary>The downstream GreeterService client; every call made from a gRPC handler carries that handler's deadline and cancellation.</summary>
        public static IHttpClientBuilder AddGreeterClient(this IServiceCollection services, string address) =>
            services
                .AddGrpcClient<Contracts.GreeterService.GreeterServiceClient>(options => options.Address = new Uri(address))
                .EnableCallContextPropagation();
    }
}
