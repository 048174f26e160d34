using Microsoft.CodeAnalysis.Testing;
using ProtoGuard.Analyzers.CSharp;
using ProtoGuard.CodeFixes.CSharp;
using ProtoGuard.Tests.Infrastructure;

namespace ProtoGuard.CodeFixes.Tests.CSharp;

public sealed class PG3016RejectNegativePageSizeCodeFixTests
{
    private static string Users(string handlers, string usings = "using Grpc.Core;\n") => $$"""
        {{usings}}using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using Myservice.V1;

        class Users(List<User> users) : UserService.UserServiceBase
        {
        {{handlers}}
        }
        """;

    private static GrpcCodeFixTest<PG3016ListHandlerAcceptsNegativePageSize, PG3016RejectNegativePageSizeCodeFix> Test(string source, string fixedSource)
    {
        var test = new GrpcCodeFixTest<PG3016ListHandlerAcceptsNegativePageSize, PG3016RejectNegativePageSizeCodeFix>(source, fixedSource);
        foreach (var state in new[] { test.TestState, test.FixedState })
        {
            state.Sources.Add(("/0/User.cs", GrpcTestSources.UserMessages));
            state.Sources.Add(("/0/UserGrpc.cs", GrpcTestSources.UserService));
        }

        return test;
    }

    [Fact]
    public async Task InsertsTheGuardFirst() =>
        await Test(
            Users("""
                    public override Task<ListUsersResponse> [|ListUsers|](ListUsersRequest request, Grpc.Core.ServerCallContext context)
                    {
                        var response = new ListUsersResponse();
                        response.Users.AddRange(users.Take(request.PageSize));
                        return Task.FromResult(response);
                    }
                """),
            Users("""
                    public override Task<ListUsersResponse> ListUsers(ListUsersRequest request, Grpc.Core.ServerCallContext context)
                    {
                        if (request.PageSize < 0)
                        {
                            throw new RpcException(new Status(StatusCode.InvalidArgument, "page_size must not be negative"));
                        }

                        var response = new ListUsersResponse();
                        response.Users.AddRange(users.Take(request.PageSize));
                        return Task.FromResult(response);
                    }
                """)).RunAsync();

    [Fact]
    public async Task UsesTheHandlersRequestParameterName_AndQualifiesGrpcCoreWhenNotImported()
    {
        var test = Test(
            Users("""
                    public override Task<ListUsersResponse> [|ListUsers|](ListUsersRequest list, Grpc.Core.ServerCallContext context)
                    {
                        return Task.FromResult(new ListUsersResponse { NextPageToken = list.PageSize.ToString() });
                    }
                """, usings: string.Empty),
            Users("""
                    public override Task<ListUsersResponse> ListUsers(ListUsersRequest list, Grpc.Core.ServerCallContext context)
                    {
                        if (list.PageSize < 0)
                        {
                            throw new Grpc.Core.RpcException(new Grpc.Core.Status(Grpc.Core.StatusCode.InvalidArgument, "page_size must not be negative"));
                        }

                        return Task.FromResult(new ListUsersResponse { NextPageToken = list.PageSize.ToString() });
                    }
                """, usings: string.Empty));

        // Same text and meaning; the simplifier leaves 'Grpc.Core.X' as a qualified name where the parser reads a member access.
        test.CodeActionValidationMode = CodeActionValidationMode.None;
        await test.RunAsync();
    }

    [Fact]
    public async Task FixAll_FixesEveryListHandlerInTheDocument()
    {
        const string Handler = """
                public override Task<ListUsersResponse> [|ListUsers|](ListUsersRequest request, ServerCallContext context)
                {
                    return Task.FromResult(new ListUsersResponse { NextPageToken = request.PageSize.ToString() });
                }
            """;
        const string FixedHandler = """
                public override Task<ListUsersResponse> ListUsers(ListUsersRequest request, ServerCallContext context)
                {
                    if (request.PageSize < 0)
                    {
                        throw new RpcException(new Status(StatusCode.InvalidArgument, "page_size must not be negative"));
                    }

                    return Task.FromResult(new ListUsersResponse { NextPageToken = request.PageSize.ToString() });
                }
            """;
        var secondService = "\nclass MoreUsers : UserService.UserServiceBase\n{\n" + Handler + "\n}\n";
        var fixedSecondService = "\nclass MoreUsers : UserService.UserServiceBase\n{\n" + FixedHandler + "\n}\n";
        await Test(Users(Handler) + secondService, Users(FixedHandler) + fixedSecondService).RunAsync();
    }

    [Fact]
    public async Task OffersNoFix_ForExpressionBodiedHandlers()
    {
        var source = Users("""
                public override Task<ListUsersResponse> [|ListUsers|](ListUsersRequest request, Grpc.Core.ServerCallContext context) =>
                    Task.FromResult(new ListUsersResponse { NextPageToken = request.PageSize.ToString() });
            """);
        await Test(source, source).RunAsync();
    }
}
