using Greeter.Contracts;
using Greeter.Server.Services;
using Grpc.Core;
using Moq;
using Xunit;

namespace Greeter.Tests;

public sealed class FrontendServiceImplTests
{
    [Fact]
    public async Task Welcome_greets_through_the_downstream_greeter()
    {
        var greeter = new Mock<GreeterService.GreeterServiceClient>();
        greeter
            .Setup(client => client.SayHelloAsync(It.IsAny<SayHelloRequest>(), null, null, CancellationToken.None))
            .Returns(Reply(new SayHelloResponse { Message = "Hello Ada" }));
        var service = new FrontendServiceImpl(greeter.Object);

        var response = await service.Welcome(new WelcomeRequest { Visitor = "Ada" }, context: null!);

        Assert.Equal("Hello Ada, welcome!", response.Text);
        greeter.Verify(client => client.SayHelloAsync(It.Is<SayHelloRequest>(r => r.Name == "Ada"), null, null, CancellationToken.None), Times.Once());
    }

    private static AsyncUnaryCall<T> Reply<T>(T response) =>
        new(Task.FromResult(response), Task.FromResult(new Metadata()), () => Status.DefaultSuccess, () => new Metadata(), () => { });
}
