using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Grpc.Core;
using Myservice.V1;

namespace ProtoGuard.Benchmarks;

/// <summary>The generated in-memory UserService, as a server would host it.</summary>
[ProtoGuard.InMemoryService(DefaultPageSize = 100, MaxPageSize = 1000)]
public partial class BenchUserService : UserService.UserServiceBase
{
}

/// <summary>
/// Lists all N users page by page (page_size 100) through the generated ListUsers handler (keyset over sorted keys,
/// HMAC page tokens) and through the guide's Python approach ported as is (a dictionary; every page copies all
/// values into a list, then slices it at an integer offset). Whole listing timed with a Stopwatch after one untimed
/// listing, best of <c>rounds</c>; prints nanoseconds per listed item. Run: <c>dotnet run -c Release --project bench/ProtoGuard.Benchmarks
/// -- inmemory-listing [N...] [--guide-max N] [--rounds R]</c>.
/// </summary>
public static class InMemoryListing
{
    private const int PageSize = 100;

    public static async Task<int> RunAsync(string[] args)
    {
        var sizes = new List<int>();
        var guideMax = 100_000;
        var rounds = 3;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--guide-max":
                    guideMax = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--rounds":
                    rounds = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                default:
                    sizes.Add(int.Parse(args[i], CultureInfo.InvariantCulture));
                    break;
            }
        }

        if (sizes.Count == 0)
        {
            sizes.AddRange(new[] { 10_000, 100_000, 1_000_000 });
        }

        Console.WriteLine($"listing all N users, page_size {PageSize}, best of {rounds}; ns per listed item");
        Console.WriteLine("N          generated (ns/item)  guide slicing (ns/item)  guide/generated");
        double? firstGenerated = null;
        foreach (var n in sizes)
        {
            var users = Enumerable.Range(0, n).Select(i => new User { Id = $"user-{i:D8}", Email = $"user{i}@example.com", DisplayName = $"User {i}" }).ToArray();
            var service = new BenchUserService();
            if (service.UserStore.CreateAll(users) is not null)
            {
                throw new InvalidOperationException("duplicate id");
            }

            var guide = new GuideUserServicer(users);
            var generated = await BestAsync(rounds, n, () => ListGeneratedAsync(service, n));
            double? sliced = n <= guideMax ? await BestAsync(rounds, n, () => Task.FromResult(guide.ListAll(PageSize, n))) : null;
            firstGenerated ??= generated;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{n,-10} {generated,19:F1}  {(sliced is null ? "(skipped)" : sliced.Value.ToString("F1", CultureInfo.InvariantCulture)),23}  {(sliced is null ? "-" : (sliced.Value / generated).ToString("F1", CultureInfo.InvariantCulture) + "x"),15}   generated per item vs smallest N: {generated / firstGenerated.Value:F2}x"));
        }

        return 0;
    }

    private static async Task<double> BestAsync(int rounds, int n, Func<Task<int>> list)
    {
        // One untimed listing first: tiered JIT would otherwise charge the smallest N with compiling the code.
        await list();
        var best = double.MaxValue;
        for (var round = 0; round < rounds; round++)
        {
            var watch = Stopwatch.StartNew();
            var listed = await list();
            watch.Stop();
            if (listed != n)
            {
                throw new InvalidOperationException($"listed {listed} of {n}");
            }

            best = Math.Min(best, watch.Elapsed.TotalMilliseconds * 1_000_000 / n);
        }

        return best;
    }

    private static async Task<int> ListGeneratedAsync(BenchUserService service, int n)
    {
        var context = new BenchCallContext();
        var request = new ListUsersRequest { PageSize = PageSize };
        var listed = 0;
        while (true)
        {
            var page = await service.ListUsers(request, context);
            listed += page.Users.Count;
            if (page.NextPageToken.Length == 0)
            {
                return listed;
            }

            request.PageToken = page.NextPageToken;
        }
    }

    /// <summary>The guide's Python ListUsers: <c>all_users = list(self.users.values()); page = all_users[start:start + page_size]</c>.</summary>
    private sealed class GuideUserServicer
    {
        private readonly Dictionary<string, User> _users;

        public GuideUserServicer(User[] users) => _users = users.ToDictionary(u => u.Id, StringComparer.Ordinal);

        public int ListAll(int pageSize, int n)
        {
            var listed = 0;
            var token = string.Empty;
            while (true)
            {
                var start = token.Length == 0 ? 0 : int.Parse(token, CultureInfo.InvariantCulture);
                var all = _users.Values.ToList();
                var page = all.GetRange(start, Math.Min(pageSize, all.Count - start));
                var response = new ListUsersResponse { NextPageToken = start + pageSize < all.Count ? (start + pageSize).ToString(CultureInfo.InvariantCulture) : string.Empty };
                response.Users.AddRange(page);
                listed += response.Users.Count;
                if (response.NextPageToken.Length == 0)
                {
                    return listed;
                }

                token = response.NextPageToken;
            }
        }
    }

    private sealed class BenchCallContext : ServerCallContext
    {
        protected override string MethodCore => "/myservice.v1.UserService/ListUsers";

        protected override string HostCore => "localhost";

        protected override string PeerCore => "ipv4:127.0.0.1:1";

        protected override DateTime DeadlineCore => DateTime.MaxValue;

        protected override Metadata RequestHeadersCore { get; } = new();

        protected override CancellationToken CancellationTokenCore => CancellationToken.None;

        protected override Metadata ResponseTrailersCore { get; } = new();

        protected override Status StatusCore { get; set; }

        protected override WriteOptions? WriteOptionsCore { get; set; }

        protected override AuthContext AuthContextCore { get; } = new(null, new Dictionary<string, List<AuthProperty>>());

        protected override ContextPropagationToken CreatePropagationTokenCore(ContextPropagationOptions? options) => throw new NotSupportedException();

        protected override Task WriteResponseHeadersAsyncCore(Metadata responseHeaders) => Task.CompletedTask;
    }
}
