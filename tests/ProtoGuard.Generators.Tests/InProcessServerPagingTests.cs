using System.Net;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Myservice.V1;
using ProtoGuard.Generated;

namespace ProtoGuard.Generators.Tests;

/// <summary>
/// End to end: the generated paging over a real grpc-dotnet channel to a real ASP.NET Core gRPC server (Kestrel on
/// loopback) that implements the guide's ListUsers.
/// </summary>
public sealed class InProcessServerPagingTests : IAsyncLifetime
{
    private const int UserCount = 230;

    private WebApplication? _server;
    private GrpcChannel? _channel;

    private UserService.UserServiceClient Client => new(_channel!);

    public async Task InitializeAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        builder.Services.AddSingleton(new GuideUserService(UserCount));
        _server = builder.Build();
        _server.MapGrpcService<GuideUserService>();
        await _server.StartAsync();

        string address = _server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        _channel = GrpcChannel.ForAddress(address);
    }

    public async Task DisposeAsync()
    {
        _channel?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [Fact]
    public async Task Async_paging_lists_every_user_with_the_server_default_page_size()
    {
        var ids = new List<string>();
        await foreach (User user in Client.ListUsersPagedAsync(new ListUsersRequest(), new ProtoGuardPagingOptions { PageTimeout = TimeSpan.FromSeconds(10) }))
        {
            ids.Add(user.Id);
        }

        Assert.Equal(GuideUserService.Ids(UserCount), ids);
    }

    [Fact]
    public async Task Async_paging_with_read_ahead_lists_every_user_in_order()
    {
        var pageSizes = new List<int>();
        await foreach (ListUsersResponse page in Client
            .ListUsersPagedAsync(new ListUsersRequest { PageSize = 100 }, new ProtoGuardPagingOptions { ReadAhead = true })
            .AsPages())
        {
            pageSizes.Add(page.Users.Count);
        }

        Assert.Equal(new[] { 100, 100, 30 }, pageSizes);
    }

    [Fact]
    public void Blocking_paging_lists_every_user()
    {
        List<string> ids = Client.ListUsersPaged(new ListUsersRequest { PageSize = 64 }).Select(user => user.Id).ToList();

        Assert.Equal(GuideUserService.Ids(UserCount), ids);
    }

    [Fact]
    public async Task Server_errors_surface_as_RpcException()
    {
        RpcException exception = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            await foreach (User user in Client.ListUsersPagedAsync(new ListUsersRequest { PageSize = -1 }))
            {
            }
        });

        Assert.Equal(StatusCode.InvalidArgument, exception.StatusCode);
    }

    [Fact]
    public async Task Cancelling_a_real_call_surfaces_as_OperationCanceledException()
    {
        using var cancellation = new CancellationTokenSource();
        int seen = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (User user in Client.ListUsersPagedAsync(
                new ListUsersRequest { PageSize = 10 }, new ProtoGuardPagingOptions { ReadAhead = true }, cancellation.Token))
            {
                if (++seen == 15)
                {
                    cancellation.Cancel();
                }
            }
        });

        Assert.Equal(15, seen);
    }

    /// <summary>The guide's Python servicer, in C#: page_size defaults to 50, is capped at 100; the token is the start index.</summary>
    private sealed class GuideUserService : UserService.UserServiceBase
    {
        private readonly User[] _users;

        public GuideUserService(int count)
        {
            _users = Ids(count).Select(id => new User { Id = id, Email = id + "@example.com", Role = UserRole.Member }).ToArray();
        }

        public static IReadOnlyList<string> Ids(int count) => Enumerable.Range(0, count).Select(i => $"user-{i:D3}").ToArray();

        public override Task<ListUsersResponse> ListUsers(ListUsersRequest request, ServerCallContext context)
        {
            if (request.PageSize < 0)
            {
                throw new RpcException(new Status(StatusCode.InvalidArgument, "page_size must not be negative"));
            }

            int pageSize = Math.Min(request.PageSize == 0 ? 50 : request.PageSize, 100);
            int start = request.PageToken.Length == 0 ? 0 : int.Parse(request.PageToken, System.Globalization.CultureInfo.InvariantCulture);
            var response = new ListUsersResponse
            {
                NextPageToken = start + pageSize < _users.Length ? (start + pageSize).ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty,
            };
            response.Users.AddRange(_users.Skip(start).Take(pageSize));
            return Task.FromResult(response);
        }
    }
}
