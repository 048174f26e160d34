using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using ProtoGuard.Analyzers.CSharp;
using ProtoGuard.Tests.Infrastructure;

namespace ProtoGuard.Analyzers.Tests.CSharp;

/// <summary>
/// No C# rule reports inside a lambda converted to an expression tree (a Moq setup, an IQueryable predicate): that code
/// never runs, it describes a shape. Each case is the rule's own finding, written once as a <c>Func</c> (the rule fires:
/// the case is a real finding) and once as an <c>Expression&lt;Func&gt;</c> (silent).
/// </summary>
public sealed class ExpressionTreeTests
{
    private static string Source(string handlerLambda, string plainLambda) => $$"""
        using System;
        using System.Linq.Expressions;
        using System.Threading;
        using System.Threading.Tasks;
        using Google.Protobuf.WellKnownTypes;
        using Greet;
        using Grpc.Core;
        using Grpc.Net.Client;

        class GreeterService : Greeter.GreeterBase
        {
            public override Task<HelloReply> SayHello(HelloRequest request, ServerCallContext context)
            {
                {{handlerLambda}}
                return Task.FromResult(new HelloReply());
            }
        }

        static class Plain
        {
            public static void Run()
            {
                {{plainLambda}}
            }
        }
        """;

    /// <summary>Rule id, delegate type, lambda with the finding marked, and whether it sits in a handler.</summary>
    public static TheoryData<string, string, string, bool> Cases { get; } = new()
    {
        { "PG3001", "Func<Greeter.GreeterClient, HelloRequest, AsyncUnaryCall<HelloReply>>", "(c, r) => c.[|SayHelloAsync|](r, null, null, CancellationToken.None)", false },
        { "PG3002", "Func<Greeter.GreeterClient, HelloRequest, AsyncUnaryCall<HelloReply>>", "(c, r) => c.SayHelloAsync(r, null, [|DateTime.Now|], CancellationToken.None)", false },
        { "PG3003", "Func<Greeter.GreeterClient, AsyncUnaryCall<HelloReply>>", "c => c.[|SayHelloAsync|](request, null, null, CancellationToken.None)", true },
        { "PG3004", "Func<Task>", "() => Task.[|Delay|](10)", true },
        { "PG3007", "Func<GrpcChannelOptions>", "() => new GrpcChannelOptions { [|MaxReceiveMessageSize = null|] }", false },
        { "PG3010", "Func<Greeter.GreeterClient, HelloReply>", "c => [|c.SayHelloAsync(new HelloRequest(), null, DateTime.UtcNow, CancellationToken.None).ResponseAsync.Result|]", false },
        { "PG3012", "Func<HelloRequest, bool>", "r => [|r.Name != null|]", false },
        { "PG3017", "Func<FieldMask, bool>", "m => [|m.ToString()|].Contains(\"name\")", false },
        { "PG3018", "Func<FieldMask>", "() => FieldMask.FromString<HelloRequest>([|\"nmae\"|])", false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Reports_in_a_delegate(string rule, string delegateType, string lambda, bool inHandler) =>
        await RunAsync(rule, Case($"{delegateType} f = {lambda};", inHandler));

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Is_silent_in_an_expression_tree(string rule, string delegateType, string lambda, bool inHandler) =>
        await RunAsync(rule, Case($"Expression<{delegateType}> e = {lambda.Replace("[|", "").Replace("|]", "")};", inHandler));

    /// <summary>
    /// The reported third-party shape, with the real Moq: a setup that matches any request and no token. A deadline
    /// here would change what the setup matches, and the setup never makes a call.
    /// </summary>
    [Fact]
    public async Task Moq_setup_of_a_client_method_is_not_a_call()
    {
        const string source = """
            using System.Threading;
            using Greet;
            using Grpc.Core;
            using Moq;

            static class GreeterClientTests
            {
                public static void Setup()
                {
                    var mock = new Mock<Greeter.GreeterClient>();
                    mock.Setup(m => m.SayHelloAsync(It.IsAny<HelloRequest>(), null, null, CancellationToken.None))
                        .Returns(new AsyncUnaryCall<HelloReply>(
                            System.Threading.Tasks.Task.FromResult(new HelloReply()),
                            System.Threading.Tasks.Task.FromResult(new Metadata()),
                            () => Status.DefaultSuccess,
                            () => new Metadata(),
                            () => { }));
                    mock.Verify(m => m.SayHello(It.IsAny<HelloRequest>(), null, null, default), Times.Never());
                    mock.Object.{|#0:SayHello|}(new HelloRequest());
                }
            }
            """;

        var test = new GrpcAnalyzerTest<PG3001ClientCallWithoutDeadline>(
            source,
            GrpcAnalyzerTest<PG3001ClientCallWithoutDeadline>.Diagnostic().WithLocation(0).WithArguments("GreeterClient.SayHello"));
        test.TestState.AdditionalReferences.Add(typeof(Moq.Mock).Assembly);
        test.TestState.AdditionalReferences.Add(typeof(Castle.DynamicProxy.IInterceptor).Assembly);
        await test.RunAsync();
    }

    /// <summary>The check is shared, not repeated: no C# rule registers an operation action that bypasses it.</summary>
    [Fact]
    public void Every_CSharp_rule_registers_its_operation_actions_through_the_shared_check()
    {
        var rules = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "src", "ProtoGuard.Analyzers", "CSharp"), "PG3*.cs");
        Assert.NotEmpty(rules);
        var bypassing = rules.Where(file => File.ReadAllText(file).Contains(".RegisterOperationAction(", StringComparison.Ordinal)).Select(Path.GetFileName);
        Assert.Empty(bypassing);
    }

    private static string Case(string statement, bool inHandler) =>
        inHandler ? Source(statement, "") : Source("", statement);

    private static Task RunAsync(string rule, string source) => rule switch
    {
        "PG3001" => RunAsync<PG3001ClientCallWithoutDeadline>(source),
        "PG3002" => RunAsync<PG3002DeadlineNotUtc>(source),
        "PG3003" => RunAsync<PG3003HandlerCallWithoutPropagation>(source),
        "PG3004" => RunAsync<PG3004HandlerCallWithoutCancellation>(source),
        "PG3007" => RunAsync<PG3007UnboundedMessageSize>(source),
        "PG3010" => RunAsync<PG3010BlockingGrpcCall>(source),
        "PG3012" => RunAsync<PG3012NeverNullFieldComparedToNull>(source),
        "PG3017" => RunAsync<PG3017FieldMaskToStringAsPaths>(source),
        "PG3018" => RunAsync<PG3018FieldMaskUnknownPath>(source),
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
    };

    private static Task RunAsync<TAnalyzer>(string source)
        where TAnalyzer : DiagnosticAnalyzer, new() =>
        new GrpcAnalyzerTest<TAnalyzer>(source).RunAsync();
}
