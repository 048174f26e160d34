using Microsoft.CodeAnalysis.Testing;
using ProtoGuard.Analyzers.CSharp;
using ProtoGuard.Tests.Infrastructure;

namespace ProtoGuard.Analyzers.Tests.CSharp;

public sealed class PG3002DeadlineNotUtcTests
{
    /// <summary>The diagnostic at markup #0 (the deadline argument) whose additional location is markup #1 (the non-UTC origin).</summary>
    private static DiagnosticResult Expected(string origin, int location = 0) =>
        GrpcAnalyzerTest<PG3002DeadlineNotUtc>.Diagnostic().WithLocation(location).WithLocation(1).WithArguments(origin);

    /// <summary>A caller with a client, request, headers, options, a string, a DateTimeKind and a DateTime in scope.</summary>
    private static string Caller(string body) => $$"""
        using System;
        using System.Globalization;
        using System.Threading;
        using System.Threading.Tasks;
        using Greet;
        using Grpc.Core;

        class Caller
        {
            async Task Run(Greeter.GreeterClient client, HelloRequest request, Metadata headers, CallOptions options, string text, DateTimeKind kind, DateTime given)
            {
                {{body}}
                await Task.CompletedTask;
            }

            static void Adjust(ref DateTime value) => value = value.ToUniversalTime();
        }
        """;

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        new GrpcAnalyzerTest<PG3002DeadlineNotUtc>(source, expected).RunAsync();

    [Theory]
    [InlineData("DateTime.Now", "DateTime.Now")]
    [InlineData("DateTime.Now.AddSeconds(5)", "DateTime.Now")]
    [InlineData("DateTime.Now.AddMinutes(1).AddMilliseconds(500)", "DateTime.Now")]
    [InlineData("DateTime.Now.Add(TimeSpan.FromSeconds(5))", "DateTime.Now")]
    [InlineData("DateTime.Now + TimeSpan.FromSeconds(5)", "DateTime.Now")]
    [InlineData("(DateTime.Now - TimeSpan.FromSeconds(-5)).AddTicks(1)", "DateTime.Now")]
    [InlineData("System.DateTime.Now.AddSeconds(5)", "System.DateTime.Now")]
    [InlineData("DateTime.Today", "DateTime.Today")]
    [InlineData("DateTime.Today.AddDays(1)", "DateTime.Today")]
    [InlineData("DateTime.Now.Date.AddDays(1)", "DateTime.Now")]
    [InlineData("new DateTime(2030, 1, 1)", "new DateTime(2030, 1, 1)")]
    [InlineData("new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Local)", "new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Local)")]
    [InlineData("new DateTime(638000000000000000, DateTimeKind.Unspecified).AddHours(1)", "new DateTime(638000000000000000, DateTimeKind.Unspecified)")]
    [InlineData("DateTime.Parse(text)", "DateTime.Parse(text)")]
    [InlineData("DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)", "DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)")]
    [InlineData("DateTime.ParseExact(text, \"O\", CultureInfo.InvariantCulture)", "DateTime.ParseExact(text, \"O\", CultureInfo.InvariantCulture)")]
    [InlineData("DateTime.SpecifyKind(given, DateTimeKind.Unspecified)", "DateTime.SpecifyKind(given, DateTimeKind.Unspecified)")]
    [InlineData("DateTime.UtcNow.ToLocalTime()", "DateTime.UtcNow.ToLocalTime()")]
    [InlineData("DateTime.FromOADate(47000)", "DateTime.FromOADate(47000)")]
    [InlineData("DateTimeOffset.UtcNow.AddSeconds(5).DateTime", "DateTimeOffset.UtcNow.AddSeconds(5).DateTime")]
    [InlineData("DateTimeOffset.Now.LocalDateTime", "DateTimeOffset.Now.LocalDateTime")]
    public async Task Reports_NonUtcDeadlineArgument(string deadline, string origin)
    {
        var markedDeadline = "{|#0:" + ReplaceFirst(deadline, origin, "{|#1:" + origin + "|}") + "|}";
        await VerifyAsync(Caller($"await client.SayHelloAsync(request, deadline: {markedDeadline});"), Expected(origin));
    }

    [Theory]
    [InlineData("client.SayHello(request, null, {|#0:{|#1:DateTime.Now|}.AddSeconds(5)|});")]
    [InlineData("client.SayHello(request, headers, {|#0:{|#1:DateTime.Now|}.AddSeconds(5)|}, CancellationToken.None);")]
    [InlineData("using var call = client.SayHellos(request, deadline: {|#0:{|#1:DateTime.Now|}.AddSeconds(5)|});")]
    [InlineData("using var call = client.CollectHellos(deadline: {|#0:{|#1:DateTime.Now|}.AddSeconds(5)|});")]
    [InlineData("using var call = client.Chat(headers, {|#0:{|#1:DateTime.Now|}.AddSeconds(5)|});")]
    [InlineData("await client.SayHelloAsync(request, new CallOptions(deadline: {|#0:{|#1:DateTime.Now|}.AddSeconds(5)|}));")]
    [InlineData("await client.SayHelloAsync(request, new CallOptions(headers, {|#0:{|#1:DateTime.Now|}.AddSeconds(5)|}));")]
    [InlineData("await client.SayHelloAsync(request, new(deadline: {|#0:{|#1:DateTime.Now|}.AddSeconds(5)|}));")]
    [InlineData("await client.SayHelloAsync(request, options.WithDeadline({|#0:{|#1:DateTime.Now|}.AddSeconds(5)|}));")]
    [InlineData("var prepared = new CallOptions().WithHeaders(headers).WithDeadline({|#0:{|#1:DateTime.Now|}.AddSeconds(5)|});")]
    public async Task Reports_EveryDeadlineShape(string statement) =>
        await VerifyAsync(Caller(statement), Expected("DateTime.Now"));

    [Theory]
    [InlineData("var deadline = {|#1:DateTime.Now|}.AddSeconds(5); await client.SayHelloAsync(request, deadline: {|#0:deadline|});")]
    [InlineData("DateTime? deadline = {|#1:DateTime.Now|}; await client.SayHelloAsync(request, deadline: {|#0:deadline|});")]
    [InlineData("var start = {|#1:DateTime.Now|}; var deadline = start.AddSeconds(5); await client.SayHelloAsync(request, new CallOptions(deadline: {|#0:deadline.AddSeconds(1)|}));")]
    [InlineData("var deadline = {|#1:DateTime.Now|}.AddSeconds(5); Func<DateTime> read = () => deadline; await client.SayHelloAsync(request, deadline: {|#0:deadline|});")]
    public async Task Reports_ThroughLocalsAssignedOnce(string statements) =>
        await VerifyAsync(Caller(statements), Expected("DateTime.Now"));

    [Fact]
    public async Task Reports_WithUsingStatic() =>
        await VerifyAsync("""
            using Greet;
            using static System.DateTime;

            class Caller
            {
                void Run(Greeter.GreeterClient client, HelloRequest request) => client.SayHello(request, deadline: {|#0:{|#1:Now|}.AddSeconds(5)|});
            }
            """,
            Expected("Now"));

    [Fact]
    public async Task Reports_AnOriginWrittenOverSeveralLinesOnOneLine() =>
        await VerifyAsync(
            Caller("""
                await client.SayHelloAsync(request, deadline: {|#0:{|#1:new DateTime(
                        2030,
                        1,
                        1)|}|});
                """),
            Expected("new DateTime(2030, 1, 1)"));

    [Fact]
    public async Task Reports_EachCallThatUsesTheSameNonUtcLocal() =>
        await VerifyAsync(
            Caller("var deadline = {|#1:DateTime.Now|}.AddSeconds(5); client.SayHello(request, deadline: {|#0:deadline|}); client.SayHello(request, deadline: {|#2:deadline|});"),
            Expected("DateTime.Now"),
            Expected("DateTime.Now", location: 2));

    [Theory]
    [InlineData("DateTime.UtcNow")]
    [InlineData("DateTime.UtcNow.AddSeconds(5)")]
    [InlineData("DateTime.UtcNow.Date.AddDays(1)")]
    [InlineData("DateTime.UtcNow + TimeSpan.FromSeconds(5)")]
    [InlineData("DateTime.MaxValue")]
    [InlineData("DateTime.MinValue")]
    [InlineData("default(DateTime)")]
    [InlineData("new DateTime()")]
    [InlineData("null")]
    [InlineData("given")]
    [InlineData("given.AddSeconds(5)")]
    [InlineData("new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc)")]
    [InlineData("new DateTime(638000000000000000, kind)")]
    [InlineData("DateTime.SpecifyKind(given, DateTimeKind.Utc)")]
    [InlineData("DateTime.SpecifyKind(given, kind)")]
    [InlineData("DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal)")]
    [InlineData("DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal)")]
    [InlineData("DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)")]
    [InlineData("DateTime.Now.ToUniversalTime()")]
    [InlineData("DateTime.Now.AddSeconds(5).ToUniversalTime()")]
    [InlineData("DateTimeOffset.Now.UtcDateTime")]
    [InlineData("DateTime.FromFileTimeUtc(0)")]
    public async Task DoesNotReport_UtcOrUnknownDeadlines(string deadline) =>
        await VerifyAsync(Caller($"await client.SayHelloAsync(request, deadline: {deadline});"));

    [Theory]
    [InlineData("var deadline = DateTime.Now; deadline = DateTime.UtcNow; await client.SayHelloAsync(request, deadline: deadline);")]
    [InlineData("var deadline = DateTime.Now; Adjust(ref deadline); await client.SayHelloAsync(request, deadline: deadline);")]
    [InlineData("var deadline = DateTime.Now; Action reset = () => deadline = DateTime.UtcNow; await client.SayHelloAsync(request, deadline: deadline);")]
    [InlineData("var deadline = DateTime.Now; (deadline, _) = (DateTime.UtcNow, 0); await client.SayHelloAsync(request, deadline: deadline);")]
    [InlineData("DateTime deadline; deadline = DateTime.Now; await client.SayHelloAsync(request, deadline: deadline);")]
    public async Task DoesNotReport_LocalsWrittenMoreThanOnce(string statements) =>
        await VerifyAsync(Caller(statements));

    [Theory]
    [InlineData("client.SayHello(request, deadline: DateTime.);")]
    [InlineData("client.SayHello(request, deadline: missing.AddSeconds(5));")]
    [InlineData("var deadline = ; client.SayHello(request, deadline: deadline);")]
    [InlineData("client.SayHello(request, new CallOptions(deadline: new DateTime(2030, 1, 1, DateTimeKind.Utc)));")]
    [InlineData("client.SayHello(request, options.WithDeadline());")]
    public async Task DoesNotThrow_OnCodeThatDoesNotCompile(string statement)
    {
        // An analyzer exception would surface as an unexpected AD0001 diagnostic.
        var test = new GrpcAnalyzerTest<PG3002DeadlineNotUtc>(Caller(statement)) { CompilerDiagnostics = CompilerDiagnostics.None };
        await test.RunAsync();
    }

    [Fact]
    public async Task DoesNotReport_NonUtcValuesThatAreNotDeadlines() =>
        await VerifyAsync(Caller("""
            Console.WriteLine(DateTime.Now);
            var reply = await client.SayHelloAsync(new HelloRequest { Name = DateTime.Now.ToString(CultureInfo.InvariantCulture) }, deadline: DateTime.UtcNow.AddSeconds(5));
            """));

    [Fact]
    public async Task DoesNotReport_DeadlineParametersOfTypesThatAreNotGrpcClients() =>
        await VerifyAsync("""
            using System;
            using System.Threading;
            using Grpc.Core;

            class Scheduler
            {
                public void Schedule(string job, Metadata headers = null, DateTime? deadline = null, CancellationToken cancellationToken = default) { }
                public void WithDeadline(DateTime deadline) { }
            }

            class Caller
            {
                void Run(Scheduler scheduler)
                {
                    scheduler.Schedule("backup", deadline: DateTime.Now.AddHours(1));
                    scheduler.WithDeadline(DateTime.Now);
                }
            }
            """);

    private static string ReplaceFirst(string text, string oldValue, string newValue)
    {
        var index = text.IndexOf(oldValue, StringComparison.Ordinal);
        return text.Substring(0, index) + newValue + text.Substring(index + oldValue.Length);
    }

    [Fact]
    public async Task DoesNotReport_InGeneratedCode() =>
        await VerifyAsync("// <auto-generated/>\n" + Caller("await client.SayHelloAsync(request, deadline: DateTime.Now.AddSeconds(5));"));
}
