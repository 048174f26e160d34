using Microsoft.CodeAnalysis.Testing;
using ProtoGuard.Analyzers.CSharp;
using ProtoGuard.CodeFixes.CSharp;
using ProtoGuard.Tests.Infrastructure;

namespace ProtoGuard.CodeFixes.Tests.CSharp;

public sealed class PG3009ThrowNotFoundCodeFixTests
{
    private static string Greeter(string member, string usings = "using Grpc.Core;\n") => $$"""
        #nullable enable
        {{usings}}using System.Collections.Generic;
        using System.Threading.Tasks;
        using Greet;

        class GreeterService(Dictionary<string, HelloReply> replies) : Greeter.GreeterBase
        {
            {{member}}
        }
        """;

    private static Task VerifyAsync(string source, string fixedSource) =>
        new GrpcCodeFixTest<PG3009HandlerReturnsNull, PG3009ThrowNotFoundCodeFix>(source, fixedSource).RunAsync();

    private static DiagnosticResult Expected(int location, int replaced) =>
        GrpcCodeFixTest<PG3009HandlerReturnsNull, PG3009ThrowNotFoundCodeFix>.Diagnostic()
            .WithLocation(location).WithLocation(replaced).WithArguments("SayHello", "HelloReply");

    [Theory]
    [InlineData(
        "public override async Task<HelloReply> SayHello(HelloRequest request, Grpc.Core.ServerCallContext context) { await Task.Yield(); {|#1:return {|#0:null!|};|} }",
        "public override async Task<HelloReply> SayHello(HelloRequest request, Grpc.Core.ServerCallContext context) { await Task.Yield(); throw new RpcException(new Status(StatusCode.NotFound, \"HelloReply not found\")); }")]
    [InlineData(
        "public override Task<HelloReply> SayHello(HelloRequest request, Grpc.Core.ServerCallContext context) { {|#1:return Task.FromResult<HelloReply>({|#0:null!|});|} }",
        "public override Task<HelloReply> SayHello(HelloRequest request, Grpc.Core.ServerCallContext context) { throw new RpcException(new Status(StatusCode.NotFound, \"HelloReply not found\")); }")]
    [InlineData(
        "public override Task<HelloReply> SayHello(HelloRequest request, Grpc.Core.ServerCallContext context) => {|#1:Task.FromResult<HelloReply>({|#0:null!|})|};",
        "public override Task<HelloReply> SayHello(HelloRequest request, Grpc.Core.ServerCallContext context) => throw new RpcException(new Status(StatusCode.NotFound, \"HelloReply not found\"));")]
    [InlineData(
        "public override Task<HelloReply> SayHello(HelloRequest request, Grpc.Core.ServerCallContext context) => Task.FromResult(replies.TryGetValue(request.Name, out var reply) ? reply : {|#0:{|#1:null!|}|});",
        "public override Task<HelloReply> SayHello(HelloRequest request, Grpc.Core.ServerCallContext context) => Task.FromResult(replies.TryGetValue(request.Name, out var reply) ? reply : throw new RpcException(new Status(StatusCode.NotFound, \"HelloReply not found\")));")]
    public async Task ThrowsNotFound(string handler, string fixedHandler) =>
        await new GrpcCodeFixTest<PG3009HandlerReturnsNull, PG3009ThrowNotFoundCodeFix>(Greeter(handler), Greeter(fixedHandler), Expected(0, 1)).RunAsync();

    [Fact]
    public async Task QualifiesGrpcCoreTypesThatAreNotImported() =>
        await new GrpcCodeFixTest<PG3009HandlerReturnsNull, PG3009ThrowNotFoundCodeFix>(
            Greeter("public override async Task<HelloReply> SayHello(HelloRequest request, Grpc.Core.ServerCallContext context) { await Task.Yield(); {|#1:return {|#0:null!|};|} }", usings: string.Empty),
            Greeter("public override async Task<HelloReply> SayHello(HelloRequest request, Grpc.Core.ServerCallContext context) { await Task.Yield(); throw new Grpc.Core.RpcException(new Grpc.Core.Status(Grpc.Core.StatusCode.NotFound, \"HelloReply not found\")); }", usings: string.Empty),
            Expected(0, 1))
        {
            // Same text and meaning, but the simplifier leaves 'Grpc.Core.X' as a qualified name where the parser reads a member access.
            CodeActionValidationMode = CodeActionValidationMode.None,
        }.RunAsync();

    [Fact]
    public async Task FixAll_FixesEveryNullReturn() =>
        await new GrpcCodeFixTest<PG3009HandlerReturnsNull, PG3009ThrowNotFoundCodeFix>(
            Greeter("""
                public override async Task<HelloReply> SayHello(HelloRequest request, ServerCallContext context)
                    {
                        await Task.Yield();
                        if (request.Name.Length == 0)
                        {
                            {|#1:return {|#0:null!|};|}
                        }

                        {|#3:return {|#2:default!|};|}
                    }
                """),
            Greeter("""
                public override async Task<HelloReply> SayHello(HelloRequest request, ServerCallContext context)
                    {
                        await Task.Yield();
                        if (request.Name.Length == 0)
                        {
                            throw new RpcException(new Status(StatusCode.NotFound, "HelloReply not found"));
                        }

                        throw new RpcException(new Status(StatusCode.NotFound, "HelloReply not found"));
                    }
                """),
            Expected(0, 1),
            Expected(2, 3)).RunAsync();
}
