using Microsoft.CodeAnalysis.Testing;
using ProtoGuard.Analyzers.CSharp;
using ProtoGuard.Tests.Infrastructure;

namespace ProtoGuard.Analyzers.Tests.CSharp;

/// <summary>
/// PG3003 (and PG3001) stay silent in handlers for clients the gRPC client factory propagates the server call's context
/// to: grpc-dotnet's <c>AddGrpcClient&lt;T&gt;(…).EnableCallContextPropagation()</c> and the shapes real solutions wrap it
/// in, compiled against the real Grpc.Net.ClientFactory and Grpc.AspNetCore.Server.ClientFactory.
/// </summary>
public sealed class PG3003ClientFactoryPropagationTests
{
    private static string Source(string registration) => $$"""
        using System;
        using System.Threading.Tasks;
        using Greet;
        using Grpc.AspNetCore.Server;
        using Grpc.Core;
        using Grpc.Core.Interceptors;
        using Microsoft.AspNetCore.Http;
        using Microsoft.Extensions.DependencyInjection;

        class FrontendService(Greeter.GreeterClient downstream) : Greeter.GreeterBase
        {
            public override async Task<HelloReply> SayHello(HelloRequest request, ServerCallContext context)
            {
                return await downstream.{|#0:SayHelloAsync|}(request);
            }
        }

        static class Startup
        {
            public static void ConfigureServices(IServiceCollection services)
            {
                {{registration}}
            }
        }

        static class ClientRegistrationExtensions
        {
            public static IHttpClientBuilder AddCallContextPropagation(this IHttpClientBuilder builder) => builder.EnableCallContextPropagation();

            public static IHttpClientBuilder AddDownstream<TClient>(this IServiceCollection services)
                where TClient : class =>
                services.AddGrpcClient<TClient>(o => o.Address = new Uri("http://downstream")).EnableCallContextPropagation();

            public static IHttpClientBuilder AddPlainClient<TClient>(this IServiceCollection services)
                where TClient : class =>
                services.AddGrpcClient<TClient>(o => o.Address = new Uri("http://downstream"));
        }

        /// <summary>The hand-written equivalent of grpc-dotnet's internal ContextPropagationInterceptor.</summary>
        sealed class ServerContextInterceptor(IHttpContextAccessor accessor) : Interceptor
        {
            public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(TRequest request, ClientInterceptorContext<TRequest, TResponse> context, AsyncUnaryCallContinuation<TRequest, TResponse> continuation)
            {
                var server = accessor.HttpContext?.Features.Get<IServerCallContextFeature>()?.ServerCallContext;
                var options = server is null ? context.Options : context.Options.WithDeadline(server.Deadline).WithCancellationToken(server.CancellationToken);
                return continuation(request, new ClientInterceptorContext<TRequest, TResponse>(context.Method, context.Host, options));
            }
        }

        sealed class LoggingInterceptor : Interceptor
        {
        }
        """;

    public static TheoryData<string> PropagatingRegistrations { get; } = new()
    {
        "services.AddGrpcClient<Greeter.GreeterClient>(o => o.Address = new Uri(\"http://downstream\")).EnableCallContextPropagation();",
        "services.AddGrpcClient<Greeter.GreeterClient>().EnableCallContextPropagation(o => { });",
        "services.AddGrpcClient<Greeter.GreeterClient>().ConfigureChannel(c => c.MaxReceiveMessageSize = 1024).EnableCallContextPropagation();",
        "GrpcServerHttpClientBuilderExtensions.EnableCallContextPropagation(GrpcClientServiceExtensions.AddGrpcClient<Greeter.GreeterClient>(services));",
        "var builder = services.AddGrpcClient<Greeter.GreeterClient>(); builder.ConfigureChannel(c => { }); builder.EnableCallContextPropagation();",
        "services.AddGrpcClient<Greeter.GreeterClient>().AddCallContextPropagation();",
        "services.AddDownstream<Greeter.GreeterClient>();",
        "services.AddPlainClient<Greeter.GreeterClient>().EnableCallContextPropagation();",
        "services.AddGrpcClient<Greeter.GreeterClient>().AddInterceptor<ServerContextInterceptor>();",
        "services.AddGrpcClient<Greeter.GreeterClient>().AddInterceptor(sp => new ServerContextInterceptor(sp.GetRequiredService<IHttpContextAccessor>()));",
        "services.AddGrpcClient<Greeter.GreeterClient>().AddInterceptor(sp => sp.GetRequiredService<ServerContextInterceptor>());",
    };

    public static TheoryData<string> NonPropagatingRegistrations { get; } = new()
    {
        "services.AddGrpcClient<Greeter.GreeterClient>(o => o.Address = new Uri(\"http://downstream\"));",
        "services.AddGrpcClient<Greeter.GreeterClient>().AddInterceptor<LoggingInterceptor>();",
        "services.AddPlainClient<Greeter.GreeterClient>();",
        "var builder = services.AddGrpcClient<Greeter.GreeterClient>(); builder.ConfigureChannel(c => { });",
    };

    [Theory]
    [MemberData(nameof(PropagatingRegistrations))]
    public async Task PG3003_is_silent_for_a_client_registered_with_propagation(string registration) =>
        await new GrpcAnalyzerTest<PG3003HandlerCallWithoutPropagation>(Source(registration)).WithClientFactory().RunAsync();

    [Theory]
    [MemberData(nameof(PropagatingRegistrations))]
    public async Task PG3001_is_silent_in_handlers_for_a_client_registered_with_propagation(string registration) =>
        await new GrpcAnalyzerTest<PG3001ClientCallWithoutDeadline>(Source(registration)).WithClientFactory().RunAsync();

    [Theory]
    [MemberData(nameof(NonPropagatingRegistrations))]
    public async Task PG3003_reports_a_client_registered_without_propagation(string registration) =>
        await new GrpcAnalyzerTest<PG3003HandlerCallWithoutPropagation>(
            Source(registration),
            GrpcAnalyzerTest<PG3003HandlerCallWithoutPropagation>.Diagnostic().WithLocation(0).WithArguments("GreeterClient.SayHelloAsync", "context"))
            .WithClientFactory()
            .RunAsync();

    /// <summary>Propagation needs a server call: the same client used outside a handler still needs a deadline of its own.</summary>
    [Fact]
    public async Task PG3001_still_reports_the_propagated_client_outside_handlers()
    {
        var source = Source("services.AddGrpcClient<Greeter.GreeterClient>().EnableCallContextPropagation();") + """

            class Worker(Greeter.GreeterClient client)
            {
                public Task Run() => client.{|#1:SayHelloAsync|}(new HelloRequest()).ResponseAsync;
            }
            """;
        await new GrpcAnalyzerTest<PG3001ClientCallWithoutDeadline>(
            source,
            GrpcAnalyzerTest<PG3001ClientCallWithoutDeadline>.Diagnostic().WithLocation(1).WithArguments("GreeterClient.SayHelloAsync"))
            .WithClientFactory()
            .RunAsync();
    }
}
