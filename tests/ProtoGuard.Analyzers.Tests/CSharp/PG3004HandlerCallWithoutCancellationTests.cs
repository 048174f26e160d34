using Microsoft.CodeAnalysis.Testing;
using ProtoGuard.Analyzers.CSharp;
using ProtoGuard.Tests.Infrastructure;

namespace ProtoGuard.Analyzers.Tests.CSharp;

public sealed class PG3004HandlerCallWithoutCancellationTests
{
    private static DiagnosticResult Expected(string method, string context = "context", int location = 0) =>
        GrpcAnalyzerTest<PG3004HandlerCallWithoutCancellation>.Diagnostic().WithLocation(location).WithArguments(method, context);

    /// <summary>A Greeter service with a store whose async methods take (or could take) a token; <paramref name="body"/> is the unary handler body.</summary>
    private static string Handler(string body, string contextName = "context") => $$"""
        using System;
        using System.IO;
        using System.Threading;
        using System.Threading.Channels;
        using System.Threading.Tasks;
        using Greet;
        using Grpc.Core;

        class Store
        {
            public Task<string> LoadAsync(string key, CancellationToken cancellationToken = default) => Task.FromResult(key);
            public Task SaveAsync(string key) => Task.CompletedTask;
            public Task SaveAsync(string key, CancellationToken cancellationToken) => Task.CompletedTask;
            public Task<int> CountAsync(int limit = 10, CancellationToken ct = default) => Task.FromResult(limit);
            public ValueTask FlushAsync(CancellationToken cancellationToken = default) => default;
            public Task AuditAsync(string entry) => Task.CompletedTask;
            public string Load(string key, CancellationToken cancellationToken = default) => key;
        }

        class GreeterService(Store store, Channel<string> channel) : Greeter.GreeterBase
        {
            public override async Task<HelloReply> SayHello(HelloRequest request, ServerCallContext {{contextName}})
            {
                {{body}}
                return new HelloReply();
            }
        }
        """;

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        new GrpcAnalyzerTest<PG3004HandlerCallWithoutCancellation>(source, expected).RunAsync();

    [Theory]
    [InlineData("await store.{|#0:LoadAsync|}(request.Name);", "Store.LoadAsync")]
    [InlineData("await store.{|#0:SaveAsync|}(request.Name);", "Store.SaveAsync")]
    [InlineData("await store.{|#0:CountAsync|}();", "Store.CountAsync")]
    [InlineData("await store.{|#0:FlushAsync|}();", "Store.FlushAsync")]
    [InlineData("await Task.{|#0:Delay|}(100);", "Task.Delay")]
    [InlineData("await channel.Writer.{|#0:WriteAsync|}(request.Name);", "ChannelWriter.WriteAsync")]
    [InlineData("await channel.Reader.{|#0:ReadAsync|}();", "ChannelReader.ReadAsync")]
    [InlineData("await File.{|#0:ReadAllTextAsync|}(request.Name);", "File.ReadAllTextAsync")]
    [InlineData("var pending = store.{|#0:LoadAsync|}(request.Name); await pending;", "Store.LoadAsync")]
    public async Task Reports_AsyncCallsThatCouldTakeTheToken(string call, string method) =>
        await VerifyAsync(Handler(call), Expected(method));

    /// <summary>An empty token argument is reported at the call, with the argument (what the fix replaces) as additional location.</summary>
    [Theory]
    [InlineData("await store.{|#0:LoadAsync|}(request.Name, {|#1:default|});")]
    [InlineData("await store.{|#0:LoadAsync|}(request.Name, {|#1:default(CancellationToken)|});")]
    [InlineData("await store.{|#0:LoadAsync|}(request.Name, {|#1:CancellationToken.None|});")]
    [InlineData("await store.{|#0:LoadAsync|}(request.Name, cancellationToken: {|#1:new CancellationToken()|});")]
    public async Task Reports_EmptyTokenArguments(string call) =>
        await VerifyAsync(Handler(call), Expected("Store.LoadAsync").WithLocation(1));

    [Fact]
    public async Task Reports_WithTheHandlersOwnContextParameterName() =>
        await VerifyAsync(Handler("await Task.{|#0:Delay|}(100);", contextName: "call"), Expected("Task.Delay", "call"));

    [Fact]
    public async Task Reports_InEveryHandlerKindAndInLambdas() =>
        await VerifyAsync("""
            using System;
            using System.Threading.Tasks;
            using Greet;
            using Grpc.Core;

            class GreeterService : Greeter.GreeterBase
            {
                public override async Task SayHellos(HelloRequest request, IServerStreamWriter<HelloReply> responseStream, ServerCallContext context)
                {
                    Func<Task> wait = () => Task.{|#0:Delay|}(10);
                    await wait();
                }

                public override async Task<HelloReply> CollectHellos(IAsyncStreamReader<HelloRequest> requestStream, ServerCallContext context)
                {
                    await Task.{|#1:Delay|}(10);
                    return new HelloReply();
                }

                public override async Task Chat(IAsyncStreamReader<HelloRequest> requestStream, IServerStreamWriter<HelloReply> responseStream, ServerCallContext context) =>
                    await Task.{|#2:Delay|}(TimeSpan.FromSeconds(1));
            }
            """,
            Expected("Task.Delay"),
            Expected("Task.Delay", location: 1),
            Expected("Task.Delay", location: 2));

    [Theory]
    [InlineData("await store.LoadAsync(request.Name, context.CancellationToken);")]
    [InlineData("await store.SaveAsync(request.Name, context.CancellationToken);")]
    [InlineData("await Task.Delay(100, context.CancellationToken);")]
    [InlineData("using var cts = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken); await store.SaveAsync(request.Name, cts.Token);")]
    [InlineData("var other = new CancellationTokenSource(); await store.SaveAsync(request.Name, other.Token);")]
    [InlineData("await store.AuditAsync(request.Name);")]
    [InlineData("store.Load(request.Name);")]
    [InlineData("await Task.FromResult(1);")]
    [InlineData("await Task.WhenAll(Task.CompletedTask);")]
    [InlineData("await context.WriteResponseHeadersAsync(new Metadata());")]
    public async Task DoesNotReport_WhenATokenIsPassedOrCannotBe(string call) =>
        await VerifyAsync(Handler(call));

    [Fact]
    public async Task DoesNotReport_GrpcStreamsOrClientCalls() =>
        await VerifyAsync("""
            using System.Threading.Tasks;
            using Greet;
            using Grpc.Core;

            class GreeterService(Greeter.GreeterClient downstream) : Greeter.GreeterBase
            {
                public override async Task Chat(IAsyncStreamReader<HelloRequest> requestStream, IServerStreamWriter<HelloReply> responseStream, ServerCallContext context)
                {
                    await foreach (var request in requestStream.ReadAllAsync())
                    {
                        await responseStream.WriteAsync(await downstream.SayHelloAsync(request));
                    }

                    await requestStream.MoveNext();
                }
            }
            """);

    [Fact]
    public async Task DoesNotReport_OutsideHandlers() =>
        await VerifyAsync("""
            using System.Threading.Tasks;
            using Greet;
            using Grpc.Core;

            class NotAService
            {
                public async Task<HelloReply> SayHello(HelloRequest request, ServerCallContext context)
                {
                    await Task.Delay(100);
                    return new HelloReply();
                }
            }

            class GreeterService : Greeter.GreeterBase
            {
                private static async Task HelperAsync() => await Task.Delay(100);
            }
            """);

    [Theory]
    [InlineData("await store.LoadAsync(unknown);")]
    [InlineData("await store.LoadAsync(request.Name, );")]
    [InlineData("await Task.Delay();")]
    public async Task DoesNotThrow_OnCodeThatDoesNotCompile(string call)
    {
        var test = new GrpcAnalyzerTest<PG3004HandlerCallWithoutCancellation>(Handler(call)) { CompilerDiagnostics = CompilerDiagnostics.None };
        await test.RunAsync();
    }

    [Fact]
    public async Task DoesNotReport_InGeneratedCode() =>
        await VerifyAsync("// <auto-generated/>\n" + Handler("await Task.Delay(100);"));
}
