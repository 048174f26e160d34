using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Grpc.Core;
using Myservice.V1;
using ProtoGuard.Generated;

namespace ProtoGuard.Benchmarks;

/// <summary>
/// Enumerating 100,000 users in pages of 100 from a server that takes 5 ms per page, with about as much consumer
/// work per page (50 µs per item): the guide's sequential list_all_users loop against the generated
/// ListUsersPagedAsync with read-ahead, which fetches the next page while the caller works on the current one.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class PagingBenchmarks
{
    private const int TotalUsers = 100_000;
    private const int PageSize = 100;
    private static readonly TimeSpan ServerLatency = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan WorkPerItem = TimeSpan.FromTicks(500); // 50 µs

    private UserService.UserServiceClient _client = null!;

    [GlobalSetup]
    public void Setup() => _client = new UserService.UserServiceClient(new PagedServer(TotalUsers, ServerLatency));

    [Benchmark(Baseline = true, Description = "Sequential loop (the guide's list_all_users)")]
    public async Task<int> SequentialLoop()
    {
        var count = 0;
        var token = string.Empty;
        while (true)
        {
            var response = await _client.ListUsersAsync(
                new ListUsersRequest { PageSize = PageSize, PageToken = token },
                deadline: DateTime.UtcNow.AddSeconds(5));
            foreach (var user in response.Users)
            {
                count += Consume(user);
            }

            if (response.NextPageToken.Length == 0)
            {
                return count;
            }

            token = response.NextPageToken;
        }
    }

    [Benchmark(Description = "ListUsersPagedAsync, read-ahead")]
    public async Task<int> GeneratedReadAhead()
    {
        var count = 0;
        var options = new ProtoGuardPagingOptions { PageTimeout = TimeSpan.FromSeconds(5), ReadAhead = true };
        await foreach (var user in _client.ListUsersPagedAsync(new ListUsersRequest { PageSize = PageSize }, options))
        {
            count += Consume(user);
        }

        return count;
    }

    [Benchmark(Description = "ListUsersPagedAsync, no read-ahead")]
    public async Task<int> GeneratedSequential()
    {
        var count = 0;
        var options = new ProtoGuardPagingOptions { PageTimeout = TimeSpan.FromSeconds(5) };
        await foreach (var user in _client.ListUsersPagedAsync(new ListUsersRequest { PageSize = PageSize }, options))
        {
            count += Consume(user);
        }

        return count;
    }

    /// <summary>CPU work on one item, busy for <see cref="WorkPerItem"/> (a sleep would not keep the consumer's core busy).</summary>
    private static int Consume(User user)
    {
        var start = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(start) < WorkPerItem)
        {
            Thread.SpinWait(20);
        }

        return user.Id.Length > 0 ? 1 : 0;
    }

    /// <summary>
    /// A ListUsers server behind a CallInvoker: answers each page after <c>latency</c>, with opaque offset tokens,
    /// as the sample's UserService does. Every other method is not served.
    /// </summary>
    private sealed class PagedServer(int total, TimeSpan latency) : CallInvoker
    {
        private readonly User[] _users = CreateUsers(total);

        private static User[] CreateUsers(int total)
        {
            var users = new User[total];
            for (var i = 0; i < total; i++)
            {
                users[i] = new User { Id = "u" + i.ToString(CultureInfo.InvariantCulture), Email = "u" + i.ToString(CultureInfo.InvariantCulture) + "@example.com" };
            }

            return users;
        }

        public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request)
        {
            var response = ListUsersAsync((ListUsersRequest)(object)request, options.CancellationToken);
            return new AsyncUnaryCall<TResponse>(
                ContinueAs<TResponse>(response),
                Task.FromResult(new Metadata()),
                () => Status.DefaultSuccess,
                () => new Metadata(),
                () => { });
        }

        private static async Task<TResponse> ContinueAs<TResponse>(Task<ListUsersResponse> response) => (TResponse)(object)await response;

        private async Task<ListUsersResponse> ListUsersAsync(ListUsersRequest request, CancellationToken cancellationToken)
        {
            await PreciseDelayAsync(latency, cancellationToken);
            var start = request.PageToken.Length == 0 ? 0 : int.Parse(request.PageToken, CultureInfo.InvariantCulture);
            var end = Math.Min(start + request.PageSize, _users.Length);
            var response = new ListUsersResponse { NextPageToken = end < _users.Length ? end.ToString(CultureInfo.InvariantCulture) : string.Empty };
            response.Users.Add(new ArraySegment<User>(_users, start, end - start));
            return response;
        }

        /// <summary>
        /// Waits <paramref name="delay"/> on a pool thread: sleeps in 1 ms steps, then spins the last 2 ms.
        /// Task.Delay(5 ms) takes ~8 ms here (timer granularity), which would model a slower server than stated.
        /// </summary>
        private static Task PreciseDelayAsync(TimeSpan delay, CancellationToken cancellationToken) => Task.Run(
            () =>
            {
                var start = Stopwatch.GetTimestamp();
                TimeSpan remaining;
                while ((remaining = delay - Stopwatch.GetElapsedTime(start)) > TimeSpan.Zero)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (remaining > TimeSpan.FromMilliseconds(2))
                    {
                        Thread.Sleep(1);
                    }
                    else
                    {
                        Thread.SpinWait(50);
                    }
                }
            },
            cancellationToken);

        public override TResponse BlockingUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) =>
            throw new NotSupportedException(method.FullName);

        public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) =>
            throw new NotSupportedException(method.FullName);

        public override AsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options) =>
            throw new NotSupportedException(method.FullName);

        public override AsyncDuplexStreamingCall<TRequest, TResponse> AsyncDuplexStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options) =>
            throw new NotSupportedException(method.FullName);
    }
}
