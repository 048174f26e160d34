using Greeter.Contracts;
using Grpc.Core;

namespace Greeter.Server.Services;

/// <summary>The JSON-transcoded endpoint: GET /v1/greetings/{name} (see greet_http.proto).</summary>
public sealed class GreetingHttpServiceImpl : GreetingHttpService.GreetingHttpServiceBase
{
    public override Task<GetGreetingResponse> GetGreeting(GetGreetingRequest request, ServerCallContext context) =>
        Task.FromResult(new GetGreetingResponse { Message = "Hello " + request.Name });
}
