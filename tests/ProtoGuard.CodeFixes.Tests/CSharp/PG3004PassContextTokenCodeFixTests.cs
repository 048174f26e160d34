using ProtoGuard.Analyzers.CSharp;
using ProtoGuard.CodeFixes.CSharp;
using ProtoGuard.Tests.Infrastructure;

namespace ProtoGuard.CodeFixes.Tests.CSharp;

public sealed class PG3004PassContextTokenCodeFixTests
{
    private static string Handler(string body, string contextName = "context") => $$"""
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Greet;
        using Grpc.Core;

        class Store
        {
            public Task<string> LoadAsync(string key, CancellationToken cancellationToken = default) => Task.FromResult(key);
            public Task<int> CountAsync(int limit = 10, CancellationToken ct = default) => Task.FromResult(limit);
        }

        class GreeterService(Store store) : Greeter.GreeterBase
        {
            public override async Task<HelloReply> SayHello(HelloRequest request, ServerCallContext {{contextName}})
            {
                {{body}}
                return new HelloReply();
            }
        }
        """;

    private static Task VerifyAsync(string source, string fixedSource) =>
        new GrpcCodeFixTest<PG3004HandlerCallWithoutCancellation, PG3004PassContextTokenCodeFix>(source, fixedSource).RunAsync();

    [Theory]
    [InlineData("await store.[|LoadAsync|](request.Name);", "await store.LoadAsync(request.Name, context.CancellationToken);")]
    [InlineData("await Task.[|Delay|](100);", "await Task.Delay(100, context.CancellationToken);")]
    [InlineData("await store.[|CountAsync|]();", "await store.CountAsync(ct: context.CancellationToken);")]
    [InlineData("await store.[|LoadAsync|](key: request.Name);", "await store.LoadAsync(key: request.Name, cancellationToken: context.CancellationToken);")]
    [InlineData("await Task.[|Delay|](millisecondsDelay: 100);", "await Task.Delay(millisecondsDelay: 100, cancellationToken: context.CancellationToken);")]
    public async Task AddsTheToken(string call, string fixedCall) =>
        await VerifyAsync(Handler(call), Handler(fixedCall));

    [Theory]
    [InlineData("await store.[|LoadAsync|](request.Name, default);", "await store.LoadAsync(request.Name, context.CancellationToken);")]
    [InlineData("await store.[|LoadAsync|](request.Name, CancellationToken.None);", "await store.LoadAsync(request.Name, context.CancellationToken);")]
    [InlineData("await store.[|LoadAsync|](request.Name, cancellationToken: /* none */ default);", "await store.LoadAsync(request.Name, cancellationToken: /* none */ context.CancellationToken);")]
    public async Task ReplacesAnEmptyToken(string call, string fixedCall) =>
        await VerifyAsync(Handler(call), Handler(fixedCall));

    [Fact]
    public async Task UsesTheHandlersContextParameterName() =>
        await VerifyAsync(
            Handler("await Task.[|Delay|](100);", contextName: "call"),
            Handler("await Task.Delay(100, call.CancellationToken);", contextName: "call"));

    /// <summary>A non-static local function captures the context: the fix applies there and the result compiles.</summary>
    [Fact]
    public async Task AddsTheToken_InANonStaticLocalFunction() =>
        await VerifyAsync(
            Handler("async Task Local() { await Task.[|Delay|](100); } await Local();"),
            Handler("async Task Local() { await Task.Delay(100, context.CancellationToken); } await Local();"));

    /// <summary>
    /// Where <c>context</c> cannot be named, inserting it would not compile (CS8421 in a static local function, CS8820
    /// in a static lambda, the wrong symbol under a hiding parameter): the finding stays, no fix is offered.
    /// </summary>
    [Theory]
    [InlineData("static async Task Local() { await Task.[|Delay|](100); } await Local();")]
    [InlineData("async Task Outer() { await Inner(); static async Task Inner() { await Task.[|Delay|](100); } } await Outer();")]
    [InlineData("Func<Task> run = static () => Task.[|Delay|](100); await run();")]
    [InlineData("Func<Task> run = static async () => await new Store().[|LoadAsync|](\"k\"); await run();")]
    [InlineData("Func<object, Task> run = context => Task.[|Delay|](100); await run(new object());")]
    public async Task IsNotOffered_WhereTheContextCannotBeNamed(string body) =>
        await VerifyAsync(Handler(body), Handler(body));

    [Fact]
    public async Task FixAll_FixesEveryCallInTheDocument() =>
        await VerifyAsync(
            Handler("await Task.[|Delay|](100); await store.[|LoadAsync|](request.Name); await store.[|CountAsync|](5, default);"),
            Handler("await Task.Delay(100, context.CancellationToken); await store.LoadAsync(request.Name, context.CancellationToken); await store.CountAsync(5, context.CancellationToken);"));
}
