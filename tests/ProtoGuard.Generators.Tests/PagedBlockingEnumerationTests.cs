using Grpc.Core;
using Myservice.V1;
using ProtoGuard.Generated;
using ProtoGuard.Generators.Tests.Fakes;

namespace ProtoGuard.Generators.Tests;

/// <summary>
/// The generated synchronous <c>ListUsersPaged</c>, which uses the client's blocking overload, and with
/// <c>ReadAhead</c> requests the next page through the asynchronous method while the caller consumes the current one.
/// </summary>
public sealed class PagedBlockingEnumerationTests
{
    [Fact]
    public void Many_pages_yield_every_item_in_order_through_blocking_calls()
    {
        var directory = new UserDirectory(250);
        var invoker = directory.Invoker();
        var request = new ListUsersRequest { PageSize = 100 };
        var original = request.Clone();

        var users = new UserService.UserServiceClient(invoker).ListUsersPaged(request).ToList();

        Assert.Equal(directory.Ids, users.Select(user => user.Id));
        Assert.Equal(new[] { "", "100", "200" }, invoker.Calls.Select(call => ((ListUsersRequest)call.Request).PageToken));
        Assert.All(invoker.Calls, call => Assert.True(call.Disposed, "Not a blocking call."));
        Assert.Equal(original, request);
        Assert.All(invoker.Calls, call => Assert.NotSame(request, call.Request));
    }

    [Fact]
    public void Empty_listing_yields_nothing()
    {
        var invoker = new UserDirectory(0).Invoker();

        Assert.Empty(new UserService.UserServiceClient(invoker).ListUsersPaged(new ListUsersRequest()));
        Assert.Single(invoker.Calls);
    }

    [Fact]
    public void Each_page_gets_its_own_deadline_and_the_headers()
    {
        var invoker = new UserDirectory(250).Invoker(TimeSpan.FromMilliseconds(30));
        var headers = new Metadata { { "x-tenant", "acme" } };
        var pageTimeout = TimeSpan.FromSeconds(20);

        _ = new UserService.UserServiceClient(invoker)
            .ListUsersPaged(new ListUsersRequest { PageSize = 100 }, new ProtoGuardPagingOptions { Headers = headers, PageTimeout = pageTimeout })
            .ToList();

        var calls = invoker.Calls;
        Assert.Equal(3, calls.Count);
        Assert.All(calls, call =>
        {
            Assert.Same(headers, call.Headers);
            var deadline = Assert.NotNull(call.Deadline);
            Assert.Equal(DateTimeKind.Utc, deadline.Kind);
            Assert.InRange(deadline - call.StartedAtUtc, pageTimeout - TimeSpan.FromSeconds(1), pageTimeout);
        });
        Assert.True(calls[2].Deadline - calls[0].Deadline >= TimeSpan.FromMilliseconds(50), "The pages shared one deadline.");
    }

    [Fact]
    public void Cancellation_between_items_stops_without_requesting_another_page()
    {
        var invoker = new UserDirectory(250).Invoker();
        using var cancellation = new CancellationTokenSource();
        var seen = 0;

        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (var user in new UserService.UserServiceClient(invoker).ListUsersPaged(
                new ListUsersRequest { PageSize = 100 }, cancellationToken: cancellation.Token))
            {
                if (++seen == 3)
                {
                    cancellation.Cancel();
                }
            }
        });

        Assert.Equal(3, seen);
        Assert.Single(invoker.Calls);
    }

    [Fact]
    public void Cancellation_during_a_page_surfaces_as_OperationCanceledException()
    {
        var invoker = new UserDirectory(250).Invoker(TimeSpan.FromSeconds(30));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        var exception = Assert.ThrowsAny<OperationCanceledException>(() =>
            new UserService.UserServiceClient(invoker).ListUsersPaged(new ListUsersRequest(), cancellationToken: cancellation.Token).ToList());

        Assert.IsType<RpcException>(exception.InnerException);
        Assert.True(Assert.Single(invoker.Calls).SawCancellation);
    }

    [Fact]
    public void A_repeated_page_token_throws_instead_of_looping_forever()
    {
        var invoker = new FakeCallInvoker(_ => new ListUsersResponse { NextPageToken = "same" });

        var exception = Assert.Throws<InvalidOperationException>(() =>
            new UserService.UserServiceClient(invoker).ListUsersPaged(new ListUsersRequest()).ToList());

        Assert.Contains("/myservice.v1.UserService/ListUsers", exception.Message, StringComparison.Ordinal);
        Assert.Contains("'same'", exception.Message, StringComparison.Ordinal);
        Assert.Equal(2, invoker.Calls.Count);
    }

    [Fact]
    public void AsPages_yields_the_responses()
    {
        var invoker = new UserDirectory(250).Invoker();

        var pages = new UserService.UserServiceClient(invoker).ListUsersPaged(new ListUsersRequest { PageSize = 100 }).AsPages().ToList();

        Assert.Equal(new[] { 100, 100, 50 }, pages.Select(page => page.Users.Count));
    }

    [Fact]
    public void Read_ahead_requests_the_next_page_before_the_current_one_is_consumed()
    {
        var directory = new UserDirectory(250);
        var readingAhead = directory.Invoker(TimeSpan.FromMilliseconds(20));
        var onDemand = directory.Invoker(TimeSpan.FromMilliseconds(20));

        Assert.Equal(2, CallsWhenFirstItemArrives(readingAhead, readAhead: true));
        Assert.Equal(1, CallsWhenFirstItemArrives(onDemand, readAhead: false));

        var invoker = directory.Invoker(TimeSpan.FromMilliseconds(20));
        var all = new UserService.UserServiceClient(invoker)
            .ListUsersPaged(new ListUsersRequest { PageSize = 100 }, new ProtoGuardPagingOptions { ReadAhead = true })
            .ToList();
        Assert.Equal(directory.Ids, all.Select(user => user.Id));
        Assert.Equal(new[] { "", "100", "200" }, invoker.Calls.Select(call => ((ListUsersRequest)call.Request).PageToken));
        Assert.All(invoker.Calls, call => Assert.True(call.Disposed, "A call was not disposed."));
    }

    [Fact]
    public void Stopping_early_cancels_and_disposes_the_read_ahead_call()
    {
        // The first page arrives at once; the read-ahead request for the second would take 30 s.
        var invoker = new FakeCallInvoker(new UserDirectory(250).Respond, TimeSpan.FromSeconds(30)) { FirstCallDelay = TimeSpan.Zero };

        foreach (var user in new UserService.UserServiceClient(invoker).ListUsersPaged(
            new ListUsersRequest { PageSize = 100 }, new ProtoGuardPagingOptions { ReadAhead = true }))
        {
            break;
        }

        var calls = invoker.Calls;
        Assert.Equal(2, calls.Count);
        Assert.True(calls[1].CancellationToken.IsCancellationRequested, "The read-ahead call was not cancelled.");
        Assert.True(calls[1].Disposed, "The read-ahead call was not disposed.");
    }

    [Fact]
    public void Cancellation_while_waiting_for_a_read_ahead_page_surfaces_as_OperationCanceledException()
    {
        var invoker = new FakeCallInvoker(new UserDirectory(250).Respond, TimeSpan.FromSeconds(30)) { FirstCallDelay = TimeSpan.Zero };
        using var cancellation = new CancellationTokenSource();

        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (var user in new UserService.UserServiceClient(invoker).ListUsersPaged(
                new ListUsersRequest { PageSize = 100 }, new ProtoGuardPagingOptions { ReadAhead = true }, cancellation.Token))
            {
                if (user.Id == "user-099")
                {
                    cancellation.CancelAfter(TimeSpan.FromMilliseconds(50));
                }
            }
        });

        Assert.Equal(2, invoker.Calls.Count);
        Assert.True(invoker.Calls[1].Disposed, "The read-ahead call was not disposed.");
    }

    private static int CallsWhenFirstItemArrives(FakeCallInvoker invoker, bool readAhead)
    {
        foreach (var user in new UserService.UserServiceClient(invoker).ListUsersPaged(
            new ListUsersRequest { PageSize = 100 }, new ProtoGuardPagingOptions { ReadAhead = readAhead }))
        {
            return invoker.Calls.Count;
        }

        throw new InvalidOperationException("No item.");
    }
}
