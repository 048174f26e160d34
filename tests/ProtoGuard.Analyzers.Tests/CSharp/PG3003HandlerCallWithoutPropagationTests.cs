using Microsoft.CodeAnalysis.Testing;
using ProtoGuard.Analyzers.CSharp;
using ProtoGuard.Tests.Infrastructure;

namespace ProtoGuard.Analyzers.Tests.CSharp;

public sealed class PG3003HandlerCallWithoutPropagationTests
{
    private static DiagnosticResult Expected(string method, string context = "context", int location = 0) =>
        GrpcAnalyzerTest<PG3003HandlerCallWithoutPropagation>.Diagnostic().WithLocation(location).WithArguments(method, context);

    /// <summary>A Greeter service whose unary handler calls a downstream Greeter; <paramref name="body"/> is the handler body.</summary>
    private static string Handler(string body, string contextName = "context") => $$"""
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Greet;
        using Grpc.Core;

        class ForwardingGreeter : Greeter.GreeterBase
        {
            private readonly Greeter.GreeterClient downstream;
            private readonly CallOptions fieldOptions = new CallOptions(deadline: DateTime.UtcNow.AddSeconds(5));

            public ForwardingGreeter(Greeter.GreeterClient downstream) => this.downstream = downstream;

            public override async Task<HelloReply> SayHello(HelloRequest request, ServerCallContext {{contextName}})
            {
                var headers = new Metadata();
                {{body}}
                return new HelloReply();
            }
        }
        """;

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        new GrpcAnalyzerTest<PG3003HandlerCallWithoutPropagation>(source, expected).RunAsync();

    [Theory]
    [InlineData("await downstream.{|#0:SayHelloAsync|}(request);", "GreeterClient.SayHelloAsync")]
    [InlineData("downstream.{|#0:SayHello|}(request);", "GreeterClient.SayHello")]
    [InlineData("await downstream.{|#0:SayHelloAsync|}(request, headers);", "GreeterClient.SayHelloAsync")]
    [InlineData("await downstream.{|#0:SayHelloAsync|}(request, deadline: DateTime.UtcNow.AddSeconds(5));", "GreeterClient.SayHelloAsync")]
    [InlineData("await downstream.{|#0:SayHelloAsync|}(request, cancellationToken: CancellationToken.None);", "GreeterClient.SayHelloAsync")]
    [InlineData("await downstream.{|#0:SayHelloAsync|}(request, new CallOptions(headers));", "GreeterClient.SayHelloAsync")]
    [InlineData("await downstream.{|#0:SayHelloAsync|}(request, new CallOptions(deadline: DateTime.UtcNow.AddSeconds(5)));", "GreeterClient.SayHelloAsync")]
    [InlineData("await downstream.{|#0:SayHelloAsync|}(request, new CallOptions().WithDeadline(DateTime.UtcNow.AddSeconds(5)));", "GreeterClient.SayHelloAsync")]
    [InlineData("await downstream.{|#0:SayHelloAsync|}(request, default(CallOptions));", "GreeterClient.SayHelloAsync")]
    [InlineData("using var call = downstream.{|#0:SayHellos|}(request);", "GreeterClient.SayHellos")]
    [InlineData("using var call = downstream.{|#0:Chat|}();", "GreeterClient.Chat")]
    [InlineData("var cts = new CancellationTokenSource(); await downstream.{|#0:SayHelloAsync|}(request, cancellationToken: cts.Token);", "GreeterClient.SayHelloAsync")]
    public async Task Reports_CallsThatPropagateNeitherDeadlineNorCancellation(string call, string method) =>
        await VerifyAsync(Handler(call), Expected(method));

    [Fact]
    public async Task Reports_WithTheHandlersOwnContextParameterName() =>
        await VerifyAsync(Handler("await downstream.{|#0:SayHelloAsync|}(request);", contextName: "callContext"), Expected("GreeterClient.SayHelloAsync", "callContext"));

    [Fact]
    public async Task Reports_CallsInLambdasAndLocalFunctionsOfTheHandler() =>
        await VerifyAsync(
            Handler("""
                Func<Task<HelloReply>> send = async () => await downstream.{|#0:SayHelloAsync|}(request);
                HelloReply Local() => downstream.{|#1:SayHello|}(request);
                await send();
                Local();
                """),
            Expected("GreeterClient.SayHelloAsync"),
            Expected("GreeterClient.SayHello", location: 1));

    [Fact]
    public async Task Reports_InEveryHandlerKind() =>
        await VerifyAsync("""
            using System.Threading.Tasks;
            using Greet;
            using Grpc.Core;

            class ForwardingGreeter(Greeter.GreeterClient downstream) : Greeter.GreeterBase
            {
                public override async Task SayHellos(HelloRequest request, IServerStreamWriter<HelloReply> responseStream, ServerCallContext context) =>
                    await responseStream.WriteAsync(await downstream.{|#0:SayHelloAsync|}(request));

                public override async Task<HelloReply> CollectHellos(IAsyncStreamReader<HelloRequest> requestStream, ServerCallContext ctx) =>
                    await downstream.{|#1:SayHelloAsync|}(new HelloRequest());

                public override async Task Chat(IAsyncStreamReader<HelloRequest> requestStream, IServerStreamWriter<HelloReply> responseStream, ServerCallContext context) =>
                    await downstream.{|#2:SayHelloAsync|}(new HelloRequest());
            }
            """,
            Expected("GreeterClient.SayHelloAsync"),
            Expected("GreeterClient.SayHelloAsync", "ctx", location: 1),
            Expected("GreeterClient.SayHelloAsync", location: 2));

    [Theory]
    [InlineData("await downstream.SayHelloAsync(request, deadline: context.Deadline);")]
    [InlineData("await downstream.SayHelloAsync(request, cancellationToken: context.CancellationToken);")]
    [InlineData("await downstream.SayHelloAsync(request, deadline: context.Deadline, cancellationToken: context.CancellationToken);")]
    [InlineData("await downstream.SayHelloAsync(request, headers, context.Deadline.AddMilliseconds(-100), CancellationToken.None);")]
    [InlineData("var deadline = context.Deadline; await downstream.SayHelloAsync(request, deadline: deadline);")]
    [InlineData("using var cts = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken); cts.CancelAfter(1000); await downstream.SayHelloAsync(request, cancellationToken: cts.Token);")]
    [InlineData("var token = context.CancellationToken; var copy = token; await downstream.SayHelloAsync(request, cancellationToken: copy);")]
    [InlineData("await downstream.SayHelloAsync(request, new CallOptions(deadline: context.Deadline));")]
    [InlineData("await downstream.SayHelloAsync(request, new CallOptions(headers).WithCancellationToken(context.CancellationToken));")]
    [InlineData("await downstream.SayHelloAsync(request, new CallOptions(propagationToken: context.CreatePropagationToken()));")]
    [InlineData("var options = new CallOptions(cancellationToken: context.CancellationToken); await downstream.SayHelloAsync(request, options);")]
    public async Task DoesNotReport_CallsThatPropagateTheDeadlineOrTheToken(string call) =>
        await VerifyAsync(Handler(call));

    [Theory]
    [InlineData("await downstream.SayHelloAsync(request, fieldOptions);")]
    [InlineData("var options = new CallOptions(headers); await downstream.SayHelloAsync(request, options);")]
    public async Task DoesNotReport_CallOptionsNotBuiltInTheCall(string call) =>
        await VerifyAsync(Handler(call));

    [Fact]
    public async Task DoesNotReport_OutsideHandlers() =>
        await VerifyAsync("""
            using System.Threading.Tasks;
            using Greet;
            using Grpc.Core;

            class NotAService
            {
                public async Task<HelloReply> SayHello(HelloRequest request, ServerCallContext context, Greeter.GreeterClient downstream) =>
                    await downstream.SayHelloAsync(request);
            }

            abstract class LookAlikeBase
            {
                public abstract Task<HelloReply> SayHello(HelloRequest request, ServerCallContext context);
            }

            class LookAlike(Greeter.GreeterClient downstream) : LookAlikeBase
            {
                public override async Task<HelloReply> SayHello(HelloRequest request, ServerCallContext context) =>
                    await downstream.SayHelloAsync(request);
            }
            """);

    [Theory]
    [InlineData("await downstream.SayHelloAsync(request, deadline: );")]
    [InlineData("await downstream.SayHelloAsync(request, new CallOptions(deadline: ));")]
    [InlineData("await downstream.SayHelloAsync(unknown);")]
    public async Task DoesNotThrow_OnCodeThatDoesNotCompile(string call)
    {
        var test = new GrpcAnalyzerTest<PG3003HandlerCallWithoutPropagation>(Handler(call)) { CompilerDiagnostics = CompilerDiagnostics.None };
        await test.RunAsync();
    }

    [Fact]
    public async Task DoesNotReport_InGeneratedCode() =>
        await VerifyAsync("// <auto-generated/>\n" + Handler("await downstream.SayHelloAsync(request);"));
}
