using Microsoft.CodeAnalysis.Testing;
using ProtoGuard.Analyzers.CSharp;
using ProtoGuard.Tests.Infrastructure;

namespace ProtoGuard.Analyzers.Tests.CSharp;

public sealed class PG3011ChannelPerCallTests
{
    /// <summary>
    /// The ASP.NET Core MVC and routing types the rule recognizes, with their real names and shapes (the tests do not
    /// reference the ASP.NET Core shared framework).
    /// </summary>
    private const string AspNetCoreStubs = """
        namespace Microsoft.AspNetCore.Mvc
        {
            public abstract class ControllerBase { }
            [System.AttributeUsage(System.AttributeTargets.Class | System.AttributeTargets.Assembly, Inherited = true)]
            public sealed class ApiControllerAttribute : System.Attribute { }
            [System.AttributeUsage(System.AttributeTargets.Method)]
            public sealed class NonActionAttribute : System.Attribute { }
        }

        namespace Microsoft.AspNetCore.Routing
        {
            public interface IEndpointRouteBuilder { }
        }

        namespace Microsoft.AspNetCore.Builder
        {
            public sealed class RouteHandlerBuilder { }

            public static class EndpointRouteBuilderExtensions
            {
                public static RouteHandlerBuilder MapGet(this Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints, string pattern, System.Delegate handler) => new RouteHandlerBuilder();
                public static RouteHandlerBuilder MapPost(this Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints, string pattern, System.Delegate handler) => new RouteHandlerBuilder();
            }
        }
        """;

    private static string Caller(string body) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Greet;
        using Grpc.Net.Client;

        class Caller
        {
            async Task Run(IEnumerable<string> addresses, string address)
            {
                {{body}}
                await Task.CompletedTask;
            }
        }
        """;

    private static DiagnosticResult Expected(string repetition) =>
        GrpcAnalyzerTest<PG3011ChannelPerCall>.Diagnostic().WithLocation(0).WithArguments("ForAddress", repetition);

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new GrpcAnalyzerTest<PG3011ChannelPerCall>(source, expected);
        test.TestState.Sources.Add(("/0/AspNetCore.cs", AspNetCoreStubs));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("foreach (var a in addresses) { using var channel = GrpcChannel.{|#0:ForAddress|}(a); }")]
    [InlineData("for (var i = 0; i < 3; i++) { var client = new Greeter.GreeterClient(GrpcChannel.{|#0:ForAddress|}(address)); }")]
    [InlineData("while (true) { using var channel = GrpcChannel.{|#0:ForAddress|}(address, new GrpcChannelOptions()); break; }")]
    [InlineData("do { using var channel = GrpcChannel.{|#0:ForAddress|}(new Uri(address)); } while (false);")]
    [InlineData("foreach (var a in addresses) using (var channel = GrpcChannel.{|#0:ForAddress|}(a)) { }")]
    [InlineData("foreach (var a in addresses) { if (a.Length > 0) { using var channel = GrpcChannel.{|#0:ForAddress|}(a); } }")]
    public async Task Reports_ChannelsCreatedInLoops(string body) =>
        await VerifyAsync(Caller(body), Expected("in every iteration of a loop"));

    [Theory]
    [InlineData("using var channel = GrpcChannel.ForAddress(address);")]
    [InlineData("using var channel = GrpcChannel.ForAddress(address); foreach (var a in addresses) { var client = new Greeter.GreeterClient(channel); }")]
    [InlineData("foreach (var channel in new[] { GrpcChannel.ForAddress(address) }) { }")]
    [InlineData("for (var channel = GrpcChannel.ForAddress(address); channel != null; channel = null) { }")]
    [InlineData("foreach (var a in addresses) { Func<GrpcChannel> create = () => GrpcChannel.ForAddress(a); }")]
    [InlineData("foreach (var a in addresses) { GrpcChannel Create() => GrpcChannel.ForAddress(a); }")]
    public async Task DoesNotReport_ChannelsCreatedOnce(string body) =>
        await VerifyAsync(Caller(body));

    [Fact]
    public async Task Reports_ChannelsCreatedInGrpcServiceMethods() =>
        await VerifyAsync("""
            using System.Threading.Tasks;
            using Greet;
            using Grpc.Core;
            using Grpc.Net.Client;

            class GreeterService : Greeter.GreeterBase
            {
                public override async Task<HelloReply> SayHello(HelloRequest request, ServerCallContext context)
                {
                    using var channel = GrpcChannel.{|#0:ForAddress|}("https://backend");
                    var backend = new Greeter.GreeterClient(channel);
                    return await backend.SayHelloAsync(request, deadline: context.Deadline);
                }

                private static GrpcChannel Helper() => GrpcChannel.ForAddress("https://backend");
            }
            """,
            Expected("on every call of the gRPC method 'GreeterService.SayHello'"));

    [Fact]
    public async Task Reports_ChannelsCreatedInControllerActions() =>
        await VerifyAsync("""
            using Grpc.Net.Client;
            using Microsoft.AspNetCore.Mvc;

            public class UsersController : ControllerBase
            {
                private static readonly GrpcChannel Shared = GrpcChannel.ForAddress("https://users");

                public string Get()
                {
                    using var channel = GrpcChannel.{|#0:ForAddress|}("https://users");
                    return channel.Target;
                }

                [NonAction]
                public GrpcChannel Create() => GrpcChannel.ForAddress("https://users");

                private GrpcChannel CreatePrivate() => GrpcChannel.ForAddress("https://users");
            }

            [ApiController]
            public class OrdersApi
            {
                public string List() => GrpcChannel.{|#1:ForAddress|}("https://orders").Target;
            }
            """,
            Expected("on every request to the controller action 'UsersController.Get'"),
            GrpcAnalyzerTest<PG3011ChannelPerCall>.Diagnostic().WithLocation(1).WithArguments("ForAddress", "on every request to the controller action 'OrdersApi.List'"));

    [Fact]
    public async Task Reports_ChannelsCreatedInMinimalApiHandlers() =>
        await VerifyAsync("""
            using Grpc.Net.Client;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Routing;

            static class Endpoints
            {
                public static void Map(IEndpointRouteBuilder app)
                {
                    app.MapGet("/users", () => GrpcChannel.{|#0:ForAddress|}("https://users").Target);
                    app.MapPost("/orders", (string id) =>
                    {
                        using var channel = GrpcChannel.{|#1:ForAddress|}("https://orders");
                        return id;
                    });
                    System.Func<GrpcChannel> factory = () => GrpcChannel.ForAddress("https://users");
                }
            }
            """,
            Expected("on every request to a minimal API endpoint"),
            GrpcAnalyzerTest<PG3011ChannelPerCall>.Diagnostic().WithLocation(1).WithArguments("ForAddress", "on every request to a minimal API endpoint"));

    [Fact]
    public async Task DoesNotReport_NonHandlersAndLookalikes() =>
        await VerifyAsync("""
            using System.Collections.Generic;
            using Grpc.Net.Client;

            static class GrpcChannelFactory
            {
                public static GrpcChannel ForAddress(string address) => GrpcChannel.ForAddress(address);
            }

            class UsersController
            {
                public GrpcChannel Get() => GrpcChannel.ForAddress("https://users");
            }

            class Caller
            {
                void Run(IEnumerable<string> addresses)
                {
                    foreach (var a in addresses)
                    {
                        var channel = GrpcChannelFactory.ForAddress(a);
                    }
                }
            }
            """);
}
