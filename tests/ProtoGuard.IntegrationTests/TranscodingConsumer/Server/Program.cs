using Greet.V1;
using Grpc.Core;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddGrpc().AddJsonTranscoding();
var app = builder.Build();
app.MapGrpcService<GreeterService>();
app.Run();

internal sealed class GreeterService : Greeter.GreeterBase
{
    public override Task<SayHelloResponse> SayHello(SayHelloRequest request, ServerCallContext context) =>
        Task.FromResult(new SayHelloResponse { Message = "Hello " + request.Name });

    public override Task<SayHelloResponse> SayHelloPost(SayHelloRequest request, ServerCallContext context) =>
        SayHello(request, context);
}
