using Microsoft.CodeAnalysis.Testing;
using ProtoGuard.Analyzers.CSharp;
using ProtoGuard.CodeFixes.CSharp;
using ProtoGuard.Tests.Infrastructure;

namespace ProtoGuard.CodeFixes.Tests.CSharp;

public sealed class PG3001AddDeadlineCodeFixTests
{
    private static string Caller(string body, string usings = "using System;\nusing Grpc.Core;\n") => $$"""
        {{usings}}using System.Threading;
        using System.Threading.Tasks;
        using Greet;

        class Caller
        {
            async Task Run(Greet.Greeter.GreeterClient client, HelloRequest request, Grpc.Core.Metadata headers, CancellationToken ct)
            {
                {{body}}
                await Task.CompletedTask;
            }
        }
        """;

    private static Task VerifyAsync(string source, string fixedSource) =>
        new GrpcCodeFixTest<PG3001ClientCallWithoutDeadline, PG3001AddDeadlineCodeFix>(source, fixedSource).RunAsync();

    [Theory]
    [InlineData(
        "client.[|SayHello|](request);",
        "client.SayHello(request, deadline: DateTime.UtcNow.AddSeconds(30));")]
    [InlineData(
        "await client.[|SayHelloAsync|](request, headers);",
        "await client.SayHelloAsync(request, headers, deadline: DateTime.UtcNow.AddSeconds(30));")]
    [InlineData(
        "await client.[|SayHelloAsync|](request, cancellationToken: ct);",
        "await client.SayHelloAsync(request, deadline: DateTime.UtcNow.AddSeconds(30), cancellationToken: ct);")]
    [InlineData(
        "using var call = client.[|CollectHellos|](cancellationToken: ct);",
        "using var call = client.CollectHellos(deadline: DateTime.UtcNow.AddSeconds(30), cancellationToken: ct);")]
    [InlineData(
        "using var call = client.[|Chat|]();",
        "using var call = client.Chat(deadline: DateTime.UtcNow.AddSeconds(30));")]
    [InlineData(
        "await client?.[|SayHelloAsync|](request);",
        "await client?.SayHelloAsync(request, deadline: DateTime.UtcNow.AddSeconds(30));")]
    public async Task AddsADeadlineArgument(string call, string fixedCall) =>
        await VerifyAsync(Caller(call), Caller(fixedCall));

    [Theory]
    [InlineData(
        "await client.[|SayHelloAsync|](request, deadline: null);",
        "await client.SayHelloAsync(request, deadline: DateTime.UtcNow.AddSeconds(30));")]
    [InlineData(
        "await client.[|SayHelloAsync|](request, deadline: default);",
        "await client.SayHelloAsync(request, deadline: DateTime.UtcNow.AddSeconds(30));")]
    [InlineData(
        "await client.[|SayHelloAsync|](request, null, null, ct);",
        "await client.SayHelloAsync(request, null, DateTime.UtcNow.AddSeconds(30), ct);")]
    [InlineData(
        "await client.[|SayHelloAsync|](request, headers, /* none */ null, ct);",
        "await client.SayHelloAsync(request, headers, /* none */ DateTime.UtcNow.AddSeconds(30), ct);")]
    public async Task ReplacesAnEmptyDeadlineArgument(string call, string fixedCall) =>
        await VerifyAsync(Caller(call), Caller(fixedCall));

    [Theory]
    [InlineData(
        "await client.[|SayHelloAsync|](request, new CallOptions());",
        "await client.SayHelloAsync(request, new CallOptions(deadline: DateTime.UtcNow.AddSeconds(30)));")]
    [InlineData(
        "await client.[|SayHelloAsync|](request, new CallOptions(headers));",
        "await client.SayHelloAsync(request, new CallOptions(headers, deadline: DateTime.UtcNow.AddSeconds(30)));")]
    [InlineData(
        "await client.[|SayHelloAsync|](request, new CallOptions(cancellationToken: ct));",
        "await client.SayHelloAsync(request, new CallOptions(deadline: DateTime.UtcNow.AddSeconds(30), cancellationToken: ct));")]
    [InlineData(
        "await client.[|SayHelloAsync|](request, new CallOptions(headers, null, ct));",
        "await client.SayHelloAsync(request, new CallOptions(headers, DateTime.UtcNow.AddSeconds(30), ct));")]
    [InlineData(
        "await client.[|SayHelloAsync|](request, new(headers));",
        "await client.SayHelloAsync(request, new(headers, deadline: DateTime.UtcNow.AddSeconds(30)));")]
    [InlineData(
        "await client.[|SayHelloAsync|](request, new CallOptions().WithCancellationToken(ct));",
        "await client.SayHelloAsync(request, new CallOptions(deadline: DateTime.UtcNow.AddSeconds(30)).WithCancellationToken(ct));")]
    [InlineData(
        "await client.[|SayHelloAsync|](request, new CallOptions { });",
        "await client.SayHelloAsync(request, new CallOptions(deadline: DateTime.UtcNow.AddSeconds(30)) { });")]
    [InlineData(
        "await client.[|SayHelloAsync|](request, default(CallOptions));",
        "await client.SayHelloAsync(request, new CallOptions(deadline: DateTime.UtcNow.AddSeconds(30)));")]
    [InlineData(
        "await client.[|SayHelloAsync|](request, default);",
        "await client.SayHelloAsync(request, new CallOptions(deadline: DateTime.UtcNow.AddSeconds(30)));")]
    public async Task AddsTheDeadlineToTheCallOptions(string call, string fixedCall) =>
        await VerifyAsync(Caller(call), Caller(fixedCall));

    [Fact]
    public async Task QualifiesTypesThatAreNotImported() =>
        await new GrpcCodeFixTest<PG3001ClientCallWithoutDeadline, PG3001AddDeadlineCodeFix>(
            Caller("await client.[|SayHelloAsync|](request); await client.[|SayHelloAsync|](request, default(Grpc.Core.CallOptions));", usings: string.Empty),
            Caller(
                "await client.SayHelloAsync(request, deadline: System.DateTime.UtcNow.AddSeconds(30)); await client.SayHelloAsync(request, new Grpc.Core.CallOptions(deadline: System.DateTime.UtcNow.AddSeconds(30)));",
                usings: string.Empty))
        {
            // The simplifier leaves 'System.DateTime' as a qualified name where the parser reads a member access:
            // same text and meaning, different tree, so compare text (the fixed code is still compiled).
            CodeActionValidationMode = CodeActionValidationMode.None,
        }.RunAsync();

    [Fact]
    public async Task KeepsOneArgumentPerLineLayout() =>
        await VerifyAsync(
            Caller("""
                await client.[|SayHelloAsync|](
                        request,
                        cancellationToken: ct);
                    await client.[|SayHelloAsync|](
                        request,
                        headers);
                """),
            Caller("""
                await client.SayHelloAsync(
                        request,
                        deadline: DateTime.UtcNow.AddSeconds(30),
                        cancellationToken: ct);
                    await client.SayHelloAsync(
                        request,
                        headers,
                        deadline: DateTime.UtcNow.AddSeconds(30));
                """));

    [Theory]
    [InlineData("5", 5)]
    [InlineData(" 120 ", 120)]
    [InlineData("0", 30)]
    [InlineData("-5", 30)]
    [InlineData("1.5", 30)]
    [InlineData("soon", 30)]
    public async Task DefaultDeadlineSeconds_SetsTheDeadlineLength(string value, int expectedSeconds) =>
        await new GrpcCodeFixTest<PG3001ClientCallWithoutDeadline, PG3001AddDeadlineCodeFix>(
                Caller("client.[|SayHello|](request); await client.[|SayHelloAsync|](request, new CallOptions(headers));"),
                Caller($"client.SayHello(request, deadline: DateTime.UtcNow.AddSeconds({expectedSeconds})); await client.SayHelloAsync(request, new CallOptions(headers, deadline: DateTime.UtcNow.AddSeconds({expectedSeconds})));"))
            .WithEditorConfig("dotnet_diagnostic.PG3001.default_deadline_seconds = " + value)
            .RunAsync();

    [Theory]
    [InlineData("protoguard.default_deadline_seconds = 7", 7)]
    [InlineData("protoguard.default_deadline_seconds = 7\ndotnet_diagnostic.PG3001.default_deadline_seconds = 9", 9)]
    public async Task DefaultDeadlineSeconds_OlderKeyStillWorks_AndTheRuleKeyWins(string editorConfig, int expectedSeconds) =>
        await new GrpcCodeFixTest<PG3001ClientCallWithoutDeadline, PG3001AddDeadlineCodeFix>(
                Caller("client.[|SayHello|](request);"),
                Caller($"client.SayHello(request, deadline: DateTime.UtcNow.AddSeconds({expectedSeconds}));"))
            .WithEditorConfig(editorConfig)
            .RunAsync();

    [Fact]
    public async Task FixAll_FixesEveryCallInEveryDocument()
    {
        var test = new GrpcCodeFixTest<PG3001ClientCallWithoutDeadline, PG3001AddDeadlineCodeFix>(
            Caller("""
                client.[|SayHello|](request);
                    await client.[|SayHelloAsync|](request, deadline: null);
                    using var stream = client.[|SayHellos|](request, new CallOptions(headers));
                    using var upload = client.[|CollectHellos|](default(CallOptions));
                    using var chat = client.[|Chat|](cancellationToken: ct);
                    await client.SayHelloAsync(request, deadline: DateTime.UtcNow.AddSeconds(5));
                """),
            Caller("""
                client.SayHello(request, deadline: DateTime.UtcNow.AddSeconds(30));
                    await client.SayHelloAsync(request, deadline: DateTime.UtcNow.AddSeconds(30));
                    using var stream = client.SayHellos(request, new CallOptions(headers, deadline: DateTime.UtcNow.AddSeconds(30)));
                    using var upload = client.CollectHellos(new CallOptions(deadline: DateTime.UtcNow.AddSeconds(30)));
                    using var chat = client.Chat(deadline: DateTime.UtcNow.AddSeconds(30), cancellationToken: ct);
                    await client.SayHelloAsync(request, deadline: DateTime.UtcNow.AddSeconds(5));
                """));
        var second = Caller("client.[|SayHello|](client.[|SayHello|](request).Message is { } m ? new HelloRequest { Name = m } : request);").Replace("class Caller", "class SecondCaller", StringComparison.Ordinal);
        var secondFixed = Caller("client.SayHello(client.SayHello(request, deadline: DateTime.UtcNow.AddSeconds(30)).Message is { } m ? new HelloRequest { Name = m } : request, deadline: DateTime.UtcNow.AddSeconds(30));").Replace("class Caller", "class SecondCaller", StringComparison.Ordinal);
        test.TestState.Sources.Add(("/0/Second.cs", second));
        test.FixedState.Sources.Add(("/0/Second.cs", secondFixed));
        await test.RunAsync();
    }
}
