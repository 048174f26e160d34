using Greeter.Contracts;
using Grpc.Core;

namespace Greeter.Server.Services;

/// <summary>Calls the downstream Greeter with the client-factory client: the factory propagates this call's deadline and cancellation.</summary>
public sealed class FrontendService(Contracts.Greeter.GreeterClient greeter) : Frontend.FrontendBase
{
    public override async Task<WelcomeResponse> Welcome(WelcomeRequest request, ServerCallContext context)
    {
        var reply = await greeter.SayHelloAsync(new SayHelloRequest { Name = request.Visitor });
        return new WelcomeResponse { Text = reply.Message + ", welcome!" };
    }
}
