using Microsoft.CodeAnalysis.Testing;
using ProtoGuard.Analyzers.CSharp;
using ProtoGuard.CodeFixes.CSharp;
using ProtoGuard.Tests.Infrastructure;

namespace ProtoGuard.CodeFixes.Tests.CSharp;

public sealed class PG3003PropagateContextCodeFixTests
{
    private static string Handler(string body, string contextName = "context") => $$"""
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Greet;
        using Grpc.Core;

        class ForwardingGreeter(Greeter.GreeterClient downstream) : Greeter.GreeterBase
        {
            public override async Task<HelloReply> SayHello(HelloRequest request, ServerCallContext {{contextName}})
            {
                var headers = new Metadata();
                {{body}}
                return new HelloReply();
            }
        }
        """;

    private static Task VerifyAsync(string source, string fixedSource) =>
        new GrpcCodeFixTest<PG3003HandlerCallWithoutPropagation, PG3003PropagateContextCodeFix>(source, fixedSource).RunAsync();

    /// <summary>Where <c>context</c> cannot be named (a static local function or lambda), the fix would not compile: not offered.</summary>
    [Theory]
    [InlineData("static async Task Forward(Greeter.GreeterClient client, HelloRequest r) { await client.[|SayHelloAsync|](r); } await Forward(downstream, request);")]
    [InlineData("Func<Greeter.GreeterClient, Task> forward = static async client => await client.[|SayHelloAsync|](new HelloRequest()); await forward(downstream);")]
    public async Task IsNotOffered_WhereTheContextCannotBeNamed(string body) =>
        await VerifyAsync(Handler(body), Handler(body));

    [Theory]
    [InlineData(
        "await downstream.[|SayHelloAsync|](request);",
        "await downstream.SayHelloAsync(request, deadline: context.Deadline, cancellationToken: context.CancellationToken);")]
    [InlineData(
        "await downstream.[|SayHelloAsync|](request, headers);",
        "await downstream.SayHelloAsync(request, headers, deadline: context.Deadline, cancellationToken: context.CancellationToken);")]
    [InlineData(
        "await downstream.[|SayHelloAsync|](request, deadline: DateTime.UtcNow.AddSeconds(5));",
        "await downstream.SayHelloAsync(request, deadline: DateTime.UtcNow.AddSeconds(5), cancellationToken: context.CancellationToken);")]
    [InlineData(
        "await downstream.[|SayHelloAsync|](request, cancellationToken: CancellationToken.None);",
        "await downstream.SayHelloAsync(request, deadline: context.Deadline, cancellationToken: context.CancellationToken);")]
    [InlineData(
        "await downstream.[|SayHelloAsync|](request, headers, null, default);",
        "await downstream.SayHelloAsync(request, headers, context.Deadline, context.CancellationToken);")]
    [InlineData(
        "using var chat = downstream.[|Chat|]();",
        "using var chat = downstream.Chat(deadline: context.Deadline, cancellationToken: context.CancellationToken);")]
    public async Task PassesTheDeadlineAndTokenToTheCall(string call, string fixedCall) =>
        await VerifyAsync(Handler(call), Handler(fixedCall));

    [Theory]
    [InlineData(
        "await downstream.[|SayHelloAsync|](request, new CallOptions(headers));",
        "await downstream.SayHelloAsync(request, new CallOptions(headers, deadline: context.Deadline, cancellationToken: context.CancellationToken));")]
    [InlineData(
        "await downstream.[|SayHelloAsync|](request, new CallOptions(deadline: null));",
        "await downstream.SayHelloAsync(request, new CallOptions(deadline: context.Deadline, cancellationToken: context.CancellationToken));")]
    [InlineData(
        "await downstream.[|SayHelloAsync|](request, default(CallOptions));",
        "await downstream.SayHelloAsync(request, new CallOptions(deadline: context.Deadline, cancellationToken: context.CancellationToken));")]
    public async Task PassesTheDeadlineAndTokenToTheCallOptions(string call, string fixedCall) =>
        await VerifyAsync(Handler(call), Handler(fixedCall));

    [Fact]
    public async Task UsesTheHandlersContextParameterName() =>
        await VerifyAsync(
            Handler("await downstream.[|SayHelloAsync|](request);", contextName: "call"),
            Handler("await downstream.SayHelloAsync(request, deadline: call.Deadline, cancellationToken: call.CancellationToken);", contextName: "call"));

    [Fact]
    public async Task FixAll_FixesEveryCallInTheDocument() =>
        await VerifyAsync(
            Handler("""
                await downstream.[|SayHelloAsync|](request);
                    using var stream = downstream.[|SayHellos|](request, headers);
                """),
            Handler("""
                await downstream.SayHelloAsync(request, deadline: context.Deadline, cancellationToken: context.CancellationToken);
                    using var stream = downstream.SayHellos(request, headers, deadline: context.Deadline, cancellationToken: context.CancellationToken);
                """));

    [Fact]
    public async Task OffersNoFix_WhenTheCallChoseBothADeadlineAndAToken()
    {
        var source = Handler("var cts = new CancellationTokenSource(); await downstream.[|SayHelloAsync|](request, deadline: DateTime.UtcNow.AddSeconds(5), cancellationToken: cts.Token);");
        await VerifyAsync(source, source);
    }
}
