using Microsoft.CodeAnalysis.Testing;
using ProtoGuard.Analyzers.CSharp;
using ProtoGuard.CodeFixes.CSharp;
using ProtoGuard.Tests.Infrastructure;

namespace ProtoGuard.CodeFixes.Tests.CSharp;

public sealed class PG3010UseAwaitCodeFixTests
{
    private static string Caller(string modifiers, string body) => $$"""
        using System;
        using System.Threading.Tasks;
        using Greet;
        using Grpc.Core;

        class Caller
        {
            private readonly object gate = new object();

            {{modifiers}} Run(Greeter.GreeterClient client, HelloRequest request, AsyncUnaryCall<HelloReply> pending)
            {
                {{body}}
            }
        }
        """;

    private static DiagnosticResult Expected(int location, string blocking, string awaited) =>
        GrpcCodeFixTest<PG3010BlockingGrpcCall, PG3010UseAwaitCodeFix>.Diagnostic().WithLocation(location).WithArguments(blocking, awaited);

    private static Task VerifyAsync(string source, string fixedSource, params DiagnosticResult[] expected) =>
        new GrpcCodeFixTest<PG3010BlockingGrpcCall, PG3010UseAwaitCodeFix>(source, fixedSource, expected).RunAsync();

    [Theory]
    [InlineData(
        "var reply = {|#0:client.SayHelloAsync(request).ResponseAsync.Result|};",
        "var reply = await client.SayHelloAsync(request).ResponseAsync;",
        ".Result", "client.SayHelloAsync(request).ResponseAsync")]
    [InlineData(
        "var message = {|#0:pending.ResponseAsync.Result|}.Message;",
        "var message = (await pending.ResponseAsync).Message;",
        ".Result", "pending.ResponseAsync")]
    [InlineData(
        "var reply = {|#0:client.SayHelloAsync(request).GetAwaiter().GetResult()|};",
        "var reply = await client.SayHelloAsync(request);",
        ".GetAwaiter().GetResult()", "client.SayHelloAsync(request)")]
    [InlineData(
        "var reply = {|#0:pending.ResponseAsync.ConfigureAwait(false).GetAwaiter().GetResult()|};",
        "var reply = await pending.ResponseAsync.ConfigureAwait(false);",
        ".GetAwaiter().GetResult()", "pending.ResponseAsync.ConfigureAwait(false)")]
    [InlineData(
        "{|#0:pending.ResponseAsync.Wait()|}; // wait",
        "await pending.ResponseAsync; // wait",
        ".Wait()", "pending.ResponseAsync")]
    public async Task AwaitsTheBlockedTask(string body, string fixedBody, string blocking, string awaited) =>
        await VerifyAsync(Caller("async Task", body), Caller("async Task", fixedBody), Expected(0, blocking, awaited));

    [Theory]
    [InlineData(
        "var reply = client.{|#0:SayHello|}(request, deadline: DateTime.UtcNow.AddSeconds(5));",
        "var reply = await client.SayHelloAsync(request, deadline: DateTime.UtcNow.AddSeconds(5));")]
    [InlineData(
        "Console.WriteLine(client.{|#0:SayHello|}(request, new CallOptions()).Message);",
        "Console.WriteLine((await client.SayHelloAsync(request, new CallOptions())).Message);")]
    public async Task CallsTheAsyncOverloadWithTheSameArguments(string body, string fixedBody) =>
        await VerifyAsync(Caller("async Task", body), Caller("async Task", fixedBody), Expected(0, "GreeterClient.SayHello", "GreeterClient.SayHelloAsync"));

    [Theory]
    [InlineData("void", "var reply = {|#0:pending.ResponseAsync.Result|};")]
    [InlineData("void", "{|#0:pending.ResponseAsync.Wait()|};")]
    [InlineData("async Task", "var ok = {|#0:pending.ResponseAsync.Wait(TimeSpan.FromSeconds(1))|}; await Task.Yield();")]
    [InlineData("async Task", "lock (gate) { var reply = {|#0:pending.ResponseAsync.Result|}; } await Task.Yield();")]
    public async Task OffersNoFix_WhereAwaitIsNotPossibleOrChangesMeaning(string modifiers, string body)
    {
        var blocking = body.Contains(".Wait(", StringComparison.Ordinal) ? ".Wait()" : ".Result";
        var source = Caller(modifiers, body);
        await VerifyAsync(source, source, Expected(0, blocking, "pending.ResponseAsync"));
    }

    [Fact]
    public async Task FixAll_AwaitsEveryBlockingWait() =>
        await VerifyAsync(
            Caller("async Task", "var a = {|#0:pending.ResponseAsync.Result|}; var b = client.{|#1:SayHello|}(request); {|#2:pending.ResponseAsync.Wait()|};"),
            Caller("async Task", "var a = await pending.ResponseAsync; var b = await client.SayHelloAsync(request); await pending.ResponseAsync;"),
            Expected(0, ".Result", "pending.ResponseAsync"),
            Expected(1, "GreeterClient.SayHello", "GreeterClient.SayHelloAsync"),
            Expected(2, ".Wait()", "pending.ResponseAsync"));
}
