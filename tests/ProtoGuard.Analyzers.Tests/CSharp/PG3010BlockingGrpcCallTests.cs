using Microsoft.CodeAnalysis.Testing;
using ProtoGuard.Analyzers.CSharp;
using ProtoGuard.Tests.Infrastructure;

namespace ProtoGuard.Analyzers.Tests.CSharp;

public sealed class PG3010BlockingGrpcCallTests
{
    private static string Caller(string modifiers, string body) => $$"""
        using System;
        using System.Threading.Tasks;
        using Greet;
        using Grpc.Core;

        class Caller
        {
            {{modifiers}} Run(Greeter.GreeterClient client, HelloRequest request, AsyncUnaryCall<HelloReply> pending)
            {
                {{body}}
            }
        }
        """;

    private static DiagnosticResult Expected(string blocking, string awaited) =>
        GrpcAnalyzerTest<PG3010BlockingGrpcCall>.Diagnostic().WithLocation(0).WithArguments(blocking, awaited);

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        new GrpcAnalyzerTest<PG3010BlockingGrpcCall>(source, expected).RunAsync();

    [Theory]
    [InlineData("var reply = {|#0:client.SayHelloAsync(request).ResponseAsync.Result|};", ".Result", "client.SayHelloAsync(request).ResponseAsync")]
    [InlineData("var headers = {|#0:pending.ResponseHeadersAsync.Result|};", ".Result", "pending.ResponseHeadersAsync")]
    [InlineData("{|#0:pending.ResponseAsync.Wait()|};", ".Wait()", "pending.ResponseAsync")]
    [InlineData("var done = {|#0:pending.ResponseAsync.Wait(TimeSpan.FromSeconds(1))|};", ".Wait()", "pending.ResponseAsync")]
    [InlineData("var reply = {|#0:client.SayHelloAsync(request).GetAwaiter().GetResult()|};", ".GetAwaiter().GetResult()", "client.SayHelloAsync(request)")]
    [InlineData("var reply = {|#0:pending.ResponseAsync.GetAwaiter().GetResult()|};", ".GetAwaiter().GetResult()", "pending.ResponseAsync")]
    [InlineData("var upload = client.CollectHellos(); var reply = {|#0:upload.GetAwaiter().GetResult()|};", ".GetAwaiter().GetResult()", "upload")]
    [InlineData("var reply = {|#0:pending.ResponseAsync.ConfigureAwait(false).GetAwaiter().GetResult()|};", ".GetAwaiter().GetResult()", "pending.ResponseAsync.ConfigureAwait(false)")]
    [InlineData("var upload = client.CollectHellos(); var reply = {|#0:upload.ResponseAsync.Result|};", ".Result", "upload.ResponseAsync")]
    [InlineData("var chat = client.Chat(); var headers = {|#0:chat.ResponseHeadersAsync.Result|};", ".Result", "chat.ResponseHeadersAsync")]
    public async Task Reports_BlockingWaits_EvenOutsideAsyncMethods(string body, string blocking, string awaited) =>
        await VerifyAsync(Caller("void", body), Expected(blocking, awaited));

    [Theory]
    [InlineData("async Task", "var reply = client.{|#0:SayHello|}(request);")]
    [InlineData("async Task", "var reply = client.{|#0:SayHello|}(request, deadline: DateTime.UtcNow.AddSeconds(5));")]
    [InlineData("async Task", "var reply = client.{|#0:SayHello|}(request, new CallOptions());")]
    [InlineData("async void", "Console.WriteLine(client.{|#0:SayHello|}(request).Message);")]
    [InlineData("void", "Func<Task> run = async () => client.{|#0:SayHello|}(request); run();")]
    [InlineData("void", "async Task Local() { client.{|#0:SayHello|}(request); await Task.Yield(); } Local();")]
    public async Task Reports_SynchronousMethodInAsyncFunction(string modifiers, string body) =>
        await VerifyAsync(Caller(modifiers, body + (modifiers.StartsWith("async", StringComparison.Ordinal) ? " await Task.Yield();" : string.Empty)), Expected("GreeterClient.SayHello", "GreeterClient.SayHelloAsync"));

    [Theory]
    [InlineData("void", "var reply = client.SayHello(request);")]
    [InlineData("async Task", "Action run = () => client.SayHello(request); run(); await Task.Yield();")]
    [InlineData("async Task", "var reply = await client.SayHelloAsync(request);")]
    [InlineData("async Task", "var reply = await pending.ResponseAsync; var headers = await pending.ResponseHeadersAsync;")]
    [InlineData("async Task", "var reply = await pending;")]
    [InlineData("async Task", "using var call = client.SayHellos(request); await call.ResponseStream.MoveNext();")]
    [InlineData("void", "var done = pending.ResponseAsync.IsCompleted; var status = pending.GetStatus();")]
    [InlineData("void", "var result = Task.FromResult(1).Result; Task.Delay(1).Wait(); var value = Task.FromResult(2).GetAwaiter().GetResult();")]
    public async Task DoesNotReport_AwaitedOrUnrelatedCalls(string modifiers, string body) =>
        await VerifyAsync(Caller(modifiers, body));

    [Fact]
    public async Task DoesNotReport_LookalikeClients() =>
        await VerifyAsync("""
            using System.Threading.Tasks;
            using Greet;

            class FakeClient
            {
                public HelloReply SayHello(HelloRequest request) => new HelloReply();
                public Task<HelloReply> SayHelloAsync(HelloRequest request) => Task.FromResult(new HelloReply());
                public Task<HelloReply> ResponseAsync => Task.FromResult(new HelloReply());
            }

            class Caller
            {
                async Task Run(FakeClient client, HelloRequest request)
                {
                    var reply = client.SayHello(request);
                    var other = client.ResponseAsync.Result;
                    await Task.Yield();
                }
            }
            """);
}
