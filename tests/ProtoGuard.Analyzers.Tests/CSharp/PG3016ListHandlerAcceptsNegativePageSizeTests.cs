using Microsoft.CodeAnalysis.Testing;
using ProtoGuard.Analyzers.CSharp;
using ProtoGuard.Tests.Infrastructure;

namespace ProtoGuard.Analyzers.Tests.CSharp;

public sealed class PG3016ListHandlerAcceptsNegativePageSizeTests
{
    private static DiagnosticResult Expected(string handler = "ListUsers", string pageSize = "request.PageSize") =>
        GrpcAnalyzerTest<PG3016ListHandlerAcceptsNegativePageSize>.Diagnostic().WithLocation(0).WithArguments(handler, pageSize);

    /// <summary>The guide's UserService; <paramref name="body"/> is the body of ListUsers.</summary>
    private static string ListUsers(string body, string requestName = "request") => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using Grpc.Core;
        using Myservice.V1;

        class Users(List<User> users) : UserService.UserServiceBase
        {
            public override Task<ListUsersResponse> {|#0:ListUsers|}(ListUsersRequest {{requestName}}, ServerCallContext context)
            {
                {{body}}
            }

            private static void ValidatePageSize(int pageSize) { }
        }
        """;

    private static GrpcAnalyzerTest<PG3016ListHandlerAcceptsNegativePageSize> Test(string source, params DiagnosticResult[] expected)
    {
        var test = new GrpcAnalyzerTest<PG3016ListHandlerAcceptsNegativePageSize>(source, expected);
        test.TestState.Sources.Add(("/0/User.cs", GrpcTestSources.UserMessages));
        test.TestState.Sources.Add(("/0/UserGrpc.cs", GrpcTestSources.UserService));
        return test;
    }

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected) => Test(source, expected).RunAsync();

    private const string Page = """
        var response = new ListUsersResponse();
                response.Users.AddRange(users.Take(pageSize));
                return Task.FromResult(response);
        """;

    [Theory]
    [InlineData("var pageSize = Math.Min(request.PageSize == 0 ? 50 : request.PageSize, 100); " + Page)]
    [InlineData("var pageSize = request.PageSize; if (pageSize > 100) { pageSize = 100; } " + Page)]
    [InlineData("var pageSize = request.PageSize; if (pageSize == 0) { pageSize = 50; } " + Page)]
    public async Task Reports_HandlersWithoutANegativeGuard(string body) =>
        await VerifyAsync(ListUsers(body), Expected());

    [Fact]
    public async Task Reports_WithTheHandlersRequestParameterName() =>
        await VerifyAsync(ListUsers("var pageSize = list.PageSize; " + Page, requestName: "list"), Expected(pageSize: "list.PageSize"));

    [Theory]
    [InlineData("if (request.PageSize < 0) { throw new RpcException(new Status(StatusCode.InvalidArgument, \"page_size must not be negative\")); } var pageSize = request.PageSize; " + Page)]
    [InlineData("if (request.PageSize <= -1) { throw new RpcException(new Status(StatusCode.InvalidArgument, \"negative\")); } var pageSize = request.PageSize; " + Page)]
    [InlineData("if (0 > request.PageSize) { throw new RpcException(new Status(StatusCode.InvalidArgument, \"negative\")); } var pageSize = request.PageSize; " + Page)]
    [InlineData("var pageSize = request.PageSize; if (pageSize < 0) { throw new RpcException(new Status(StatusCode.InvalidArgument, \"negative\")); } " + Page)]
    [InlineData("if (request.PageSize is < 0) { throw new RpcException(new Status(StatusCode.InvalidArgument, \"negative\")); } var pageSize = request.PageSize; " + Page)]
    [InlineData("var pageSize = request.PageSize switch { < 0 => throw new RpcException(new Status(StatusCode.InvalidArgument, \"negative\")), 0 => 50, _ => request.PageSize }; " + Page)]
    [InlineData("var pageSize = Math.Max(0, request.PageSize); " + Page)]
    [InlineData("var pageSize = Math.Clamp(request.PageSize, 1, 100); " + Page)]
    [InlineData("var pageSize = request.PageSize > 0 ? request.PageSize : 50; " + Page)]
    [InlineData("var pageSize = Paginate(request); " + Page + "\n    }\n    private static int Paginate(ListUsersRequest r) => r.PageSize < 0 ? throw new ArgumentException() : r.PageSize;\n    void Unused() {")]
    public async Task DoesNotReport_HandlersThatGuardOrHandTheRequestOn(string body) =>
        await VerifyAsync(ListUsers(body));

    [Fact]
    public async Task DoesNotReport_HandlersThatAreNotAip158Lists() =>
        await VerifyAsync("""
            using System.Threading.Tasks;
            using Grpc.Core;
            using Myservice.V1;

            class Users : UserService.UserServiceBase
            {
                public override Task<User> GetUser(GetUserRequest request, ServerCallContext context) => Task.FromResult(new User { Id = request.Id });

                public Task<ListUsersResponse> ListUsers(ListUsersRequest request) => Task.FromResult(new ListUsersResponse());
            }
            """);

    [Fact]
    public async Task ValidationMethods_CountAsGuards() =>
        await Test(ListUsers("ValidatePageSize(request.PageSize); var pageSize = request.PageSize; " + Page))
            .WithEditorConfig("dotnet_diagnostic.PG3016.validation_methods = Users.ValidatePageSize, Other.Check")
            .RunAsync();

    [Fact]
    public async Task ValidationMethods_NotConfigured_DoNotCount() =>
        await Test(ListUsers("ValidatePageSize(request.PageSize); var pageSize = request.PageSize; " + Page), Expected())
            .WithEditorConfig("dotnet_diagnostic.PG3016.validation_methods = SomethingElse")
            .RunAsync();

    [Fact]
    public async Task DoesNotThrow_OnCodeThatDoesNotCompile()
    {
        var test = Test(ListUsers("if (request.PageSize < ) { } var pageSize = 1; " + Page), Expected());
        test.CompilerDiagnostics = CompilerDiagnostics.None;
        await test.RunAsync();
    }

    [Fact]
    public async Task DoesNotReport_InGeneratedCode() =>
        await VerifyAsync("// <auto-generated/>\n" + ListUsers("var pageSize = request.PageSize; " + Page).Replace("{|#0:ListUsers|}", "ListUsers", StringComparison.Ordinal));
}
