using Microsoft.CodeAnalysis.Testing;
using ProtoGuard.Analyzers.CSharp;
using ProtoGuard.Tests.Infrastructure;

namespace ProtoGuard.Analyzers.Tests.CSharp;

/// <summary>
/// PG3001's options for findings that real solutions disputed: process-lifetime streams (a health <c>Watch</c>), calls
/// bounded by a timeout token, and test projects. Each: the default, and the option turned the other way.
/// </summary>
public sealed class PG3001DebatableFindingsOptionsTests
{
    private static DiagnosticResult Expected(string method) =>
        GrpcAnalyzerTest<PG3001ClientCallWithoutDeadline>.Diagnostic().WithLocation(0).WithArguments(method);

    private static string Caller(string body) => $$"""
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Greet;
        using Grpc.Core;
        using Users.V1;

        class Caller
        {
            private readonly CancellationTokenSource shutdown = new CancellationTokenSource(TimeSpan.FromMinutes(1));

            async Task Run(Greeter.GreeterClient client, UserService.UserServiceClient users, HelloRequest request, CancellationToken ct)
            {
                {{body}}
                await Task.CompletedTask;
            }
        }
        """;

    private static GrpcAnalyzerTest<PG3001ClientCallWithoutDeadline> Test(string body, params DiagnosticResult[] expected)
    {
        var test = new GrpcAnalyzerTest<PG3001ClientCallWithoutDeadline>(Caller(body), expected);
        UserServiceTestSources.AddTo(test.TestState);
        return test;
    }

    [Fact]
    public async Task Watch_streams_are_long_lived_by_default() =>
        await Test("using var events = users.WatchUsers(new GetUserRequest(), cancellationToken: ct);").RunAsync();

    [Fact]
    public async Task Long_lived_streams_none_reports_them() =>
        await Test("using var events = users.{|#0:WatchUsers|}(new GetUserRequest(), cancellationToken: ct);", Expected("UserServiceClient.WatchUsers"))
            .WithEditorConfig("dotnet_diagnostic.PG3001.long_lived_streams = none")
            .RunAsync();

    [Fact]
    public async Task Long_lived_streams_names_the_methods() =>
        await Test("using var replies = client.SayHellos(request); using var events = users.{|#0:WatchUsers|}(new GetUserRequest());", Expected("UserServiceClient.WatchUsers"))
            .WithEditorConfig("dotnet_diagnostic.PG3001.long_lived_streams = SayHell*")
            .RunAsync();

    /// <summary>Only server and duplex streams stay open by themselves; a unary or client-streaming call is not exempted by its name.</summary>
    [Fact]
    public async Task Long_lived_streams_apply_to_server_and_duplex_streams_only() =>
        await Test("await client.{|#0:SayHelloAsync|}(request);", Expected("GreeterClient.SayHelloAsync"))
            .WithEditorConfig("dotnet_diagnostic.PG3001.long_lived_streams = Say*")
            .RunAsync();

    public static TheoryData<string> BoundedByTimeoutToken { get; } = new()
    {
        "using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5)); await client.{|#0:SayHelloAsync|}(request, cancellationToken: cts.Token);",
        "using var cts = new CancellationTokenSource(5000); await client.{|#0:SayHelloAsync|}(request, null, null, cts.Token);",
        "var cts = new CancellationTokenSource(); cts.CancelAfter(5000); await client.{|#0:SayHelloAsync|}(request, cancellationToken: cts.Token);",
        "using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct); cts.CancelAfter(TimeSpan.FromSeconds(5)); var token = cts.Token; await client.{|#0:SayHelloAsync|}(request, new CallOptions(cancellationToken: token));",
        "using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5)); await client.{|#0:SayHelloAsync|}(request, new CallOptions().WithCancellationToken(cts.Token));",
        "await client.{|#0:SayHelloAsync|}(request, cancellationToken: shutdown.Token);",
    };

    [Theory]
    [MemberData(nameof(BoundedByTimeoutToken))]
    public async Task A_timeout_token_counts_as_a_deadline_by_default(string body) =>
        await Test(body.Replace("{|#0:", "").Replace("|}", "")).RunAsync();

    [Theory]
    [MemberData(nameof(BoundedByTimeoutToken))]
    public async Task Timeout_token_counts_as_deadline_false_reports_them(string body) =>
        await Test(body, Expected("GreeterClient.SayHelloAsync"))
            .WithEditorConfig("dotnet_diagnostic.PG3001.timeout_token_counts_as_deadline = false")
            .RunAsync();

    [Theory]
    [InlineData("var cts = new CancellationTokenSource(); await client.{|#0:SayHelloAsync|}(request, cancellationToken: cts.Token);")]
    [InlineData("using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct); await client.{|#0:SayHelloAsync|}(request, cancellationToken: cts.Token);")]
    [InlineData("using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5)); await client.{|#0:SayHelloAsync|}(request, cancellationToken: ct);")]
    public async Task A_token_without_a_timeout_does_not_count(string body) =>
        await Test(body, Expected("GreeterClient.SayHelloAsync")).RunAsync();

    private const string TestCall = "await client.{|#0:SayHelloAsync|}(request);";

    [Fact]
    public async Task Test_projects_marked_IsTestProject_are_not_reported_by_default()
    {
        var test = Test(TestCall.Replace("{|#0:", "").Replace("|}", ""));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.IsTestProject = true\n"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Projects_referencing_a_test_framework_are_test_projects()
    {
        var test = Test(TestCall.Replace("{|#0:", "").Replace("|}", ""));
        test.TestState.AdditionalReferences.Add(typeof(FactAttribute).Assembly);
        await test.RunAsync();
    }

    [Fact]
    public async Task IsTestProject_false_wins_over_a_test_framework_reference()
    {
        var test = Test(TestCall, Expected("GreeterClient.SayHelloAsync"));
        test.TestState.AdditionalReferences.Add(typeof(FactAttribute).Assembly);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.IsTestProject = false\n"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Report_in_test_projects_true_reports_them()
    {
        var test = Test(TestCall, Expected("GreeterClient.SayHelloAsync")).WithEditorConfig("dotnet_diagnostic.PG3001.report_in_test_projects = true");
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.IsTestProject = true\n"));
        await test.RunAsync();
    }
}
