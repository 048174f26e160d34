using Greeter.Contracts;
using Grpc.Core;

namespace Greeter.Server.Services;

/// <summary>Calls the downstream GreeterService with the client-factory client: the factory propagates this call's deadline and cancellation.</summary>
public sealed class FrontendServiceImpl(GreeterService.GreeterServiceClient greeter) : FrontendService.FrontendServiceBase
{
    public override async Task<WelcomeResponse> Welcome(WelcomeRequest request, ServerCallContext context)
    {
        var reply = await greeter.SayHelloAsync(new SayHelloRequest { Name = request.Visitor });
        return new WelcomeResponse { Text = reply.Message + ", welcome!" };
    }
}
