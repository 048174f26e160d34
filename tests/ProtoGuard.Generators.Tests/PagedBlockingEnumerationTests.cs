using Grpc.Core;
using Myservice.V1;
using ProtoGuard.Generated;
using ProtoGuard.Generators.Tests.Fakes;

namespace ProtoGuard.Generators.Tests;

/// <summary>The generated synchronous <c>ListUsersPaged</c>, which uses the client's blocking overload.</summary>
public sealed class PagedBlockingEnumerationTests
{
    [Fact]
    public void Many_pages_yield_every_item_in_order_through_blocking_calls()
    {
        var directory = new UserDirectory(250);
        FakeCallInvoker invoker = directory.Invoker();
        var request = new ListUsersRequest { PageSize = 100 };
        ListUsersRequest original = request.Clone();

        List<User> users = new UserService.UserServiceClient(invoker).ListUsersPaged(request).ToList();

        Assert.Equal(directory.Ids, users.Select(user => user.Id));
        Assert.Equal(new[] { "", "100", "200" }, invoker.Calls.Select(call => ((ListUsersRequest)call.Request).PageToken));
        Assert.All(invoker.Calls, call => Assert.True(call.Disposed, "Not a blocking call."));
        Assert.Equal(original, request);
        Assert.All(invoker.Calls, call => Assert.NotSame(request, call.Request));
    }

    [Fact]
    public void Empty_listing_yields_nothing()
    {
        FakeCallInvoker invoker = new UserDirectory(0).Invoker();

        Assert.Empty(new UserService.UserServiceClient(invoker).ListUsersPaged(new ListUsersRequest()));
        Assert.Single(invoker.Calls);
    }

    [Fact]
    public void Each_page_gets_its_own_deadline_and_the_headers()
    {
        FakeCallInvoker invoker = new UserDirectory(250).Invoker(TimeSpan.FromMilliseconds(30));
        var headers = new Metadata { { "x-tenant", "acme" } };
        TimeSpan pageTimeout = TimeSpan.FromSeconds(20);

        _ = new UserService.UserServiceClient(invoker)
            .ListUsersPaged(new ListUsersRequest { PageSize = 100 }, new ProtoGuardPagingOptions { Headers = headers, PageTimeout = pageTimeout })
            .ToList();

        IReadOnlyList<RecordedCall> calls = invoker.Calls;
        Assert.Equal(3, calls.Count);
        Assert.All(calls, call =>
        {
            Assert.Same(headers, call.Headers);
            DateTime deadline = Assert.NotNull(call.Deadline);
            Assert.Equal(DateTimeKind.Utc, deadline.Kind);
            Assert.InRange(deadline - call.StartedAtUtc, pageTimeout - TimeSpan.FromSeconds(1), pageTimeout);
        });
        Assert.True(calls[2].Deadline - calls[0].Deadline >= TimeSpan.FromMilliseconds(50), "The pages shared one deadline.");
    }

    [Fact]
    public void Cancellation_between_items_stops_without_requesting_another_page()
    {
        FakeCallInvoker invoker = new UserDirectory(250).Invoker();
        using var cancellation = new CancellationTokenSource();
        int seen = 0;

        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (User user in new UserService.UserServiceClient(invoker).ListUsersPaged(
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
        FakeCallInvoker invoker = new UserDirectory(250).Invoker(TimeSpan.FromSeconds(30));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        OperationCanceledException exception = Assert.ThrowsAny<OperationCanceledException>(() =>
            new UserService.UserServiceClient(invoker).ListUsersPaged(new ListUsersRequest(), cancellationToken: cancellation.Token).ToList());

        Assert.IsType<RpcException>(exception.InnerException);
        Assert.True(Assert.Single(invoker.Calls).SawCancellation);
    }

    [Fact]
    public void A_repeated_page_token_throws_instead_of_looping_forever()
    {
        var invoker = new FakeCallInvoker(_ => new ListUsersResponse { NextPageToken = "same" });

        InvalidOperationException exception = Assert.Throws<InvalidOperationException>(() =>
            new UserService.UserServiceClient(invoker).ListUsersPaged(new ListUsersRequest()).ToList());

        Assert.Contains("/myservice.v1.UserService/ListUsers", exception.Message, StringComparison.Ordinal);
        Assert.Contains("'same'", exception.Message, StringComparison.Ordinal);
        Assert.Equal(2, invoker.Calls.Count);
    }

    [Fact]
    public void AsPages_yields_the_responses()
    {
        FakeCallInvoker invoker = new UserDirectory(250).Invoker();

        List<ListUsersResponse> pages = new UserService.UserServiceClient(invoker).ListUsersPaged(new ListUsersRequest { PageSize = 100 }).AsPages().ToList();

        Assert.Equal(new[] { 100, 100, 50 }, pages.Select(page => page.Users.Count));
    }
}
