using Microsoft.CodeAnalysis.Testing;
using ProtoGuard.Analyzers.CSharp;
using ProtoGuard.Tests.Infrastructure;

namespace ProtoGuard.Analyzers.Tests.CSharp;

/// <summary>
/// <c>Task.Run(work)</c> / <c>Task.Factory.StartNew(work)</c> in a handler: the token overload only keeps the work item
/// from starting, it does not reach the work. Not reported by default; <c>dotnet_diagnostic.PG3004.report_task_run</c>.
/// </summary>
public sealed class PG3004TaskRunOptionTests
{
    private static string Handler(string body) => $$"""
        using System.Threading;
        using System.Threading.Tasks;
        using Greet;
        using Grpc.Core;

        class GreeterService : Greeter.GreeterBase
        {
            public override async Task<HelloReply> SayHello(HelloRequest request, ServerCallContext context)
            {
                {{body}}
                return new HelloReply();
            }

            static int Work() => 42;
        }
        """;

    public static TheoryData<string, string> StartingWork { get; } = new()
    {
        { "await Task.{|#0:Run|}(() => Work());", "Task.Run" },
        { "await Task.{|#0:Run|}(async () => { await Task.Yield(); });", "Task.Run" },
        { "await Task.Factory.{|#0:StartNew|}(() => Work());", "TaskFactory.StartNew" },
    };

    [Theory]
    [MemberData(nameof(StartingWork))]
    public async Task Is_not_reported_by_default(string call, string method)
    {
        _ = method;
        await new GrpcAnalyzerTest<PG3004HandlerCallWithoutCancellation>(Handler(call)).RunAsync();
    }

    [Theory]
    [MemberData(nameof(StartingWork))]
    public async Task Is_reported_when_report_task_run_is_true(string call, string method) =>
        await new GrpcAnalyzerTest<PG3004HandlerCallWithoutCancellation>(
            Handler(call),
            GrpcAnalyzerTest<PG3004HandlerCallWithoutCancellation>.Diagnostic().WithLocation(0).WithArguments(method, "context"))
            .WithEditorConfig("dotnet_diagnostic.PG3004.report_task_run = true")
            .RunAsync();

    [Fact]
    public async Task Calls_inside_the_work_are_still_reported() =>
        await new GrpcAnalyzerTest<PG3004HandlerCallWithoutCancellation>(
            Handler("await Task.Run(async () => await Task.{|#0:Delay|}(10));"),
            GrpcAnalyzerTest<PG3004HandlerCallWithoutCancellation>.Diagnostic().WithLocation(0).WithArguments("Task.Delay", "context"))
            .RunAsync();
}
