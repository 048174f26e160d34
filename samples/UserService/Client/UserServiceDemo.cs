using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Myservice.V1;
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
/// Exercises every rpc of myservice.v1.UserService through the generated client and prints a transcript.
/// Every call carries a UTC deadline and the caller's cancellation token; streaming calls are disposed.
/// </summary>
public sealed class UserServiceDemo
{
    private const int CallTimeoutSeconds = 5;

    private readonly Myservice.V1.UserService.UserServiceClient _client;
    private readonly UserClient _users;
    private readonly UserStore _serverStore;
    private readonly TextWriter _out;

    public UserServiceDemo(Myservice.V1.UserService.UserServiceClient client, UserStore serverStore, TextWriter output)
    {
        _client = client;
        _users = new UserClient(client, TimeSpan.FromSeconds(CallTimeoutSeconds));
        _serverStore = serverStore;
        _out = output;
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        User[] initial =
        [
            new User { Id = "u1", Email = "ada@example.com", DisplayName = "Ada Lovelace", Role = UserRole.Admin, Phone = "+44 20 7946 0001" },
            new User { Id = "u2", Email = "grace@example.com", DisplayName = "Grace Hopper", Role = UserRole.Member, SlackId = "U02GRACE" },
            new User { Id = "u3", Email = "alan@example.com", DisplayName = "Alan Turing", Role = UserRole.Member, Metadata = { ["team"] = "crypto" } },
        ];
        User[] bulk =
        [
            new User { Id = "u4", Email = "barbara@example.com", DisplayName = "Barbara Liskov", Role = UserRole.Member },
            new User { Id = "u5", Email = "edsger@example.com", DisplayName = "Edsger Dijkstra", Role = UserRole.Member },
        ];

        await CreateUsersAsync(initial, cancellationToken);
        await GetUsersAsync(cancellationToken);
        await ListUsersAsync(expectedCount: initial.Length, cancellationToken);
        await UpdateUserAsync(cancellationToken);
        await WatchUsersAsync(cancellationToken);
        await BulkCreateUsersAsync(bulk, cancellationToken);
        await ChatAsync(cancellationToken);

        Section("ListUsers again");
        List<User> all = await _users.ListAllUsersAsync(pageSize: 2, onPage: null, cancellationToken);
        Check(all.Count == initial.Length + bulk.Length, $"expected {initial.Length + bulk.Length} users, listed {all.Count}");
        Line($"listed {all.Count} users: {string.Join(", ", all.Select(u => u.Id))}");
    }

    private async Task CreateUsersAsync(User[] users, CancellationToken cancellationToken)
    {
        Section("CreateUser");
        foreach (User user in users)
        {
            CreateUserResponse response = await _client.CreateUserAsync(
                new CreateUserRequest { User = user },
                deadline: DateTime.UtcNow.AddSeconds(CallTimeoutSeconds),
                cancellationToken: cancellationToken);
            Check(response.User is not null && response.User.Id == user.Id, $"CreateUser {user.Id} returned no user");
            Check(response.User!.CreatedAt is not null, $"CreateUser {user.Id}: the server did not set created_at");
            Line($"created {Describe(response.User)}");
        }

        RpcException duplicate = await ExpectErrorAsync(
            StatusCode.AlreadyExists,
            "CreateUser u1 again",
            async () => await _client.CreateUserAsync(
                new CreateUserRequest { User = users[0] },
                deadline: DateTime.UtcNow.AddSeconds(CallTimeoutSeconds),
                cancellationToken: cancellationToken));
        Line($"CreateUser u1 again -> {Describe(duplicate)}");
    }

    private async Task GetUsersAsync(CancellationToken cancellationToken)
    {
        Section("GetUser");
        User? found = await _users.GetUserAsync("u2", cancellationToken);
        Check(found is not null && found.Email == "grace@example.com", "GetUser u2 did not return Grace");
        Line($"get_user(\"u2\") -> {Describe(found!)}");

        User? missing = await _users.GetUserAsync("nobody", cancellationToken);
        Check(missing is null, "GetUser nobody returned a user");
        Line("get_user(\"nobody\") -> null (server answered NotFound)");
    }

    private async Task ListUsersAsync(int expectedCount, CancellationToken cancellationToken)
    {
        Section("ListUsers (page_size 2, auto-paginating until next_page_token is empty)");
        int page = 0;
        List<User> all = await _users.ListAllUsersAsync(
            pageSize: 2,
            onPage: response =>
            {
                page++;
                string next = response.NextPageToken.Length == 0 ? "\"\" (last page)" : $"\"{response.NextPageToken}\" (opaque)";
                Line($"page {page}: {string.Join(", ", response.Users.Select(u => u.Id))}; next_page_token {next}");
            },
            cancellationToken);
        Check(page == (expectedCount + 1) / 2, $"expected {(expectedCount + 1) / 2} pages of 2, got {page}");
        Check(all.Count == expectedCount, $"created {expectedCount} users but listed {all.Count}");
        Check(all.Select(u => u.Id).Distinct().Count() == all.Count, "a user was listed twice");
        Line($"listed {all.Count} users, created {expectedCount}: OK");

        ListUsersResponse defaults = await _client.ListUsersAsync(
            new ListUsersRequest(),
            deadline: DateTime.UtcNow.AddSeconds(CallTimeoutSeconds),
            cancellationToken: cancellationToken);
        Check(defaults.Users.Count == expectedCount && defaults.NextPageToken.Length == 0, "page_size 0 did not use the default page size");
        Line($"page_size 0 (default {UserServiceImpl.DefaultPageSize}) -> {defaults.Users.Count} users, no next page");

        RpcException negative = await ExpectErrorAsync(
            StatusCode.InvalidArgument,
            "ListUsers page_size -1",
            async () => await _client.ListUsersAsync(
                new ListUsersRequest { PageSize = -1 },
                deadline: DateTime.UtcNow.AddSeconds(CallTimeoutSeconds),
                cancellationToken: cancellationToken));
        Line($"page_size -1 -> {Describe(negative)}");

        RpcException forged = await ExpectErrorAsync(
            StatusCode.InvalidArgument,
            "ListUsers with a hand-made page_token",
            async () => await _client.ListUsersAsync(
                new ListUsersRequest { PageSize = 2, PageToken = "2" },
                deadline: DateTime.UtcNow.AddSeconds(CallTimeoutSeconds),
                cancellationToken: cancellationToken));
        Line($"page_token \"2\" (the guide's raw offset) -> {Describe(forged)}");
    }

    private async Task UpdateUserAsync(CancellationToken cancellationToken)
    {
        Section("UpdateUser (update_mask: display_name)");
        var patch = new User { Id = "u2", DisplayName = "Rear Admiral Grace Hopper", Email = "not-applied@example.com" };
        User updated = await _client.UpdateUserAsync(
            new UpdateUserRequest { User = patch, UpdateMask = FieldMask.FromString("display_name") },
            deadline: DateTime.UtcNow.AddSeconds(CallTimeoutSeconds),
            cancellationToken: cancellationToken);
        Check(updated.DisplayName == patch.DisplayName, "display_name was not updated");
        Check(updated.Email == "grace@example.com", "email changed although it is not in the mask");
        Check(updated.ContactCase == User.ContactOneofCase.SlackId && updated.Role == UserRole.Member, "fields outside the mask changed");
        Line($"sent {Describe(patch)}");
        Line($"got  {Describe(updated)} (email untouched: not in the mask)");

        User? reread = await _users.GetUserAsync("u2", cancellationToken);
        Check(reread is not null && reread.DisplayName == patch.DisplayName, "the update was not stored");

        foreach (string path in new[] { "metadata.team", "nickname" })
        {
            RpcException invalid = await ExpectErrorAsync(
                StatusCode.InvalidArgument,
                $"UpdateUser with update_mask {path}",
                async () => await _client.UpdateUserAsync(
                    new UpdateUserRequest { User = patch, UpdateMask = FieldMask.FromString(path) },
                    deadline: DateTime.UtcNow.AddSeconds(CallTimeoutSeconds),
                    cancellationToken: cancellationToken));
            Line($"update_mask {path} -> {Describe(invalid)}");
        }
    }

    private async Task WatchUsersAsync(CancellationToken cancellationToken)
    {
        const int wanted = 3;
        Section($"WatchUsers (server stream, heartbeat every {UserServiceImpl.HeartbeatInterval.TotalMilliseconds:0} ms)");
        using var watchCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using AsyncServerStreamingCall<UserEvent> call = _client.WatchUsers(
            new WatchUsersRequest(),
            deadline: DateTime.UtcNow.AddSeconds(CallTimeoutSeconds),
            cancellationToken: watchCancellation.Token);

        int received = 0;
        try
        {
            await foreach (UserEvent userEvent in call.ResponseStream.ReadAllAsync(watchCancellation.Token))
            {
                received++;
                Line($"event {received}: {userEvent.Type}");
                if (received == wanted)
                {
                    Line($"client cancels the call after {wanted} events");
                    await watchCancellation.CancelAsync();
                }
            }

            throw new DemoCheckFailedException($"WatchUsers ended by itself after {received} events");
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.Cancelled && watchCancellation.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            Line($"client side: call ended with {e.StatusCode}");
        }

        Check(received == wanted, $"expected {wanted} events before cancelling, got {received}");

        // The server must notice: its context.CancellationToken fires and the handler returns.
        var waited = Stopwatch.StartNew();
        while (_serverStore.ActiveWatchers != 0 && waited.Elapsed < TimeSpan.FromSeconds(CallTimeoutSeconds))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20), cancellationToken);
        }

        Check(_serverStore.ActiveWatchers == 0, "the server's WatchUsers handler is still running after the client cancelled");
        Line("server side: WatchUsers handler observed the cancellation and returned");
    }

    private async Task BulkCreateUsersAsync(User[] users, CancellationToken cancellationToken)
    {
        Section("BulkCreateUsers (client stream)");
        using AsyncClientStreamingCall<CreateUserRequest, BulkResp> call = _client.BulkCreateUsers(
            deadline: DateTime.UtcNow.AddSeconds(CallTimeoutSeconds),
            cancellationToken: cancellationToken);
        foreach (User user in users)
        {
            await call.RequestStream.WriteAsync(new CreateUserRequest { User = user }, cancellationToken);
            Line($"streamed {user.Id}");
        }

        await call.RequestStream.CompleteAsync();
        BulkResp response = await call.ResponseAsync;
        Check(response.CreatedCount == users.Length, $"expected created_count {users.Length}, got {response.CreatedCount}");
        Line($"created_count: {response.CreatedCount}");
    }

    private async Task ChatAsync(CancellationToken cancellationToken)
    {
        Section("Chat (bidirectional stream)");
        using AsyncDuplexStreamingCall<ChatMessage, ChatMessage> call = _client.Chat(
            deadline: DateTime.UtcNow.AddSeconds(CallTimeoutSeconds),
            cancellationToken: cancellationToken);
        foreach (string text in new[] { "hello", "how many users are there?" })
        {
            var message = new ChatMessage { UserId = "u1", Text = text, SentAt = Timestamp.FromDateTime(DateTime.UtcNow) };
            await call.RequestStream.WriteAsync(message, cancellationToken);
            Line($"u1 -> \"{text}\"");
            Check(await call.ResponseStream.MoveNext(cancellationToken), "Chat ended before answering");
            ChatMessage reply = call.ResponseStream.Current;
            Check(reply.Text.EndsWith(text, StringComparison.Ordinal) && reply.SentAt is not null, $"unexpected reply \"{reply.Text}\"");
            Line($"{reply.UserId} -> \"{reply.Text}\"");
        }

        await call.RequestStream.CompleteAsync();
        Check(!await call.ResponseStream.MoveNext(cancellationToken), "Chat sent more than one reply per message");
        Line($"stream completed with {call.GetStatus().StatusCode}");
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
        User shown = user.Clone();
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
