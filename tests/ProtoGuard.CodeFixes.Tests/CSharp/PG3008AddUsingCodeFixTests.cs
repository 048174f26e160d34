using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using ProtoGuard.Analyzers.CSharp;
using ProtoGuard.CodeFixes.CSharp;
using ProtoGuard.Tests.Infrastructure;

namespace ProtoGuard.CodeFixes.Tests.CSharp;

public sealed class PG3008AddUsingCodeFixTests
{
    private static string Caller(string body) => $$"""
        using System;
        using System.Threading.Tasks;
        using Greet;
        using Grpc.Core;

        class Caller
        {
            async Task Run(Greeter.GreeterClient client, HelloRequest request, int mode)
            {
                {{body}}
                await Task.CompletedTask;
            }

            static async Task Drain(IAsyncStreamReader<HelloReply> replies)
            {
                while (await replies.MoveNext(default)) { }
            }
        }
        """;

    private static DiagnosticResult Expected(int location, string local, string method) =>
        GrpcCodeFixTest<PG3008StreamingCallNotDisposed, PG3008AddUsingCodeFix>.Diagnostic().WithLocation(location).WithArguments(local, method);

    [Fact]
    public async Task AddsUsingToTheDeclaration_KeepingComments() =>
        await new GrpcCodeFixTest<PG3008StreamingCallNotDisposed, PG3008AddUsingCodeFix>(
            Caller("""
                // Stream the replies.
                    var {|#0:call|} = client.SayHellos(request); // open
                    await call.ResponseStream.MoveNext();
                """),
            Caller("""
                // Stream the replies.
                    using var call = client.SayHellos(request); // open
                    await call.ResponseStream.MoveNext();
                """),
            Expected(0, "call", "GreeterClient.SayHellos")).RunAsync();

    [Fact]
    public async Task AddsUsingToAnExplicitlyTypedDeclaration() =>
        await new GrpcCodeFixTest<PG3008StreamingCallNotDisposed, PG3008AddUsingCodeFix>(
            Caller("AsyncDuplexStreamingCall<HelloRequest, HelloReply> {|#0:chat|} = client.Chat();"),
            Caller("using AsyncDuplexStreamingCall<HelloRequest, HelloReply> chat = client.Chat();"),
            Expected(0, "chat", "GreeterClient.Chat")).RunAsync();

    [Theory]
    [InlineData("var {|#0:call|} = client.SayHellos(request); await foreach (var reply in call.ResponseStream.ReadAllAsync()) { }", "using var call = client.SayHellos(request); await foreach (var reply in call.ResponseStream.ReadAllAsync()) { }")]
    [InlineData("var {|#0:call|} = client.SayHellos(request); while (await call.ResponseStream.MoveNext(default)) { _ = call.ResponseStream.Current.Message; }", "using var call = client.SayHellos(request); while (await call.ResponseStream.MoveNext(default)) { _ = call.ResponseStream.Current.Message; }")]
    [InlineData("var {|#0:call|} = client.SayHellos(request); await Drain(call.ResponseStream);", "using var call = client.SayHellos(request); await Drain(call.ResponseStream);")]
    public async Task AddsUsing_WhenTheStreamsAreUsedOnlyHere(string body, string fixedBody) =>
        await new GrpcCodeFixTest<PG3008StreamingCallNotDisposed, PG3008AddUsingCodeFix>(
            Caller(body),
            Caller(fixedBody),
            Expected(0, "call", "GreeterClient.SayHellos")).RunAsync();

    /// <summary>
    /// The call or a stream of it outlives the method (a background pump, a stored reader): <c>using var</c> would
    /// dispose it under that code. The finding stays, the fix is not offered.
    /// </summary>
    [Theory]
    [InlineData("var {|#0:call|} = client.SayHellos(request); _ = Task.Run(async () => { while (await call.ResponseStream.MoveNext(default)) { } });")]
    [InlineData("var {|#0:call|} = client.SayHellos(request); async Task Pump() { await foreach (var reply in call.ResponseStream.ReadAllAsync()) { } } _ = Pump();")]
    [InlineData("var {|#0:call|} = client.SayHellos(request); IAsyncStreamReader<HelloReply> reader = call.ResponseStream;")]
    [InlineData("var {|#0:call|} = client.SayHellos(request); var replies = call.ResponseStream.ReadAllAsync();")]
    [InlineData("var {|#0:call|} = client.SayHellos(request); var pump = Drain(call.ResponseStream); await Task.Delay(1); await pump;")]
    public async Task IsNotOffered_WhenTheCallOrItsStreamsEscape(string body) =>
        await new GrpcCodeFixTest<PG3008StreamingCallNotDisposed, PG3008AddUsingCodeFix>(
            Caller(body),
            Caller(body),
            Expected(0, "call", "GreeterClient.SayHellos")).RunAsync();

    [Fact]
    public async Task FixAll_AddsUsingToEveryDeclaration() =>
        await new GrpcCodeFixTest<PG3008StreamingCallNotDisposed, PG3008AddUsingCodeFix>(
            Caller("var {|#0:first|} = client.Chat(); var {|#1:second|} = client.CollectHellos(); await second;"),
            Caller("using var first = client.Chat(); using var second = client.CollectHellos(); await second;"),
            Expected(0, "first", "GreeterClient.Chat"),
            Expected(1, "second", "GreeterClient.CollectHellos")).RunAsync();

    [Fact]
    public async Task OffersNoFix_InASwitchSection_WhereAUsingDeclarationDoesNotCompile()
    {
        var source = Caller("switch (mode) { case 1: var {|#0:chat|} = client.Chat(); break; }");
        await new GrpcCodeFixTest<PG3008StreamingCallNotDisposed, PG3008AddUsingCodeFix>(source, source, Expected(0, "chat", "GreeterClient.Chat")).RunAsync();
    }

    [Fact]
    public async Task OffersNoFix_BeforeCSharp8()
    {
        var source = """
            using Greet;

            class Caller
            {
                void Run(Greeter.GreeterClient client)
                {
                    var {|#0:chat|} = client.Chat();
                }
            }
            """;
        var test = new GrpcCodeFixTest<PG3008StreamingCallNotDisposed, PG3008AddUsingCodeFix>(source, source, Expected(0, "chat", "GreeterClient.Chat"));
        test.SolutionTransforms.Add((solution, projectId) =>
            solution.WithProjectParseOptions(projectId, new CSharpParseOptions(LanguageVersion.CSharp7_3)));
        await test.RunAsync();
    }
}
