using Microsoft.CodeAnalysis.Testing;
using ProtoGuard.Analyzers.CSharp;
using ProtoGuard.CodeFixes.CSharp;
using ProtoGuard.Tests.Infrastructure;

namespace ProtoGuard.CodeFixes.Tests.CSharp;

public sealed class PG3002UseUtcNowCodeFixTests
{
    private static string Caller(string body) => $$"""
        using System;
        using System.Threading.Tasks;
        using Greet;
        using Grpc.Core;

        class Caller
        {
            async Task Run(Greeter.GreeterClient client, HelloRequest request, CallOptions options, string text)
            {
                {{body}}
                await Task.CompletedTask;
            }
        }
        """;

    private static DiagnosticResult Expected(int location, string origin) =>
        GrpcCodeFixTest<PG3002DeadlineNotUtc, PG3002UseUtcNowCodeFix>.Diagnostic().WithLocation(location).WithLocation(1).WithArguments(origin);

    private static Task VerifyAsync(string source, string fixedSource, params DiagnosticResult[] expected) =>
        new GrpcCodeFixTest<PG3002DeadlineNotUtc, PG3002UseUtcNowCodeFix>(source, fixedSource, expected).RunAsync();

    [Theory]
    [InlineData(
        "await client.SayHelloAsync(request, deadline: {|#0:{|#1:DateTime.Now|}.AddSeconds(5)|});",
        "await client.SayHelloAsync(request, deadline: DateTime.UtcNow.AddSeconds(5));",
        "DateTime.Now")]
    [InlineData(
        "await client.SayHelloAsync(request, deadline: {|#0:{|#1:System.DateTime.Now|}|});",
        "await client.SayHelloAsync(request, deadline: System.DateTime.UtcNow);",
        "System.DateTime.Now")]
    [InlineData(
        "await client.SayHelloAsync(request, new CallOptions(deadline: {|#0:{|#1:DateTime.Now|} + TimeSpan.FromSeconds(5)|}));",
        "await client.SayHelloAsync(request, new CallOptions(deadline: DateTime.UtcNow + TimeSpan.FromSeconds(5)));",
        "DateTime.Now")]
    [InlineData(
        "await client.SayHelloAsync(request, options.WithDeadline({|#0:{|#1:DateTime.Today|}.AddDays(1)|}));",
        "await client.SayHelloAsync(request, options.WithDeadline(DateTime.UtcNow.Date.AddDays(1)));",
        "DateTime.Today")]
    [InlineData(
        "await client.SayHelloAsync(request, deadline: {|#0:{|#1:DateTime.Today|}|});",
        "await client.SayHelloAsync(request, deadline: DateTime.UtcNow.Date);",
        "DateTime.Today")]
    public async Task RewritesNowAndToday(string call, string fixedCall, string origin) =>
        await VerifyAsync(Caller(call), Caller(fixedCall), Expected(0, origin));

    [Fact]
    public async Task RewritesTheOriginInTheLocalsInitializer() =>
        await VerifyAsync(
            Caller("var deadline = {|#1:DateTime.Now|}.AddSeconds(5); await client.SayHelloAsync(request, deadline: {|#0:deadline|});"),
            Caller("var deadline = DateTime.UtcNow.AddSeconds(5); await client.SayHelloAsync(request, deadline: deadline);"),
            Expected(0, "DateTime.Now"));

    [Fact]
    public async Task RewritesUsingStaticNames() =>
        await VerifyAsync(
            """
            using Greet;
            using static System.DateTime;

            class Caller
            {
                void Run(Greeter.GreeterClient client, HelloRequest request)
                {
                    client.SayHello(request, deadline: {|#0:{|#1:Now|}.AddSeconds(5)|});
                }
            }
            """,
            """
            using Greet;
            using static System.DateTime;

            class Caller
            {
                void Run(Greeter.GreeterClient client, HelloRequest request)
                {
                    client.SayHello(request, deadline: UtcNow.AddSeconds(5));
                }
            }
            """,
            Expected(0, "Now"));

    [Theory]
    [InlineData("{|#0:{|#1:DateTime.Parse(text)|}|}", "DateTime.Parse(text)")]
    [InlineData("{|#0:{|#1:new DateTime(2030, 1, 1)|}|}", "new DateTime(2030, 1, 1)")]
    [InlineData("{|#0:{|#1:DateTime.UtcNow.ToLocalTime()|}|}", "DateTime.UtcNow.ToLocalTime()")]
    public async Task OffersNoFix_ForOriginsThatNeedADecision(string deadline, string origin)
    {
        var source = Caller($"await client.SayHelloAsync(request, deadline: {deadline});");
        await VerifyAsync(source, source, Expected(0, origin));
    }

    [Fact]
    public async Task FixAll_FixesEveryDeadline_IncludingTwoCallsSharingALocal() =>
        await VerifyAsync(
            Caller("""
                var shared = {|#1:DateTime.Now|}.AddSeconds(5);
                    client.SayHello(request, deadline: {|#0:shared|});
                    client.SayHello(request, deadline: {|#2:shared|});
                    client.SayHello(request, deadline: {|#3:{|#4:DateTime.Today|}.AddDays(1)|});
                    using var call = client.Chat(deadline: {|#5:{|#6:DateTime.Now|}.AddMinutes(1)|});
                """),
            Caller("""
                var shared = DateTime.UtcNow.AddSeconds(5);
                    client.SayHello(request, deadline: shared);
                    client.SayHello(request, deadline: shared);
                    client.SayHello(request, deadline: DateTime.UtcNow.Date.AddDays(1));
                    using var call = client.Chat(deadline: DateTime.UtcNow.AddMinutes(1));
                """),
            Expected(0, "DateTime.Now"),
            Expected(2, "DateTime.Now"),
            GrpcCodeFixTest<PG3002DeadlineNotUtc, PG3002UseUtcNowCodeFix>.Diagnostic().WithLocation(3).WithLocation(4).WithArguments("DateTime.Today"),
            GrpcCodeFixTest<PG3002DeadlineNotUtc, PG3002UseUtcNowCodeFix>.Diagnostic().WithLocation(5).WithLocation(6).WithArguments("DateTime.Now"));
}
