using Microsoft.CodeAnalysis.Testing;
using ProtoGuard.Analyzers.CSharp;
using ProtoGuard.Tests.Infrastructure;

namespace ProtoGuard.Analyzers.Tests.CSharp;

public sealed class PG3008StreamingCallNotDisposedTests
{
    private static string Caller(string body) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Greet;
        using Grpc.Core;

        class Caller
        {
            private AsyncDuplexStreamingCall<HelloRequest, HelloReply>? stored;

            async Task Run(Greeter.GreeterClient client, HelloRequest request, List<IDisposable> owned)
            {
                {{body}}
                await Task.CompletedTask;
            }

            static void Track(IDisposable call) { }
        }
        """;

    private static DiagnosticResult Expected(string local, string method) =>
        GrpcAnalyzerTest<PG3008StreamingCallNotDisposed>.Diagnostic().WithLocation(0).WithArguments(local, method);

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        new GrpcAnalyzerTest<PG3008StreamingCallNotDisposed>(source, expected).RunAsync();

    [Theory]
    [InlineData("var {|#0:call|} = client.SayHellos(request, deadline: DateTime.UtcNow.AddMinutes(1)); await foreach (var reply in call.ResponseStream.ReadAllAsync()) { }", "call", "GreeterClient.SayHellos")]
    [InlineData("var {|#0:upload|} = client.CollectHellos(); await upload.RequestStream.WriteAsync(request); await upload.RequestStream.CompleteAsync(); var reply = await upload;", "upload", "GreeterClient.CollectHellos")]
    [InlineData("var {|#0:upload|} = client.CollectHellos(); await upload.RequestStream.CompleteAsync(); var reply = await upload.ResponseAsync; var status = upload.GetStatus();", "upload", "GreeterClient.CollectHellos")]
    [InlineData("var {|#0:chat|} = client.Chat(); await chat.ResponseHeadersAsync; var trailers = chat.GetTrailers();", "chat", "GreeterClient.Chat")]
    [InlineData("AsyncDuplexStreamingCall<HelloRequest, HelloReply> {|#0:chat|} = client.Chat(new CallOptions());", "chat", "GreeterClient.Chat")]
    [InlineData("var {|#0:unused|} = client.SayHellos(request);", "unused", "GreeterClient.SayHellos")]
    [InlineData("Func<Task> run = async () => { var {|#0:chat|} = client.Chat(); await chat.RequestStream.CompleteAsync(); }; await run();", "chat", "GreeterClient.Chat")]
    public async Task Reports_StreamingCallsOnlyUsedThroughTheirMembers(string body, string local, string method) =>
        await VerifyAsync(Caller(body), Expected(local, method));

    [Theory]
    [InlineData("using var call = client.SayHellos(request);")]
    [InlineData("using (var call = client.SayHellos(request)) { await call.ResponseStream.MoveNext(); }")]
    [InlineData("var call = client.SayHellos(request); try { await call.ResponseStream.MoveNext(); } finally { call.Dispose(); }")]
    [InlineData("var call = client.SayHellos(request); using (call) { }")]
    [InlineData("var call = client.SayHellos(request); call?.Dispose();")]
    [InlineData("var call = client.Chat(); stored = call;")]
    [InlineData("var call = client.Chat(); owned.Add(call);")]
    [InlineData("var call = client.Chat(); Track(call);")]
    [InlineData("var call = client.Chat(); IDisposable disposable = call; disposable.Dispose();")]
    [InlineData("var call = client.Chat(); Func<AsyncDuplexStreamingCall<HelloRequest, HelloReply>> get = () => call;")]
    [InlineData("var reply = await client.SayHelloAsync(request);")]
    [InlineData("var call = client.SayHelloAsync(request); var reply = await call.ResponseAsync;")]
    public async Task DoesNotReport_DisposedOrHandedOver(string body) =>
        await VerifyAsync(Caller(body));

    [Fact]
    public async Task DoesNotReport_ReturnedCalls() =>
        await VerifyAsync("""
            using Greet;
            using Grpc.Core;

            class Factory
            {
                AsyncDuplexStreamingCall<HelloRequest, HelloReply> Open(Greeter.GreeterClient client)
                {
                    var call = client.Chat();
                    return call;
                }
            }
            """);

    [Fact]
    public async Task DoesNotReport_LookalikeMethodsOnOtherTypes() =>
        await VerifyAsync("""
            using Greet;
            using Grpc.Core;

            class FakeClient
            {
                public AsyncServerStreamingCall<HelloReply> SayHellos(HelloRequest request) => null!;
            }

            class Caller
            {
                void Run(FakeClient client, HelloRequest request)
                {
                    var call = client.SayHellos(request);
                    var stream = call.ResponseStream;
                }
            }
            """);
}
