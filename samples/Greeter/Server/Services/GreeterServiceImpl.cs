using Greeter.Contracts;
using Grpc.Core;

namespace Greeter.Server.Services;

public sealed class GreeterServiceImpl : GreeterService.GreeterServiceBase
{
    public override Task<SayHelloResponse> SayHello(SayHelloRequest request, ServerCallContext context) =>
        Task.FromResult(new SayHelloResponse { Message = "Hello " + request.Name });
}
