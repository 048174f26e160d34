using Microsoft.CodeAnalysis.Testing;
using ProtoGuard.Analyzers.CSharp;
using ProtoGuard.Tests.Infrastructure;

namespace ProtoGuard.Analyzers.Tests.CSharp;

public sealed class PG3015UpdateHandlerIgnoresFieldMaskTests
{
    private static DiagnosticResult Expected(string handler = "UpdateUser", string mask = "request.UpdateMask") =>
        GrpcAnalyzerTest<PG3015UpdateHandlerIgnoresFieldMask>.Diagnostic().WithLocation(0).WithArguments(handler, mask);

    /// <summary>The guide's UserService with an in-memory store; <paramref name="members"/> are members of the service class.</summary>
    private static string Users(string members) => $$"""
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Google.Protobuf.WellKnownTypes;
        using Grpc.Core;
        using Myservice.V1;

        class Users(Dictionary<string, User> users) : UserService.UserServiceBase
        {
            {{members}}

            private static User Merge(User stored, User patch, FieldMask mask) => patch;
        }
        """;

    private static GrpcAnalyzerTest<PG3015UpdateHandlerIgnoresFieldMask> Test(string source, params DiagnosticResult[] expected)
    {
        var test = new GrpcAnalyzerTest<PG3015UpdateHandlerIgnoresFieldMask>(source, expected);
        test.TestState.Sources.Add(("/0/User.cs", GrpcTestSources.UserMessages));
        test.TestState.Sources.Add(("/0/UserGrpc.cs", GrpcTestSources.UserService));
        return test;
    }

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected) => Test(source, expected).RunAsync();

    [Theory]
    [InlineData("public override Task<User> {|#0:UpdateUser|}(UpdateUserRequest request, ServerCallContext context) { users[request.User.Id] = request.User; return Task.FromResult(request.User); }")]
    [InlineData("public override async Task<User> {|#0:UpdateUser|}(UpdateUserRequest request, ServerCallContext context) { await Task.Yield(); var stored = users[request.User.Id]; stored.MergeFrom(request.User); return stored; }")]
    public async Task Reports_UpdateHandlersThatNeverReadTheMask(string handler) =>
        await VerifyAsync(Users(handler), Expected());

    [Fact]
    public async Task Reports_WithTheHandlersRequestParameterName() =>
        await VerifyAsync(
            Users("public override Task<User> {|#0:UpdateUser|}(UpdateUserRequest update, ServerCallContext context) => Task.FromResult(update.User);"),
            Expected(mask: "update.UpdateMask"));

    [Theory]
    [InlineData("public override Task<User> UpdateUser(UpdateUserRequest request, ServerCallContext context) { var stored = users[request.User.Id]; var merged = Merge(stored, request.User, request.UpdateMask); return Task.FromResult(merged); }")]
    [InlineData("public override Task<User> UpdateUser(UpdateUserRequest request, ServerCallContext context) { if (request.UpdateMask is null || request.UpdateMask.Paths.Count == 0) { users[request.User.Id] = request.User; } return Task.FromResult(request.User); }")]
    [InlineData("public override Task<User> UpdateUser(UpdateUserRequest request, ServerCallContext context) { System.Func<FieldMask> mask = () => request.UpdateMask; return Task.FromResult(Merge(users[request.User.Id], request.User, mask())); }")]
    [InlineData("public override Task<User> UpdateUser(UpdateUserRequest request, ServerCallContext context) => Task.FromResult(Apply(request));\n    private User Apply(UpdateUserRequest request) => Merge(users[request.User.Id], request.User, request.UpdateMask);")]
    public async Task DoesNotReport_WhenTheMaskIsReadOrTheRequestIsHandedOn(string handler) =>
        await VerifyAsync(Users(handler));

    [Fact]
    public async Task DoesNotReport_HandlersThatAreNotUpdatesWithAMask() =>
        await VerifyAsync(Users("""
            public override Task<CreateUserResponse> CreateUser(CreateUserRequest request, ServerCallContext context) => Task.FromResult(new CreateUserResponse { User = request.User });

            public override Task<User> GetUser(GetUserRequest request, ServerCallContext context) => Task.FromResult(users[request.Id]);

            public Task<User> UpdateUser(UpdateUserRequest request) => Task.FromResult(request.User);
            """));

    [Fact]
    public async Task DoesNotReport_UpdateRpcsWhoseRequestHasNoMask() =>
        await new GrpcAnalyzerTest<PG3015UpdateHandlerIgnoresFieldMask>("""
            using System.Threading.Tasks;
            using Greet;
            using Grpc.Core;

            // SayHello is not an Update RPC and HelloRequest has no FieldMask: nothing to report in any case.
            class GreeterService : Greeter.GreeterBase
            {
                public override Task<HelloReply> SayHello(HelloRequest request, ServerCallContext context) => Task.FromResult(new HelloReply());
            }
            """).RunAsync();

    [Fact]
    public async Task DoesNotThrow_OnCodeThatDoesNotCompile()
    {
        var test = Test(Users("public override Task<User> UpdateUser(UpdateUserRequest request, ServerCallContext context) => Task.FromResult(request.;"));
        test.CompilerDiagnostics = CompilerDiagnostics.None;
        await test.RunAsync();
    }

    [Fact]
    public async Task DoesNotReport_InGeneratedCode() =>
        await VerifyAsync("// <auto-generated/>\n" + Users("public override Task<User> UpdateUser(UpdateUserRequest request, ServerCallContext context) => Task.FromResult(request.User);"));
}
