using Microsoft.CodeAnalysis.Testing;
using ProtoGuard.Analyzers.CSharp;
using ProtoGuard.Tests.Infrastructure;

namespace ProtoGuard.Analyzers.Tests.CSharp;

/// <summary>How PG3001 and PG3003 share the calls made inside gRPC handlers.</summary>
public sealed class PG3001InHandlersTests
{
    private static string Handler(string body) => $$"""
        using System;
        using System.Threading.Tasks;
        using Greet;
        using Grpc.Core;

        class ForwardingGreeter(Greeter.GreeterClient downstream) : Greeter.GreeterBase
        {
            public override async Task<HelloReply> SayHello(HelloRequest request, ServerCallContext context)
            {
                {{body}}
                return new HelloReply();
            }
        }
        """;

    [Fact]
    public async Task DoesNotReport_HandlerCallsThatPG3003Reports() =>
        await new GrpcAnalyzerTest<PG3001ClientCallWithoutDeadline>(Handler("await downstream.SayHelloAsync(request); await downstream.SayHelloAsync(request, new CallOptions());")).RunAsync();

    [Fact]
    public async Task Reports_HandlerCallsThatPropagateOnlyTheToken() =>
        await new GrpcAnalyzerTest<PG3001ClientCallWithoutDeadline>(
            Handler("await downstream.{|#0:SayHelloAsync|}(request, cancellationToken: context.CancellationToken);"),
            GrpcAnalyzerTest<PG3001ClientCallWithoutDeadline>.Diagnostic().WithLocation(0).WithArguments("GreeterClient.SayHelloAsync"))
            .RunAsync();

    [Fact]
    public async Task PG3003_Reports_WhatPG3001LeavesToIt() =>
        await new GrpcAnalyzerTest<PG3003HandlerCallWithoutPropagation>(
            Handler("await downstream.{|#0:SayHelloAsync|}(request);"),
            GrpcAnalyzerTest<PG3003HandlerCallWithoutPropagation>.Diagnostic().WithLocation(0).WithArguments("GreeterClient.SayHelloAsync", "context"))
            .RunAsync();
}
