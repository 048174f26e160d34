using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Myservice.V1;

namespace ProtoGuard.Samples.UserService.Services;

/// <summary>
/// The in-memory user store. grpc-dotnet creates a service instance per call (unlike the guide's Python
/// servicer, which is a single object), so the state lives here, registered as a singleton.
/// Stored <see cref="User"/> objects are never mutated: updates replace them (compare-and-swap).
/// </summary>
public sealed class UserStore
{
    private readonly ConcurrentDictionary<string, User> _users = new(StringComparer.Ordinal);
    private int _activeWatchers;

    /// <summary>Number of WatchUsers streams currently running on the server.</summary>
    public int ActiveWatchers => Volatile.Read(ref _activeWatchers);

    public bool TryAdd(User user) => _users.TryAdd(user.Id, user);

    public bool TryGet(string id, out User user)
    {
        if (_users.TryGetValue(id, out User? found))
        {
            user = found;
            return true;
        }

        user = null!;
        return false;
    }

    /// <summary>Replaces <paramref name="expected"/> by <paramref name="replacement"/> if nobody changed it meanwhile.</summary>
    public bool TryReplace(User expected, User replacement) => _users.TryUpdate(expected.Id, replacement, expected);

    /// <summary>A snapshot in a stable order (by id), so that offsets in page tokens stay meaningful.</summary>
    public IReadOnlyList<User> Snapshot() =>
        _users.Values.OrderBy(u => u.Id, StringComparer.Ordinal).ToArray();

    public void WatcherStarted() => Interlocked.Increment(ref _activeWatchers);

    public void WatcherEnded() => Interlocked.Decrement(ref _activeWatchers);
}
