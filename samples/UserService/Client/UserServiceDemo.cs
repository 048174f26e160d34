using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Grpc.Reflection.V1Alpha;
using Myservice.V1;
using ProtoGuard.Generated;
using ProtoGuard.Samples.UserService.Services;

namespace ProtoGuard.Samples.UserService.Client;

/// <summary>Thrown when the service does not behave as the sample expects; the process then exits 1.</summary>
public sealed class DemoCheckFailedException : Exception
{
    public DemoCheckFailedException(string message)
        : base(message)
    {
    }
}

/// <summary>
/// Exercises the generated in-memory UserService through the generated client, the generated paginating client, the
/// health service and server reflection, and prints a transcript. Every call carries a UTC deadline and the caller's
/// cancellation token; streaming calls are disposed.
/// </summary>
public sealed class UserServiceDemo
{
    private const int CallTimeoutSeconds = 10;
    private const int UserCount = 250;
    private const string ServiceName = "myservice.v1.UserService";

    private readonly GrpcChannel _channel;
    private readonly Myservice.V1.UserService.UserServiceClient _client;
    private readonly UserClient _users;
    private readonly InMemoryUserService _server;
    private readonly TextWriter _out;

    public UserServiceDemo(GrpcChannel channel, InMemoryUserService server, TextWriter output)
    {
        _channel = channel;
        _client = new Myservice.V1.UserService.UserServiceClient(channel);
        _users = new UserClient(_client, TimeSpan.FromSeconds(CallTimeoutSeconds));
        _server = server;
        _out = output;
    }

    private static DateTime Deadline => DateTime.UtcNow.AddSeconds(CallTimeoutSeconds);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await CheckHealthAsync(cancellationToken);
        await CheckReflectionAsync(cancellationToken);

        Section("WatchUsers (server stream, opened before any change)");
        using var watchCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var watch = _client.WatchUsers(new WatchUsersRequest(), deadline: DateTime.UtcNow.AddSeconds(60), cancellationToken: watchCancellation.Token);
        var events = new List<UserEvent>();
        var watching = CollectAsync(watch, events, watchCancellation.Token);
        await WaitForAsync(() => _server.UserStore.WatcherCount == 1, "the server did not open the watch", cancellationToken);
        Line("watching; every committed change will be streamed in commit order");

        await CreateUsersAsync(cancellationToken);
        await GetUsersAsync(cancellationToken);
        var listed = await ListUsersAsync(UserCount, cancellationToken);
        await UpdateUserAsync(cancellationToken);
        await DeleteUserAsync(listed[^1].Id, cancellationToken);
        await BulkCreateUsersAsync(cancellationToken);
        await ChatAsync(cancellationToken);

        Section("WatchUsers events");
        var expectedEvents = UserCount + 1 + 1 + 2;
        await WaitForAsync(() => Count(events) >= expectedEvents, $"expected {expectedEvents} events", cancellationToken);
        UserEvent[] received;
        lock (events)
        {
            received = events.ToArray();
        }

        Check(received.Length == expectedEvents, $"expected {expectedEvents} events, got {received.Length}");
        Check(received.Take(UserCount).All(e => e.Type == "created"), $"the first {UserCount} events are not the creations");
        Check(received[UserCount].Type == "updated" && received[UserCount].User.Id == "u002", "event 251 is not the update of u002");
        Check(received[UserCount + 1].Type == "deleted" && received[UserCount + 1].User.Id == listed[^1].Id, "event 252 is not the deletion");
        Check(received.Skip(UserCount + 2).All(e => e.Type == "created"), "the last events are not the bulk creations");
        foreach ((var type, var count) in received.GroupBy(e => e.Type).Select(g => (g.Key, g.Count())))
        {
            Line($"{count} x {type}");
        }

        Line($"last: {received[^1].Type} {received[^1].User.Id}; client cancels the watch");
        await watchCancellation.CancelAsync();
        await watching;
        await WaitForAsync(() => _server.UserStore.WatcherCount == 0, "the server's WatchUsers handler is still running after the client cancelled", cancellationToken);
        Line("server side: WatchUsers handler observed the cancellation and returned");

        Section("ListUsers again");
        var total = 0;
        await foreach (var _ in _client.ListUsersPagedAsync(new ListUsersRequest { PageSize = 100 }, new ProtoGuardPagingOptions { PageTimeout = TimeSpan.FromSeconds(CallTimeoutSeconds) }, cancellationToken))
        {
            total++;
        }

        Check(total == UserCount - 1 + 2, $"expected {UserCount - 1 + 2} users, listed {total}");
        Line($"listed {total} users ({UserCount} created - 1 deleted + 2 bulk-created)");
    }

    private async Task CheckHealthAsync(CancellationToken cancellationToken)
    {
        Section("grpc.health.v1.Health/Check");
        var health = new Health.HealthClient(_channel);
        var response = await health.CheckAsync(new HealthCheckRequest { Service = ServiceName }, deadline: Deadline, cancellationToken: cancellationToken);
        Check(response.Status == HealthCheckResponse.Types.ServingStatus.Serving, $"{ServiceName} is {response.Status}, not SERVING");
        Line($"{ServiceName}: {response.Status}");
    }

    private async Task CheckReflectionAsync(CancellationToken cancellationToken)
    {
        Section("grpc.reflection.v1alpha.ServerReflection (what grpcurl uses)");
        var reflection = new ServerReflection.ServerReflectionClient(_channel);
        using var call = reflection.ServerReflectionInfo(deadline: Deadline, cancellationToken: cancellationToken);
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = string.Empty }, cancellationToken);
        await call.RequestStream.CompleteAsync();
        Check(await call.ResponseStream.MoveNext(cancellationToken), "reflection sent no answer");
        var services = call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).Order(StringComparer.Ordinal).ToArray();
        Check(services.Contains(ServiceName), $"reflection does not list {ServiceName}");
        Line($"services: {string.Join(", ", services)}");
    }

    private async Task CreateUsersAsync(CancellationToken cancellationToken)
    {
        Section($"CreateUser x {UserCount}");
        for (var i = 1; i <= UserCount; i++)
        {
            var user = new User { Id = $"u{i:D3}", Email = $"user{i}@example.com", DisplayName = $"User {i}", Role = i == 1 ? UserRole.Admin : UserRole.Member };
            var response = await _client.CreateUserAsync(new CreateUserRequest { User = user }, deadline: Deadline, cancellationToken: cancellationToken);
            Check(response.User.Id == user.Id && response.User.CreatedAt is not null, $"CreateUser {user.Id} did not return the stored user with created_at");
            if (i <= 2 || i == UserCount)
            {
                Line($"created {Describe(response.User)}");
            }
            else if (i == 3)
            {
                Line("...");
            }
        }

        var duplicate = await ExpectErrorAsync(
            StatusCode.AlreadyExists,
            "CreateUser u001 again",
            async () => await _client.CreateUserAsync(new CreateUserRequest { User = new User { Id = "u001", Email = "again@example.com" } }, deadline: Deadline, cancellationToken: cancellationToken));
        Line($"CreateUser u001 again -> {Describe(duplicate)}");

        var invalid = await ExpectErrorAsync(
            StatusCode.InvalidArgument,
            "CreateUser with a bad email",
            async () => await _client.CreateUserAsync(new CreateUserRequest { User = new User { Id = "u999", Email = "nobody" } }, deadline: Deadline, cancellationToken: cancellationToken));
        Line($"CreateUser with email \"nobody\" -> {Describe(invalid)} (the service's OnCreating hook)");
    }

    private async Task GetUsersAsync(CancellationToken cancellationToken)
    {
        Section("GetUser");
        var found = await _users.GetUserAsync("u002", cancellationToken);
        Check(found is not null && found.Email == "user2@example.com", "GetUser u002 did not return user 2");
        Line($"get_user(\"u002\") -> {Describe(found!)}");

        var missing = await _users.GetUserAsync("nobody", cancellationToken);
        Check(missing is null, "GetUser nobody returned a user");
        Line("get_user(\"nobody\") -> null (server answered NotFound)");
    }

    private async Task<List<User>> ListUsersAsync(int expectedCount, CancellationToken cancellationToken)
    {
        Section("ListUsers through the generated ListUsersPagedAsync (page_size 100)");
        var all = new List<User>();
        var page = 0;
        await foreach (var response in _client
            .ListUsersPagedAsync(new ListUsersRequest { PageSize = 100 }, new ProtoGuardPagingOptions { PageTimeout = TimeSpan.FromSeconds(CallTimeoutSeconds) }, cancellationToken)
            .AsPages())
        {
            page++;
            all.AddRange(response.Users);
            var next = response.NextPageToken.Length == 0 ? "\"\" (last page)" : "opaque, tamper-evident";
            Line($"page {page}: {response.Users.Count} users, {response.Users[0].Id}..{response.Users[^1].Id}; next_page_token {next}");
        }

        Check(all.Count == expectedCount, $"created {expectedCount} users but listed {all.Count}");
        Check(all.Select(u => u.Id).SequenceEqual(Enumerable.Range(1, expectedCount).Select(i => $"u{i:D3}")), "the listing is not every user once, in id order");
        Line($"listed {all.Count} users, created {expectedCount}: each once, in id order");

        var defaults = await _client.ListUsersAsync(new ListUsersRequest(), deadline: Deadline, cancellationToken: cancellationToken);
        Check(defaults.Users.Count == InMemoryUserService.DefaultPageSize, "page_size 0 did not use the default page size");
        Line($"page_size 0 -> the default, {defaults.Users.Count} users");

        var negative = await ExpectErrorAsync(
            StatusCode.InvalidArgument,
            "ListUsers page_size -1",
            async () => await _client.ListUsersAsync(new ListUsersRequest { PageSize = -1 }, deadline: Deadline, cancellationToken: cancellationToken));
        Line($"page_size -1 -> {Describe(negative)}");

        var forged = await ExpectErrorAsync(
            StatusCode.InvalidArgument,
            "ListUsers with a hand-made page_token",
            async () => await _client.ListUsersAsync(new ListUsersRequest { PageSize = 2, PageToken = "2" }, deadline: Deadline, cancellationToken: cancellationToken));
        Line($"page_token \"2\" (the guide's raw offset) -> {Describe(forged)}");
        return all;
    }

    private async Task UpdateUserAsync(CancellationToken cancellationToken)
    {
        Section("UpdateUser (update_mask: display_name)");
        var patch = new User { Id = "u002", DisplayName = "Rear Admiral Grace Hopper", Email = "not-applied@example.com" };
        var updated = await _client.UpdateUserAsync(
            new UpdateUserRequest { User = patch, UpdateMask = FieldMask.FromString("display_name") },
            deadline: Deadline,
            cancellationToken: cancellationToken);
        Check(updated.DisplayName == patch.DisplayName, "display_name was not updated");
        Check(updated.Email == "user2@example.com", "email changed although it is not in the mask");
        Line($"sent {Describe(patch)}");
        Line($"got  {Describe(updated)} (email untouched: not in the mask)");

        foreach (var path in new[] { "metadata.team", "nickname" })
        {
            var invalid = await ExpectErrorAsync(
                StatusCode.InvalidArgument,
                $"UpdateUser with update_mask {path}",
                async () => await _client.UpdateUserAsync(new UpdateUserRequest { User = patch, UpdateMask = FieldMask.FromString(path) }, deadline: Deadline, cancellationToken: cancellationToken));
            Line($"update_mask {path} -> {Describe(invalid)}");
        }
    }

    private async Task DeleteUserAsync(string id, CancellationToken cancellationToken)
    {
        Section("DeleteUser");
        await _client.DeleteUserAsync(new DeleteUserRequest { Id = id }, deadline: Deadline, cancellationToken: cancellationToken);
        Check(await _users.GetUserAsync(id, cancellationToken) is null, $"{id} is still there after DeleteUser");
        Line($"deleted {id}; GetUser {id} -> NotFound");
        var again = await ExpectErrorAsync(
            StatusCode.NotFound,
            $"DeleteUser {id} again",
            async () => await _client.DeleteUserAsync(new DeleteUserRequest { Id = id }, deadline: Deadline, cancellationToken: cancellationToken));
        Line($"DeleteUser {id} again -> {Describe(again)}");
    }

    private async Task BulkCreateUsersAsync(CancellationToken cancellationToken)
    {
        Section("BulkCreateUsers (client stream)");
        using var call = _client.BulkCreateUsers(deadline: Deadline, cancellationToken: cancellationToken);
        foreach (var user in new[] { new User { Id = "u251", Email = "barbara@example.com" }, new User { Id = "u252", Email = "edsger@example.com" } })
        {
            await call.RequestStream.WriteAsync(new CreateUserRequest { User = user }, cancellationToken);
            Line($"streamed {user.Id}");
        }

        await call.RequestStream.CompleteAsync();
        var response = await call.ResponseAsync;
        Check(response.CreatedCount == 2, $"expected created_count 2, got {response.CreatedCount}");
        Line($"created_count: {response.CreatedCount}");
    }

    private async Task ChatAsync(CancellationToken cancellationToken)
    {
        Section("Chat (bidirectional stream, written by hand in the partial class)");
        using var call = _client.Chat(deadline: Deadline, cancellationToken: cancellationToken);
        foreach (var text in new[] { "hello", "how many users are there?" })
        {
            await call.RequestStream.WriteAsync(new ChatMessage { UserId = "u001", Text = text, SentAt = Timestamp.FromDateTime(DateTime.UtcNow) }, cancellationToken);
            Line($"u001 -> \"{text}\"");
            Check(await call.ResponseStream.MoveNext(cancellationToken), "Chat ended before answering");
            var reply = call.ResponseStream.Current;
            Check(reply.Text.EndsWith(text, StringComparison.Ordinal) && reply.SentAt is not null, $"unexpected reply \"{reply.Text}\"");
            Line($"{reply.UserId} -> \"{reply.Text}\"");
        }

        await call.RequestStream.CompleteAsync();
        Check(!await call.ResponseStream.MoveNext(cancellationToken), "Chat sent more than one reply per message");
        Line($"stream completed with {call.GetStatus().StatusCode}");
    }

    private static async Task CollectAsync(AsyncServerStreamingCall<UserEvent> watch, List<UserEvent> events, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var userEvent in watch.ResponseStream.ReadAllAsync(cancellationToken))
            {
                lock (events)
                {
                    events.Add(userEvent);
                }
            }
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.Cancelled && cancellationToken.IsCancellationRequested)
        {
            // The client cancelled: the normal end of a watch.
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private static int Count(List<UserEvent> events)
    {
        lock (events)
        {
            return events.Count;
        }
    }

    private static async Task WaitForAsync(Func<bool> condition, string failure, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        while (!condition())
        {
            if (waited.Elapsed > TimeSpan.FromSeconds(CallTimeoutSeconds))
            {
                throw new DemoCheckFailedException(failure);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), cancellationToken);
        }
    }

    private static async Task<RpcException> ExpectErrorAsync(StatusCode expected, string what, Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (RpcException e) when (e.StatusCode == expected)
        {
            return e;
        }
        catch (RpcException e)
        {
            throw new DemoCheckFailedException($"{what}: expected {expected}, got {e.StatusCode} ({e.Status.Detail})");
        }

        throw new DemoCheckFailedException($"{what}: expected {expected}, but the call succeeded");
    }

    private static void Check(bool condition, string failure)
    {
        if (!condition)
        {
            throw new DemoCheckFailedException(failure);
        }
    }

    /// <summary>The user as JSON, without created_at (a timestamp would make the transcript differ per run).</summary>
    private static string Describe(User user)
    {
        var shown = user.Clone();
        shown.CreatedAt = null;
        return shown.ToString();
    }

    private static string Describe(RpcException e) => $"{e.StatusCode}: {e.Status.Detail}";

    private void Section(string title)
    {
        _out.WriteLine();
        _out.WriteLine($"== {title}");
    }

    private void Line(string text) => _out.WriteLine($"   {text}");
}
