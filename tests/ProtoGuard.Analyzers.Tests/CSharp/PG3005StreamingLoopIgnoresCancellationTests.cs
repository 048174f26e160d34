using Microsoft.CodeAnalysis.Testing;
using ProtoGuard.Analyzers.CSharp;
using ProtoGuard.Tests.Infrastructure;

namespace ProtoGuard.Analyzers.Tests.CSharp;

public sealed class PG3005StreamingLoopIgnoresCancellationTests
{
    private static DiagnosticResult Expected(string handler = "WatchUsers", string context = "context", int location = 0) =>
        GrpcAnalyzerTest<PG3005StreamingLoopIgnoresCancellation>.Diagnostic().WithLocation(location).WithArguments(handler, context);

    /// <summary>The guide's UserService; <paramref name="body"/> is the body of the server-streaming WatchUsers handler.</summary>
    private static string WatchUsers(string body, string contextName = "context") => $$"""
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Channels;
        using System.Threading.Tasks;
        using Grpc.Core;
        using Myservice.V1;

        class Users(Channel<UserEvent> events, List<UserEvent> backlog) : UserService.UserServiceBase
        {
            public override async Task WatchUsers(WatchUsersRequest request, IServerStreamWriter<UserEvent> responseStream, ServerCallContext {{contextName}})
            {
                {{body}}
            }
        }
        """;

    private static GrpcAnalyzerTest<PG3005StreamingLoopIgnoresCancellation> Test(string source, params DiagnosticResult[] expected)
    {
        var test = new GrpcAnalyzerTest<PG3005StreamingLoopIgnoresCancellation>(source, expected);
        test.TestState.Sources.Add(("/0/User.cs", GrpcTestSources.UserMessages));
        test.TestState.Sources.Add(("/0/UserGrpc.cs", GrpcTestSources.UserService));
        return test;
    }

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected) => Test(source, expected).RunAsync();

    [Theory]
    [InlineData("""{|#0:while|} (true) { await responseStream.WriteAsync(new UserEvent { Type = "heartbeat" }); await Task.Delay(5000); }""")]
    [InlineData("""{|#0:for|} (;;) { await responseStream.WriteAsync(new UserEvent()); await Task.Delay(5000); }""")]
    [InlineData("""{|#0:do|} { await Task.Delay(5000); } while (true);""")]
    [InlineData("""var sent = 0; {|#0:while|} (sent < 100) { await responseStream.WriteAsync(new UserEvent()); sent++; }""")]
    [InlineData("""{|#0:foreach|} (var e in backlog) { } await foreach (var e in events.Reader.ReadAllAsync()) { await responseStream.WriteAsync(e); }""")]
    [InlineData("""var cts = new CancellationTokenSource(); {|#0:while|} (!cts.IsCancellationRequested) { await Task.Delay(1000, cts.Token); }""")]
    public async Task Reports_LoopsThatNeverObserveCancellation(string body) =>
        await VerifyAsync(WatchUsers(body.Replace("{|#0:foreach|} (var e in backlog) { } await foreach", "foreach (var e in backlog) { } await {|#0:foreach|}", StringComparison.Ordinal)), Expected());

    [Fact]
    public async Task Reports_InDuplexHandlers_WithTheirContextName() =>
        await VerifyAsync("""
            using System.Threading.Tasks;
            using Grpc.Core;
            using Myservice.V1;

            class Users : UserService.UserServiceBase
            {
                public override async Task Chat(IAsyncStreamReader<ChatMessage> requestStream, IServerStreamWriter<ChatMessage> responseStream, ServerCallContext call)
                {
                    {|#0:while|} (true)
                    {
                        await responseStream.WriteAsync(new ChatMessage { Text = "ping" });
                        await Task.Delay(1000);
                    }
                }
            }
            """,
            Expected("Chat", "call"));

    [Fact]
    public async Task Reports_NestedLoopsSeparately() =>
        await VerifyAsync(
            WatchUsers("""
                {|#0:while|} (true)
                {
                    {|#1:for|} (var i = 0; i < 3; i++) { await Task.Delay(10); }
                }
                """),
            Expected(),
            Expected(location: 1));

    [Theory]
    [InlineData("while (!context.CancellationToken.IsCancellationRequested) { await responseStream.WriteAsync(new UserEvent()); await Task.Delay(5000); }")]
    [InlineData("while (true) { context.CancellationToken.ThrowIfCancellationRequested(); await Task.Delay(5000); }")]
    [InlineData("while (true) { await Task.Delay(5000, context.CancellationToken); }")]
    [InlineData("while (true) { await Task.Delay(5000).WaitAsync(context.CancellationToken); }")]
    [InlineData("var token = context.CancellationToken; while (!token.IsCancellationRequested) { await Task.Delay(5000); }")]
    [InlineData("using var cts = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken); while (true) { await Task.Delay(5000, cts.Token); }")]
    [InlineData("await foreach (var e in events.Reader.ReadAllAsync(context.CancellationToken)) { await responseStream.WriteAsync(e); }")]
    [InlineData("await foreach (var e in events.Reader.ReadAllAsync().WithCancellation(context.CancellationToken)) { await responseStream.WriteAsync(e); }")]
    [InlineData("while (true) { var e = await events.Reader.ReadAsync(context.CancellationToken); await responseStream.WriteAsync(e); }")]
    [InlineData("foreach (var e in backlog) { await responseStream.WriteAsync(e); }")]
    [InlineData("var i = 0; while (i < backlog.Count) { i++; }")]
    [InlineData("Func<Task> later = async () => { while (true) { await Task.Delay(1000, context.CancellationToken); } }; await later();")]
    public async Task DoesNotReport_LoopsThatObserveCancellationOrDoNotWait(string body) =>
        await VerifyAsync(WatchUsers(body));

    [Fact]
    public async Task DoesNotReport_LoopsOverTheRequestStream() =>
        await VerifyAsync("""
            using System.Threading.Tasks;
            using Grpc.Core;
            using Myservice.V1;

            class Users : UserService.UserServiceBase
            {
                public override async Task Chat(IAsyncStreamReader<ChatMessage> requestStream, IServerStreamWriter<ChatMessage> responseStream, ServerCallContext context)
                {
                    await foreach (var message in requestStream.ReadAllAsync())
                    {
                        await responseStream.WriteAsync(message);
                    }

                    while (await requestStream.MoveNext())
                    {
                        await responseStream.WriteAsync(requestStream.Current);
                    }
                }
            }
            """);

    [Fact]
    public async Task DoesNotReport_UnaryAndClientStreamingHandlersOrNonHandlers() =>
        await VerifyAsync("""
            using System.Threading.Tasks;
            using Grpc.Core;
            using Myservice.V1;

            class Users : UserService.UserServiceBase
            {
                public override async Task<User> GetUser(GetUserRequest request, ServerCallContext context)
                {
                    while (true) { await Task.Delay(10); }
                }

                public override async Task<BulkResp> BulkCreateUsers(IAsyncStreamReader<CreateUserRequest> requestStream, ServerCallContext context)
                {
                    while (true) { await Task.Delay(10); }
                }
            }

            class NotAService
            {
                public async Task WatchUsers(WatchUsersRequest request, IServerStreamWriter<UserEvent> responseStream, ServerCallContext context)
                {
                    while (true) { await Task.Delay(10); }
                }
            }
            """);

    [Fact]
    public async Task InfiniteLoopsOnly_True_ReportsOnlyLoopsWithoutAnExitCondition() =>
        await Test(
            WatchUsers("""
                var sent = 0;
                while (sent < 100) { await Task.Delay(10); sent++; }
                {|#0:while|} (true) { await Task.Delay(10); }
                await {|#1:foreach|} (var e in events.Reader.ReadAllAsync()) { }
                """),
            Expected(),
            Expected(location: 1))
            .WithEditorConfig("dotnet_diagnostic.PG3005.infinite_loops_only = true")
            .RunAsync();

    [Theory]
    [InlineData("false")]
    [InlineData("maybe")]
    public async Task InfiniteLoopsOnly_FalseOrInvalid_ReportsLoopsThatAwait(string value) =>
        await Test(WatchUsers("var sent = 0; {|#0:while|} (sent < 100) { await Task.Delay(10); sent++; }"), Expected())
            .WithEditorConfig("dotnet_diagnostic.PG3005.infinite_loops_only = " + value)
            .RunAsync();

    [Theory]
    [InlineData("{|#0:while|} (true) { await Task.Delay(; }")]
    [InlineData("{|#0:for|} (;;) { await unknown; }")]
    [InlineData("await {|#0:foreach|} (var x in ) { }")]
    public async Task DoesNotThrow_OnCodeThatDoesNotCompile(string body)
    {
        var test = Test(WatchUsers(body), Expected());
        test.CompilerDiagnostics = CompilerDiagnostics.None;
        await test.RunAsync();
    }

    [Fact]
    public async Task DoesNotReport_InGeneratedCode() =>
        await VerifyAsync("// <auto-generated/>\n" + WatchUsers("while (true) { await Task.Delay(5000); }"));
}
