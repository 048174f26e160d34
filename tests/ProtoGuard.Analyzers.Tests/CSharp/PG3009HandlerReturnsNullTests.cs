using Microsoft.CodeAnalysis.Testing;
using ProtoGuard.Analyzers.CSharp;
using ProtoGuard.Tests.Infrastructure;

namespace ProtoGuard.Analyzers.Tests.CSharp;

public sealed class PG3009HandlerReturnsNullTests
{
    private static DiagnosticResult Expected(string handler = "GetUser", string response = "User", int location = 0, int replaced = 1) =>
        GrpcAnalyzerTest<PG3009HandlerReturnsNull>.Diagnostic().WithLocation(location).WithLocation(replaced).WithArguments(handler, response);

    /// <summary>The guide's UserService with a store; <paramref name="member"/> is a GetUser override (or other members).</summary>
    private static string Users(string member) => $$"""
        #nullable enable
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Grpc.Core;
        using Myservice.V1;

        class Users(Dictionary<string, User> users) : UserService.UserServiceBase
        {
            {{member}}
        }
        """;

    private static GrpcAnalyzerTest<PG3009HandlerReturnsNull> Test(string source, params DiagnosticResult[] expected)
    {
        var test = new GrpcAnalyzerTest<PG3009HandlerReturnsNull>(source, expected);
        test.TestState.Sources.Add(("/0/User.cs", GrpcTestSources.UserMessages));
        test.TestState.Sources.Add(("/0/UserGrpc.cs", GrpcTestSources.UserService));
        return test;
    }

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected) => Test(source, expected).RunAsync();

    [Theory]
    [InlineData("public override async Task<User> GetUser(GetUserRequest request, ServerCallContext context) { await Task.Yield(); {|#1:return {|#0:null!|};|} }")]
    [InlineData("public override async Task<User> GetUser(GetUserRequest request, ServerCallContext context) { await Task.Yield(); {|#1:return {|#0:default!|};|} }")]
    [InlineData("public override async Task<User> GetUser(GetUserRequest request, ServerCallContext context) { await Task.Yield(); {|#1:return {|#0:(User)null!|};|} }")]
    [InlineData("public override Task<User> GetUser(GetUserRequest request, ServerCallContext context) { {|#1:return Task.FromResult<User>({|#0:null!|});|} }")]
    [InlineData("public override Task<User> GetUser(GetUserRequest request, ServerCallContext context) { {|#1:return Task.FromResult({|#0:default(User)!|});|} }")]
    [InlineData("public override Task<User> GetUser(GetUserRequest request, ServerCallContext context) { {|#1:return {|#0:null!|};|} }")]
    [InlineData("public override Task<User> GetUser(GetUserRequest request, ServerCallContext context) => {|#1:Task.FromResult<User>({|#0:null!|})|};")]
    public async Task Reports_NullResponses(string handler) =>
        await VerifyAsync(Users(handler), Expected());

    [Theory]
    [InlineData("public override Task<User> GetUser(GetUserRequest request, ServerCallContext context) => Task.FromResult(users.TryGetValue(request.Id, out var user) ? user : {|#0:{|#1:null!|}|});")]
    [InlineData("public override async Task<User> GetUser(GetUserRequest request, ServerCallContext context) { await Task.Yield(); return users.GetValueOrDefault(request.Id) ?? {|#0:{|#1:null!|}|}; }")]
    public async Task Reports_NullBranches(string handler) =>
        await VerifyAsync(Users(handler), Expected());

    [Fact]
    public async Task Reports_ClientStreamingHandlers() =>
        await VerifyAsync(
            Users("public override async Task<BulkResp> BulkCreateUsers(IAsyncStreamReader<CreateUserRequest> requestStream, ServerCallContext context) { await Task.Yield(); {|#1:return {|#0:null!|};|} }"),
            Expected("BulkCreateUsers", "BulkResp"));

    [Theory]
    [InlineData("public override async Task<User> GetUser(GetUserRequest request, ServerCallContext context) { await Task.Yield(); return users.TryGetValue(request.Id, out var user) ? user : throw new RpcException(new Status(StatusCode.NotFound, $\"User {request.Id} not found\")); }")]
    [InlineData("public override Task<User> GetUser(GetUserRequest request, ServerCallContext context) => Task.FromResult(new User { Id = request.Id });")]
    [InlineData("public override Task<User> GetUser(GetUserRequest request, ServerCallContext context) => Task.FromResult(users[request.Id]);")]
    [InlineData("public override async Task<User> GetUser(GetUserRequest request, ServerCallContext context) { System.Func<User?> none = () => null; User? Local() => null; await Task.Yield(); return none() ?? Local() ?? new User(); }")]
    public async Task DoesNotReport_RealResponses(string handler) =>
        await VerifyAsync(Users(handler));

    [Fact]
    public async Task DoesNotReport_StreamingHandlersOrNonHandlers() =>
        await VerifyAsync(Users("""
            public override Task WatchUsers(WatchUsersRequest request, IServerStreamWriter<UserEvent> responseStream, ServerCallContext context) => Task.CompletedTask;

            public Task<User?> FindAsync(string id) => Task.FromResult<User?>(null);

            public async Task<User?> GetUser(GetUserRequest request) { await Task.Yield(); return null; }
            """));

    [Fact]
    public async Task DoesNotThrow_OnCodeThatDoesNotCompile()
    {
        var test = Test(Users("public override Task<User> GetUser(GetUserRequest request, ServerCallContext context) { return Task.FromResult<User>(; }"));
        test.CompilerDiagnostics = CompilerDiagnostics.None;
        await test.RunAsync();
    }

    [Fact]
    public async Task DoesNotReport_InGeneratedCode() =>
        await VerifyAsync("// <auto-generated/>\n" + Users("public override Task<User> GetUser(GetUserRequest request, ServerCallContext context) => Task.FromResult<User>(null!);"));
}
