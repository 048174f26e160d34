using Microsoft.CodeAnalysis.Testing;
using ProtoGuard.Analyzers.CSharp;
using ProtoGuard.Tests.Infrastructure;

namespace ProtoGuard.Analyzers.Tests.CSharp;

public sealed class PG3001ClientCallWithoutDeadlineTests
{
    private static DiagnosticResult Expected(string method) =>
        GrpcAnalyzerTest<PG3001ClientCallWithoutDeadline>.Diagnostic().WithLocation(0).WithArguments(method);

    /// <summary>A caller with a client, a request, headers, a token and CallOptions in scope; <paramref name="body"/> is a method body.</summary>
    private static string Caller(string body) => $$"""
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Greet;
        using Grpc.Core;

        class Caller
        {
            private readonly CallOptions fieldOptions = new CallOptions(deadline: DateTime.UtcNow.AddSeconds(5));

            async Task Run(Greeter.GreeterClient client, HelloRequest request, Metadata headers, CancellationToken ct, CallOptions options, DateTime? maybeDeadline, ServerCallContext context)
            {
                {{body}}
                await Task.CompletedTask;
            }

            static CallOptions CreateOptions() => new CallOptions(deadline: DateTime.UtcNow.AddSeconds(5));
        }
        """;

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        new GrpcAnalyzerTest<PG3001ClientCallWithoutDeadline>(source, expected).RunAsync();

    [Theory]
    [InlineData("client.{|#0:SayHello|}(request);", "GreeterClient.SayHello")]
    [InlineData("await client.{|#0:SayHelloAsync|}(request);", "GreeterClient.SayHelloAsync")]
    [InlineData("using var call = client.{|#0:SayHellos|}(request);", "GreeterClient.SayHellos")]
    [InlineData("using var call = client.{|#0:CollectHellos|}();", "GreeterClient.CollectHellos")]
    [InlineData("using var call = client.{|#0:Chat|}();", "GreeterClient.Chat")]
    public async Task Reports_EveryMethodKind_WithoutArguments(string call, string method) =>
        await VerifyAsync(Caller(call), Expected(method));

    [Theory]
    [InlineData("await client.{|#0:SayHelloAsync|}(request, headers);")]
    [InlineData("await client.{|#0:SayHelloAsync|}(request, cancellationToken: ct);")]
    [InlineData("await client.{|#0:SayHelloAsync|}(request, headers, cancellationToken: ct);")]
    [InlineData("await client.{|#0:SayHelloAsync|}(request, deadline: null);")]
    [InlineData("await client.{|#0:SayHelloAsync|}(request, deadline: default);")]
    [InlineData("await client.{|#0:SayHelloAsync|}(request, deadline: default(DateTime?));")]
    [InlineData("await client.{|#0:SayHelloAsync|}(request, deadline: (DateTime?)null);")]
    [InlineData("await client.{|#0:SayHelloAsync|}(request, null, null, ct);")]
    [InlineData("await client?.{|#0:SayHelloAsync|}(request);")]
    public async Task Reports_HeadersOverload_WithoutDeadline(string call) =>
        await VerifyAsync(Caller(call), Expected("GreeterClient.SayHelloAsync"));

    [Theory]
    [InlineData("await client.{|#0:SayHelloAsync|}(request, new CallOptions());")]
    [InlineData("await client.{|#0:SayHelloAsync|}(request, new CallOptions(headers));")]
    [InlineData("await client.{|#0:SayHelloAsync|}(request, new CallOptions(cancellationToken: ct));")]
    [InlineData("await client.{|#0:SayHelloAsync|}(request, new CallOptions(headers, null, ct));")]
    [InlineData("await client.{|#0:SayHelloAsync|}(request, new CallOptions(deadline: null));")]
    [InlineData("await client.{|#0:SayHelloAsync|}(request, new());")]
    [InlineData("await client.{|#0:SayHelloAsync|}(request, new(headers));")]
    [InlineData("await client.{|#0:SayHelloAsync|}(request, default(CallOptions));")]
    [InlineData("await client.{|#0:SayHelloAsync|}(request, default);")]
    [InlineData("await client.{|#0:SayHelloAsync|}(request, new CallOptions().WithCancellationToken(ct));")]
    [InlineData("await client.{|#0:SayHelloAsync|}(request, new CallOptions(headers).WithWaitForReady().WithHeaders(headers));")]
    [InlineData("await client.{|#0:SayHelloAsync|}(request, new CallOptions(propagationToken: null));")]
    public async Task Reports_CallOptionsOverload_WithVisiblyNoDeadline(string call) =>
        await VerifyAsync(Caller(call), Expected("GreeterClient.SayHelloAsync"));

    [Theory]
    [InlineData("using var call = client.{|#0:SayHellos|}(request, new CallOptions(headers));", "GreeterClient.SayHellos")]
    [InlineData("using var call = client.{|#0:CollectHellos|}(new CallOptions());", "GreeterClient.CollectHellos")]
    [InlineData("using var call = client.{|#0:Chat|}(headers, null, ct);", "GreeterClient.Chat")]
    public async Task Reports_StreamingCalls(string call, string method) =>
        await VerifyAsync(Caller(call), Expected(method));

    [Fact]
    public async Task Reports_CallsThroughASubclassOfTheGeneratedClient() =>
        await VerifyAsync("""
            using Greet;
            using Grpc.Core;

            class RetryingGreeterClient : Greeter.GreeterClient
            {
                public RetryingGreeterClient(CallInvoker invoker) : base(invoker) { }

                public HelloReply Greet(string name) => {|#0:SayHello|}(new HelloRequest { Name = name });
            }
            """,
            Expected("GreeterClient.SayHello"));

    [Theory]
    [InlineData("await client.SayHelloAsync(request, deadline: DateTime.UtcNow.AddSeconds(5));")]
    [InlineData("await client.SayHelloAsync(request, headers, DateTime.UtcNow.AddSeconds(5), ct);")]
    [InlineData("await client.SayHelloAsync(request, cancellationToken: ct, deadline: DateTime.UtcNow.AddSeconds(5));")]
    [InlineData("await client.SayHelloAsync(request, deadline: maybeDeadline);")]
    [InlineData("await client.SayHelloAsync(request, deadline: DateTime.MaxValue);")]
    [InlineData("using var call = client.Chat(deadline: DateTime.UtcNow.AddMinutes(5));")]
    [InlineData("using var call = client.CollectHellos(deadline: DateTime.UtcNow.AddMinutes(5));")]
    public async Task DoesNotReport_WhenADeadlineArgumentIsPassed(string call) =>
        await VerifyAsync(Caller(call));

    [Theory]
    [InlineData("await client.SayHelloAsync(request, options);")]
    [InlineData("await client.SayHelloAsync(request, fieldOptions);")]
    [InlineData("await client.SayHelloAsync(request, CreateOptions());")]
    [InlineData("var local = new CallOptions(); await client.SayHelloAsync(request, local);")]
    [InlineData("await client.SayHelloAsync(request, options.WithCancellationToken(ct));")]
    [InlineData("await client.SayHelloAsync(request, new CallOptions(deadline: DateTime.UtcNow.AddSeconds(5)));")]
    [InlineData("await client.SayHelloAsync(request, new CallOptions(headers, DateTime.UtcNow.AddSeconds(5)));")]
    [InlineData("await client.SayHelloAsync(request, new CallOptions(deadline: maybeDeadline));")]
    [InlineData("await client.SayHelloAsync(request, new CallOptions().WithDeadline(DateTime.UtcNow.AddSeconds(5)));")]
    [InlineData("await client.SayHelloAsync(request, new CallOptions(headers).WithDeadline(DateTime.UtcNow.AddSeconds(5)).WithCancellationToken(ct));")]
    [InlineData("await client.SayHelloAsync(request, new CallOptions(propagationToken: context.CreatePropagationToken()));")]
    [InlineData("await client.SayHelloAsync(request, new CallOptions().WithPropagationToken(context.CreatePropagationToken()));")]
    public async Task DoesNotReport_WhenCallOptionsMayCarryADeadline(string call) =>
        await VerifyAsync(Caller(call));

    [Fact]
    public async Task DoesNotReport_MethodsWithTheSameShapeOnATypeThatIsNotAGrpcClient() =>
        await VerifyAsync("""
            using System;
            using System.Threading;
            using Greet;
            using Grpc.Core;

            class FakeGreeterClient
            {
                public HelloReply SayHello(HelloRequest request, Metadata headers = null, DateTime? deadline = null, CancellationToken cancellationToken = default) => new HelloReply();
                public HelloReply SayHello(HelloRequest request, CallOptions options) => new HelloReply();
            }

            class Caller
            {
                void Run(FakeGreeterClient client, HelloRequest request)
                {
                    client.SayHello(request);
                    client.SayHello(request, new CallOptions());
                }
            }
            """);

    [Theory]
    [InlineData("client.SayHello(request, deadline: );")]
    [InlineData("client.SayHello(request, new CallOptions(deadline: ));")]
    [InlineData("client.SayHello(request, options: );")]
    [InlineData("client.SayHello(unknown);")]
    [InlineData("client.SayHello(request, headers, ct);")]
    public async Task DoesNotThrow_OnCodeThatDoesNotCompile(string call)
    {
        // An analyzer exception would surface as an unexpected AD0001 diagnostic.
        var test = new GrpcAnalyzerTest<PG3001ClientCallWithoutDeadline>(Caller(call)) { CompilerDiagnostics = CompilerDiagnostics.None };
        await test.RunAsync();
    }

    [Fact]
    public async Task DoesNotReport_ClientBaseMembersThatAreNotRpcs() =>
        await VerifyAsync(Caller("var other = client.WithHost(\"example.org\");"));

    [Theory]
    [InlineData("// <auto-generated/>\n")]
    [InlineData("// <auto-generated>\n//     Generated by a tool.\n// </auto-generated>\n")]
    public async Task DoesNotReport_InGeneratedCode(string header) =>
        await VerifyAsync(header + Caller("client.SayHello(request); await client.SayHelloAsync(request, new CallOptions());"));

    [Fact]
    public async Task DoesNotReport_InFilesNamedAsGenerated()
    {
        var test = new GrpcAnalyzerTest<PG3001ClientCallWithoutDeadline>(Caller("client.{|#0:SayHello|}(request);"), Expected("GreeterClient.SayHello"));
        test.TestState.Sources.Add(("/0/Caller.g.cs", Caller("client.SayHello(request);").Replace("class Caller", "class GeneratedCaller", StringComparison.Ordinal)));
        await test.RunAsync();
    }

    [Fact]
    public async Task ExemptStreaming_True_SkipsStreamingCallsButNotUnaryCalls() =>
        await new GrpcAnalyzerTest<PG3001ClientCallWithoutDeadline>(
            Caller("""
                using var serverStream = client.SayHellos(request);
                using var clientStream = client.CollectHellos(new CallOptions(headers));
                using var duplex = client.Chat(headers, null, ct);
                await client.{|#0:SayHelloAsync|}(request);
                """),
            Expected("GreeterClient.SayHelloAsync"))
            .WithEditorConfig("dotnet_diagnostic.PG3001.exempt_streaming = true")
            .RunAsync();

    [Theory]
    [InlineData("false")]
    [InlineData("yes")]
    public async Task ExemptStreaming_FalseOrInvalid_ReportsStreamingCalls(string value) =>
        await new GrpcAnalyzerTest<PG3001ClientCallWithoutDeadline>(
            Caller("""
                using var serverStream = client.{|#0:SayHellos|}(request);
                using var duplex = client.{|#1:Chat|}();
                """),
            Expected("GreeterClient.SayHellos"),
            GrpcAnalyzerTest<PG3001ClientCallWithoutDeadline>.Diagnostic().WithLocation(1).WithArguments("GreeterClient.Chat"))
            .WithEditorConfig("dotnet_diagnostic.PG3001.exempt_streaming = " + value)
            .RunAsync();

    [Theory]
    [InlineData("Greet.Greeter.GreeterClient")]
    [InlineData("Greet.Greeter+GreeterClient")]
    [InlineData("global::Greet.Greeter.GreeterClient")]
    [InlineData("Other.FooClient, Greet.Greeter.GreeterClient ,Other.BarClient")]
    public async Task ExemptClients_SkipsCallsOnListedClients(string value) =>
        await new GrpcAnalyzerTest<PG3001ClientCallWithoutDeadline>(Caller("client.SayHello(request); using var call = client.Chat();"))
            .WithEditorConfig("dotnet_diagnostic.PG3001.exempt_clients = " + value)
            .RunAsync();

    [Theory]
    [InlineData("GreeterClient")]
    [InlineData("Greet.Greeter")]
    [InlineData("Other.GreeterClient")]
    public async Task ExemptClients_ReportsCallsOnClientsNotListed(string value) =>
        await new GrpcAnalyzerTest<PG3001ClientCallWithoutDeadline>(Caller("client.{|#0:SayHello|}(request);"), Expected("GreeterClient.SayHello"))
            .WithEditorConfig("dotnet_diagnostic.PG3001.exempt_clients = " + value)
            .RunAsync();

    [Fact]
    public async Task ExemptClients_MatchesTheReceiverTypeOfASubclass() =>
        await new GrpcAnalyzerTest<PG3001ClientCallWithoutDeadline>("""
            using Greet;
            using Grpc.Core;

            namespace App
            {
                class InterceptedGreeterClient : Greeter.GreeterClient
                {
                    public InterceptedGreeterClient(CallInvoker invoker) : base(invoker) { }
                }

                class Caller
                {
                    void Run(InterceptedGreeterClient intercepted, Greeter.GreeterClient plain, HelloRequest request)
                    {
                        intercepted.SayHello(request);
                        plain.{|#0:SayHello|}(request);
                    }
                }
            }
            """,
            Expected("GreeterClient.SayHello"))
            .WithEditorConfig("dotnet_diagnostic.PG3001.exempt_clients = App.InterceptedGreeterClient")
            .RunAsync();

    [Fact]
    public async Task Options_ApplyOnlyToTheFilesTheirSectionMatches()
    {
        var test = new GrpcAnalyzerTest<PG3001ClientCallWithoutDeadline>(Caller("client.{|#0:SayHello|}(request);"), Expected("GreeterClient.SayHello"));
        test.TestState.Sources.Add(("/0/Exempted.cs", Caller("client.SayHello(request);").Replace("class Caller", "class ExemptedCaller", StringComparison.Ordinal)));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true

            [Exempted.cs]
            dotnet_diagnostic.PG3001.exempt_clients = Greet.Greeter.GreeterClient
            """));
        await test.RunAsync();
    }
}
