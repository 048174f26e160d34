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

    private readonly GuideUserService _service = new(UserCount);
    private WebApplication? _server;
    private GrpcChannel? _channel;

    private UserService.UserServiceClient Client => new(_channel!);

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        builder.Services.AddSingleton(_service);
        _server = builder.Build();
        _server.MapGrpcService<GuideUserService>();
        await _server.StartAsync();

        var address = _server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
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
        await foreach (var user in Client.ListUsersPagedAsync(new ListUsersRequest(), new ProtoGuardPagingOptions { PageTimeout = TimeSpan.FromSeconds(10) }))
        {
            ids.Add(user.Id);
        }

        Assert.Equal(GuideUserService.Ids(UserCount), ids);
    }

    [Fact]
    public async Task Async_paging_with_read_ahead_lists_every_user_in_order()
    {
        var pageSizes = new List<int>();
        await foreach (var page in Client
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
        var ids = Client.ListUsersPaged(new ListUsersRequest { PageSize = 64 }).Select(user => user.Id).ToList();

        Assert.Equal(GuideUserService.Ids(UserCount), ids);
    }

    [Fact]
    public async Task Server_errors_surface_as_RpcException()
    {
        var exception = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            await foreach (var user in Client.ListUsersPagedAsync(new ListUsersRequest { PageSize = -1 }))
            {
            }
        });

        Assert.Equal(StatusCode.InvalidArgument, exception.StatusCode);
    }

    [Fact]
    public async Task Cancelling_a_real_call_surfaces_as_OperationCanceledException()
    {
        using var cancellation = new CancellationTokenSource();
        var seen = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var user in Client.ListUsersPagedAsync(
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

    [Theory]
    [InlineData(0, new int[] { 0 })]
    [InlineData(1, new int[] { 1 })]
    [InlineData(25, new int[] { 10, 10, 5 })]
    public async Task Zero_one_and_many_pages_over_a_real_channel(int users, int[] expectedPageSizes)
    {
        var options = new ProtoGuardPagingOptions { Headers = new Metadata { { GuideUserService.UserCountHeader, users.ToString(System.Globalization.CultureInfo.InvariantCulture) } } };
        var pageSizes = new List<int>();
        var ids = new List<string>();

        await foreach (var page in Client.ListUsersPagedAsync(new ListUsersRequest { PageSize = 10 }, options).AsPages())
        {
            pageSizes.Add(page.Users.Count);
        }

        await foreach (var user in Client.ListUsersPagedAsync(new ListUsersRequest { PageSize = 10 }, options))
        {
            ids.Add(user.Id);
        }

        Assert.Equal(expectedPageSizes, pageSizes);
        Assert.Equal(GuideUserService.Ids(users), ids);
    }

    [Fact]
    public async Task Every_page_gets_its_own_deadline_which_the_server_sees()
    {
        var before = DateTime.UtcNow;

        await foreach (var page in Client
            .ListUsersPagedAsync(new ListUsersRequest { PageSize = 100 }, new ProtoGuardPagingOptions { PageTimeout = TimeSpan.FromSeconds(30) })
            .AsPages())
        {
            await Task.Delay(50);
        }

        var after = DateTime.UtcNow;
        var deadlines = _service.Deadlines.ToArray();
        Assert.Equal(3, deadlines.Length);
        Assert.All(deadlines, deadline => Assert.InRange(deadline, before.AddSeconds(29), after.AddSeconds(31)));
        Assert.True(deadlines[1] > deadlines[0] && deadlines[2] > deadlines[1], "each page's deadline is computed when that page is requested");
    }

    [Fact]
    public async Task A_server_that_repeats_its_page_token_cannot_make_the_client_loop()
    {
        var options = new ProtoGuardPagingOptions { Headers = new Metadata { { GuideUserService.RepeatTokenHeader, "1" } } };
        var items = 0;

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var user in Client.ListUsersPagedAsync(new ListUsersRequest { PageSize = 10 }, options))
            {
                items++;
            }
        });

        Assert.Equal("The server returned next_page_token 'stuck' for /myservice.v1.UserService/ListUsers more than once; stopped paging to avoid an endless loop.", exception.Message);
        Assert.Equal(2, _service.Calls);
        Assert.Equal(10, items);
    }

    [Fact]
    public async Task Read_ahead_requests_the_next_page_while_the_caller_works_on_the_current_one()
    {
        // No timing: the caller stays on each page until the server has received the request for the next one, which
        // only read-ahead sends (without it this waits in vain and times out).
        var pages = 0;
        await foreach (var page in Client
            .ListUsersPagedAsync(new ListUsersRequest { PageSize = 100 }, new ProtoGuardPagingOptions { ReadAhead = true })
            .AsPages())
        {
            pages++;
            if (page.NextPageToken.Length != 0)
            {
                await _service.CallArrived(pages + 1).WaitAsync(TimeSpan.FromSeconds(30));
            }
        }

        Assert.Equal(3, pages);
        Assert.Equal(3, _service.Calls);
    }

    [Fact]
    public async Task Without_read_ahead_the_next_page_is_requested_only_when_needed()
    {
        var consumed = new List<long>();
        await foreach (var page in Client.ListUsersPagedAsync(new ListUsersRequest { PageSize = 100 }).AsPages())
        {
            await Task.Delay(50);
            consumed.Add(GuideUserService.Clock.ElapsedTicks);
        }

        var requested = _service.RequestTimes.ToArray();
        Assert.True(requested[1] > consumed[0] && requested[2] > consumed[1]);
    }

    /// <summary>The guide's Python servicer, in C#: page_size defaults to 50, is capped at 100; the token is the start index.</summary>
    /// <remarks>
    /// Test hooks, through request headers: <see cref="UserCountHeader"/> serves that many users instead, and
    /// <see cref="RepeatTokenHeader"/> makes every page answer with the same next_page_token (a broken server).
    /// It records each call's deadline and arrival time.
    /// </remarks>
    private sealed class GuideUserService : UserService.UserServiceBase
    {
        public const string UserCountHeader = "x-test-user-count";
        public const string RepeatTokenHeader = "x-test-repeat-token";

        public static readonly System.Diagnostics.Stopwatch Clock = System.Diagnostics.Stopwatch.StartNew();

        private readonly User[] _users;
        private readonly System.Collections.Concurrent.ConcurrentDictionary<int, TaskCompletionSource> _arrivals = new();
        private int _calls;

        public GuideUserService(int count)
        {
            _users = CreateUsers(count);
        }

        public System.Collections.Concurrent.ConcurrentQueue<DateTime> Deadlines { get; } = new();

        public System.Collections.Concurrent.ConcurrentQueue<long> RequestTimes { get; } = new();

        public int Calls => _calls;

        /// <summary>Completes when the server has received its <paramref name="call"/>-th request (1-based).</summary>
        public Task CallArrived(int call) => Arrival(call).Task;

        private TaskCompletionSource Arrival(int call)
            => _arrivals.GetOrAdd(call, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

        private static User[] CreateUsers(int count) =>
            Ids(count).Select(id => new User { Id = id, Email = id + "@example.com", Role = UserRole.Member }).ToArray();

        public static IReadOnlyList<string> Ids(int count) => Enumerable.Range(0, count).Select(i => $"user-{i:D3}").ToArray();

        public override Task<ListUsersResponse> ListUsers(ListUsersRequest request, ServerCallContext context)
        {
            RequestTimes.Enqueue(Clock.ElapsedTicks);
            Deadlines.Enqueue(context.Deadline);
            Arrival(Interlocked.Increment(ref _calls)).TrySetResult();
            var count = context.RequestHeaders.GetValue(UserCountHeader);
            var users = count is null ? _users : CreateUsers(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
            if (request.PageSize < 0)
            {
                throw new RpcException(new Status(StatusCode.InvalidArgument, "page_size must not be negative"));
            }

            var pageSize = Math.Min(request.PageSize == 0 ? 50 : request.PageSize, 100);
            var start = request.PageToken.Length == 0 || request.PageToken == "stuck" ? 0 : int.Parse(request.PageToken, System.Globalization.CultureInfo.InvariantCulture);
            var response = new ListUsersResponse
            {
                NextPageToken = context.RequestHeaders.GetValue(RepeatTokenHeader) is not null
                    ? "stuck"
                    : start + pageSize < users.Length ? (start + pageSize).ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty,
            };
            response.Users.AddRange(users.Skip(start).Take(pageSize));
            return Task.FromResult(response);
        }
    }
}
