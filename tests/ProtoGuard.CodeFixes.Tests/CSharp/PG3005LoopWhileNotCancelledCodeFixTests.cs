using ProtoGuard.Analyzers.CSharp;
using ProtoGuard.CodeFixes.CSharp;
using ProtoGuard.Tests.Infrastructure;

namespace ProtoGuard.CodeFixes.Tests.CSharp;

public sealed class PG3005LoopWhileNotCancelledCodeFixTests
{
    private static string Chat(string body, string contextName = "context") => $$"""
        using System.Threading.Channels;
        using System.Threading.Tasks;
        using Greet;
        using Grpc.Core;

        class GreeterService(Channel<HelloReply> replies) : Greeter.GreeterBase
        {
            public override async Task Chat(IAsyncStreamReader<HelloRequest> requestStream, IServerStreamWriter<HelloReply> responseStream, ServerCallContext {{contextName}})
            {
                {{body}}
            }
        }
        """;

    private static Task VerifyAsync(string source, string fixedSource) =>
        new GrpcCodeFixTest<PG3005StreamingLoopIgnoresCancellation, PG3005LoopWhileNotCancelledCodeFix>(source, fixedSource).RunAsync();

    [Theory]
    [InlineData(
        "[|while|] (true) { await responseStream.WriteAsync(new HelloReply()); await Task.Delay(5000); }",
        "while (!context.CancellationToken.IsCancellationRequested) { await responseStream.WriteAsync(new HelloReply()); await Task.Delay(5000); }")]
    [InlineData(
        "[|do|] { await Task.Delay(5000); } while (true);",
        "do { await Task.Delay(5000); } while (!context.CancellationToken.IsCancellationRequested);")]
    [InlineData(
        "[|for|] (;;) { await Task.Delay(5000); }",
        "for (; !context.CancellationToken.IsCancellationRequested;) { await Task.Delay(5000); }")]
    [InlineData(
        "[|for|] (var i = 0; true; i++) { await Task.Delay(5000); }",
        "for (var i = 0; !context.CancellationToken.IsCancellationRequested; i++) { await Task.Delay(5000); }")]
    public async Task LoopsUntilTheCallIsCancelled(string loop, string fixedLoop) =>
        await VerifyAsync(Chat(loop), Chat(fixedLoop));

    [Fact]
    public async Task UsesTheHandlersContextParameterName() =>
        await VerifyAsync(
            Chat("[|while|] (true) { await Task.Delay(5000); }", contextName: "call"),
            Chat("while (!call.CancellationToken.IsCancellationRequested) { await Task.Delay(5000); }", contextName: "call"));

    [Fact]
    public async Task FixAll_FixesEveryLoopInTheDocument() =>
        await VerifyAsync(
            Chat("[|while|] (true) { await Task.Delay(1); } [|while|] (true) { await Task.Delay(2); }"),
            Chat("while (!context.CancellationToken.IsCancellationRequested) { await Task.Delay(1); } while (!context.CancellationToken.IsCancellationRequested) { await Task.Delay(2); }"));

    [Theory]
    [InlineData("var sent = 0; [|while|] (sent < 10) { await Task.Delay(1); sent++; }")]
    [InlineData("await [|foreach|] (var reply in replies.Reader.ReadAllAsync()) { await responseStream.WriteAsync(reply); }")]
    public async Task OffersNoFix_ForLoopsWithARealConditionOrACollection(string loop) =>
        await VerifyAsync(Chat(loop), Chat(loop));
}
