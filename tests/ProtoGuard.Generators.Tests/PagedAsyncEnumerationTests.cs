using System.Diagnostics;
using Grpc.Core;
using Myservice.V1;
using ProtoGuard.Generated;
using ProtoGuard.Generators.Tests.Fakes;

namespace ProtoGuard.Generators.Tests;

/// <summary>
/// Runs the generated <c>ListUsersPagedAsync</c> (compiled into this assembly from Protos/user.proto by Grpc.Tools
/// and ProtoGuard's generator) against a fake call invoker that serves the guide's ListUsers semantics.
/// </summary>
public sealed class PagedAsyncEnumerationTests
{
    private const string ListUsersMethod = "/myservice.v1.UserService/ListUsers";

    [Fact]
    public async Task Empty_listing_yields_nothing_after_one_call()
    {
        var invoker = new UserDirectory(0).Invoker();

        var users = await ToListAsync(new UserService.UserServiceClient(invoker).ListUsersPagedAsync(new ListUsersRequest()));

        Assert.Empty(users);
        var call = Assert.Single(invoker.Calls);
        Assert.Equal(ListUsersMethod, call.Method);
    }

    [Fact]
    public async Task Single_page_yields_its_items_after_one_call()
    {
        var directory = new UserDirectory(3);
        var invoker = directory.Invoker();

        var users = await ToListAsync(new UserService.UserServiceClient(invoker).ListUsersPagedAsync(new ListUsersRequest { PageSize = 10 }));

        Assert.Equal(directory.Ids, users.Select(user => user.Id));
        Assert.Single(invoker.Calls);
    }

    [Fact]
    public async Task Many_pages_yield_every_item_in_order_following_the_page_tokens()
    {
        var directory = new UserDirectory(250);
        var invoker = directory.Invoker();

        var users = await ToListAsync(new UserService.UserServiceClient(invoker).ListUsersPagedAsync(new ListUsersRequest { PageSize = 100 }));

        Assert.Equal(directory.Ids, users.Select(user => user.Id));
        Assert.Equal(new[] { "", "100", "200" }, invoker.Calls.Select(call => ((ListUsersRequest)call.Request).PageToken));
        Assert.All(invoker.Calls, call => Assert.Equal(100, ((ListUsersRequest)call.Request).PageSize));
    }

    [Fact]
    public async Task Paging_starts_at_the_request_page_token()
    {
        var directory = new UserDirectory(250);
        var invoker = directory.Invoker();

        var users = await ToListAsync(
            new UserService.UserServiceClient(invoker).ListUsersPagedAsync(new ListUsersRequest { PageSize = 100, PageToken = "200" }));

        Assert.Equal(directory.Ids.Skip(200), users.Select(user => user.Id));
        Assert.Single(invoker.Calls);
    }

    [Fact]
    public async Task The_caller_request_is_never_mutated_nor_sent()
    {
        var invoker = new UserDirectory(250).Invoker();
        var request = new ListUsersRequest { PageSize = 100 };
        var original = request.Clone();

        await ToListAsync(new UserService.UserServiceClient(invoker).ListUsersPagedAsync(request));

        Assert.Equal(original, request);
        Assert.Equal(3, invoker.Calls.Count);
        Assert.All(invoker.Calls, call => Assert.NotSame(request, call.Request));
    }

    [Fact]
    public async Task Each_page_gets_its_own_deadline_from_the_page_timeout()
    {
        var invoker = new UserDirectory(250).Invoker(TimeSpan.FromMilliseconds(30));
        var pageTimeout = TimeSpan.FromSeconds(30);

        await ToListAsync(new UserService.UserServiceClient(invoker).ListUsersPagedAsync(
            new ListUsersRequest { PageSize = 100 },
            new ProtoGuardPagingOptions { PageTimeout = pageTimeout }));

        var calls = invoker.Calls;
        Assert.Equal(3, calls.Count);
        foreach (var call in calls)
        {
            var deadline = Assert.NotNull(call.Deadline);
            Assert.Equal(DateTimeKind.Utc, deadline.Kind);
            var budget = deadline - call.StartedAtUtc;
            Assert.InRange(budget, pageTimeout - TimeSpan.FromSeconds(1), pageTimeout);
        }

        // Per page, not one deadline for the whole listing: each later page's deadline is later by at least the delay.
        Assert.True(calls[1].Deadline - calls[0].Deadline >= TimeSpan.FromMilliseconds(25), "The second page reused the first page's deadline.");
        Assert.True(calls[2].Deadline - calls[1].Deadline >= TimeSpan.FromMilliseconds(25), "The third page reused the second page's deadline.");
    }

    [Fact]
    public async Task A_page_timeout_beyond_the_calendar_becomes_the_maximum_utc_deadline()
    {
        var invoker = new UserDirectory(1).Invoker();

        await ToListAsync(new UserService.UserServiceClient(invoker).ListUsersPagedAsync(
            new ListUsersRequest(), new ProtoGuardPagingOptions { PageTimeout = TimeSpan.MaxValue }));

        var deadline = Assert.NotNull(Assert.Single(invoker.Calls).Deadline);
        Assert.Equal(DateTime.MaxValue, deadline);
        Assert.Equal(DateTimeKind.Utc, deadline.Kind);
    }

    [Fact]
    public async Task Without_a_page_timeout_no_deadline_is_sent_and_headers_go_with_every_page()
    {
        var invoker = new UserDirectory(250).Invoker();
        var headers = new Metadata { { "authorization", "Bearer token" } };

        await ToListAsync(new UserService.UserServiceClient(invoker).ListUsersPagedAsync(
            new ListUsersRequest { PageSize = 100 },
            new ProtoGuardPagingOptions { Headers = headers }));

        Assert.Equal(3, invoker.Calls.Count);
        Assert.All(invoker.Calls, call =>
        {
            Assert.Null(call.Deadline);
            Assert.Same(headers, call.Headers);
        });
    }

    [Fact]
    public async Task Cancellation_between_items_stops_without_requesting_another_page()
    {
        var invoker = new UserDirectory(250).Invoker();
        using var cancellation = new CancellationTokenSource();
        var seen = new List<string>();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var user in new UserService.UserServiceClient(invoker).ListUsersPagedAsync(
                new ListUsersRequest { PageSize = 100 }, cancellationToken: cancellation.Token))
            {
                seen.Add(user.Id);
                if (seen.Count == 5)
                {
                    cancellation.Cancel();
                }
            }
        });

        Assert.Equal(5, seen.Count);
        Assert.Single(invoker.Calls);
    }

    [Fact]
    public async Task Cancellation_through_WithCancellation_is_honored_too()
    {
        var invoker = new UserDirectory(250).Invoker();
        using var cancellation = new CancellationTokenSource();
        var seen = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var user in new UserService.UserServiceClient(invoker)
                .ListUsersPagedAsync(new ListUsersRequest { PageSize = 100 })
                .WithCancellation(cancellation.Token))
            {
                if (++seen == 100)
                {
                    cancellation.Cancel();
                }
            }
        });

        Assert.Equal(100, seen);
        Assert.Single(invoker.Calls);
    }

    [Fact]
    public async Task Cancellation_during_a_page_cancels_that_call_and_surfaces_as_OperationCanceledException()
    {
        var invoker = new UserDirectory(250).Invoker(TimeSpan.FromSeconds(30));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var stopwatch = Stopwatch.StartNew();

        var exception = await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            ToListAsync(new UserService.UserServiceClient(invoker).ListUsersPagedAsync(new ListUsersRequest(), cancellationToken: cancellation.Token)));

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), $"Cancellation took {stopwatch.Elapsed}.");
        Assert.IsType<RpcException>(exception.InnerException);
        var call = Assert.Single(invoker.Calls);
        Assert.True(call.SawCancellation);
    }

    [Fact]
    public async Task A_repeated_page_token_throws_instead_of_looping_forever()
    {
        // The server cycles "a" -> "b" -> "a": without detection the client would never stop.
        var next = new Dictionary<string, string> { [""] = "a", ["a"] = "b", ["b"] = "a" };
        var invoker = new FakeCallInvoker(message =>
        {
            var request = (ListUsersRequest)message;
            var response = new ListUsersResponse { NextPageToken = next[request.PageToken] };
            response.Users.Add(new User { Id = "page-" + request.PageToken });
            return response;
        });
        var seen = new List<string>();

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var user in new UserService.UserServiceClient(invoker).ListUsersPagedAsync(new ListUsersRequest()))
            {
                seen.Add(user.Id);
            }
        });

        Assert.Contains(ListUsersMethod, exception.Message, StringComparison.Ordinal);
        Assert.Contains("'a'", exception.Message, StringComparison.Ordinal);
        Assert.Equal(new[] { "page-", "page-a" }, seen);
        Assert.Equal(3, invoker.Calls.Count);
    }

    [Fact]
    public async Task A_page_token_equal_to_the_starting_token_is_detected()
    {
        var invoker = new FakeCallInvoker(_ => new ListUsersResponse { NextPageToken = "start" });

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            ToListAsync(new UserService.UserServiceClient(invoker).ListUsersPagedAsync(new ListUsersRequest { PageToken = "start" })));

        Assert.Single(invoker.Calls);
    }

    [Fact]
    public async Task Read_ahead_requests_the_next_page_before_the_current_one_is_consumed()
    {
        var directory = new UserDirectory(250);
        var readingAhead = directory.Invoker(TimeSpan.FromMilliseconds(20));
        var onDemand = directory.Invoker(TimeSpan.FromMilliseconds(20));

        var callsAtFirstItemReadingAhead = await CallsWhenFirstItemArrives(readingAhead, readAhead: true);
        var callsAtFirstItemOnDemand = await CallsWhenFirstItemArrives(onDemand, readAhead: false);

        Assert.Equal(2, callsAtFirstItemReadingAhead);
        Assert.Equal(1, callsAtFirstItemOnDemand);

        var all = await ToListAsync(new UserService.UserServiceClient(readingAhead).ListUsersPagedAsync(
            new ListUsersRequest { PageSize = 100 }, new ProtoGuardPagingOptions { ReadAhead = true }));
        Assert.Equal(directory.Ids, all.Select(user => user.Id));
    }

    [Fact]
    public async Task Stopping_early_cancels_and_disposes_the_read_ahead_call()
    {
        // The first page arrives at once; the read-ahead request for the second would take 30 s.
        var invoker = new FakeCallInvoker(new UserDirectory(250).Respond, TimeSpan.FromSeconds(30)) { FirstCallDelay = TimeSpan.Zero };
        var client = new UserService.UserServiceClient(invoker);

        await foreach (var user in client.ListUsersPagedAsync(new ListUsersRequest { PageSize = 100 }, new ProtoGuardPagingOptions { ReadAhead = true }))
        {
            break;
        }

        var calls = invoker.Calls;
        Assert.Equal(2, calls.Count);
        Assert.True(calls[1].CancellationToken.IsCancellationRequested, "The read-ahead call was not cancelled.");
        Assert.True(calls[1].Disposed, "The read-ahead call was not disposed.");
        await WaitUntil(() => calls[1].SawCancellation);
    }

    [Fact]
    public async Task AsPages_yields_the_responses()
    {
        var invoker = new UserDirectory(250).Invoker();

        var pages = new List<ListUsersResponse>();
        await foreach (var page in new UserService.UserServiceClient(invoker).ListUsersPagedAsync(new ListUsersRequest { PageSize = 100 }).AsPages())
        {
            pages.Add(page);
        }

        Assert.Equal(new[] { 100, 100, 50 }, pages.Select(page => page.Users.Count));
        Assert.Equal(new[] { "100", "200", "" }, pages.Select(page => page.NextPageToken));
    }

    [Fact]
    public async Task Each_enumeration_starts_again_from_the_first_page()
    {
        var invoker = new UserDirectory(150).Invoker();
        var users =
            new UserService.UserServiceClient(invoker).ListUsersPagedAsync(new ListUsersRequest { PageSize = 100 });

        Assert.Equal(150, (await ToListAsync(users)).Count);
        Assert.Equal(150, (await ToListAsync(users)).Count);
        Assert.Equal(new[] { "", "100", "", "100" }, invoker.Calls.Select(call => ((ListUsersRequest)call.Request).PageToken));
    }

    [Fact]
    public void Arguments_are_validated_when_the_method_is_called()
    {
        var client = new UserService.UserServiceClient(new UserDirectory(1).Invoker());

        Assert.Throws<ArgumentNullException>("request", () => client.ListUsersPagedAsync(null!));
        Assert.Throws<ArgumentNullException>("client", () => ((UserService.UserServiceClient)null!).ListUsersPagedAsync(new ListUsersRequest()));
        Assert.Throws<ArgumentOutOfRangeException>("options", () => client.ListUsersPagedAsync(
            new ListUsersRequest(), new ProtoGuardPagingOptions { PageTimeout = TimeSpan.Zero }));
    }

    private static async Task<int> CallsWhenFirstItemArrives(FakeCallInvoker invoker, bool readAhead)
    {
        await foreach (var user in new UserService.UserServiceClient(invoker).ListUsersPagedAsync(
            new ListUsersRequest { PageSize = 100 }, new ProtoGuardPagingOptions { ReadAhead = readAhead }))
        {
            return invoker.Calls.Count;
        }

        throw new InvalidOperationException("No item.");
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var stopwatch = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), "Timed out waiting for the condition.");
            await Task.Delay(10);
        }
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> source)
    {
        var list = new List<T>();
        await foreach (var item in source)
        {
            list.Add(item);
        }

        return list;
    }
}
