using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using System.Threading.Tasks;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Myservice.V1;

namespace ProtoGuard.Samples.UserService.Services;

/// <summary>
/// The guide's Python <c>UserServicer</c> ported to grpc-dotnet. Errors are <see cref="RpcException"/>s with
/// the guide's status codes; every handler hands <see cref="ServerCallContext.CancellationToken"/> (cancelled
/// when the client cancels, disconnects or its deadline passes) to whatever it awaits.
/// </summary>
public sealed class UserServiceImpl : Myservice.V1.UserService.UserServiceBase
{
    /// <summary>AIP-158: page_size 0 means this default ...</summary>
    public const int DefaultPageSize = 50;

    /// <summary>... and larger values are coerced down to this maximum.</summary>
    public const int MaxPageSize = 100;

    /// <summary>The guide sends a heartbeat every 5 s; the sample uses 200 ms so that it finishes quickly.</summary>
    public static readonly TimeSpan HeartbeatInterval = TimeSpan.FromMilliseconds(200);

    private readonly UserStore _store;
    private readonly TimeProvider _time;

    public UserServiceImpl(UserStore store, TimeProvider time)
    {
        _store = store;
        _time = time;
    }

    public override Task<CreateUserResponse> CreateUser(CreateUserRequest request, ServerCallContext context)
    {
        User stored = Create(request.User);
        return Task.FromResult(new CreateUserResponse { User = stored });
    }

    public override Task<User> GetUser(GetUserRequest request, ServerCallContext context)
    {
        if (!_store.TryGet(request.Id, out User user))
        {
            throw new RpcException(new Status(StatusCode.NotFound, $"User {request.Id} not found"));
        }

        return Task.FromResult(user);
    }

    public override Task<ListUsersResponse> ListUsers(ListUsersRequest request, ServerCallContext context)
    {
        if (request.PageSize < 0)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "page_size must not be negative"));
        }

        if (!PageToken.TryDecode(request.PageToken, out int start))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "page_token is not a token this service issued"));
        }

        int pageSize = request.PageSize == 0 ? DefaultPageSize : Math.Min(request.PageSize, MaxPageSize);
        IReadOnlyList<User> all = _store.Snapshot();
        int end = (int)Math.Min((long)start + pageSize, all.Count); // a token past the end gives an empty last page
        var response = new ListUsersResponse();
        for (int i = start; i < end; i++)
        {
            response.Users.Add(all[i]);
        }

        // Empty only at the end (AIP-158): a full last page ends the listing here, not with one more empty call.
        response.NextPageToken = end < all.Count ? PageToken.Encode(end) : string.Empty;
        return Task.FromResult(response);
    }

    public override Task<User> UpdateUser(UpdateUserRequest request, ServerCallContext context)
    {
        if (request.User is null || request.User.Id.Length == 0)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "user.id is required"));
        }

        // Compare-and-swap: a concurrent update of the same user is re-applied on top, never lost.
        while (true)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (!_store.TryGet(request.User.Id, out User current))
            {
                throw new RpcException(new Status(StatusCode.NotFound, $"User {request.User.Id} not found"));
            }

            User updated = UserUpdates.Apply(current, request.User, request.UpdateMask, out string? error);
            if (error is not null)
            {
                throw new RpcException(new Status(StatusCode.InvalidArgument, error));
            }

            if (_store.TryReplace(current, updated))
            {
                return Task.FromResult(updated);
            }
        }
    }

    public override async Task WatchUsers(
        WatchUsersRequest request, IServerStreamWriter<UserEvent> responseStream, ServerCallContext context)
    {
        // The guide loops on context.is_active(); here the token is the signal, and it also ends the delay at once.
        CancellationToken cancellationToken = context.CancellationToken;
        _store.WatcherStarted();
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                await responseStream.WriteAsync(new UserEvent { Type = "heartbeat" }, cancellationToken);
                await Task.Delay(HeartbeatInterval, _time, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away (cancelled, deadline, disconnect): a normal end for a watch stream.
        }
        finally
        {
            _store.WatcherEnded();
        }
    }

    public override async Task<BulkResp> BulkCreateUsers(
        IAsyncStreamReader<CreateUserRequest> requestStream, ServerCallContext context)
    {
        int created = 0;
        await foreach (CreateUserRequest request in requestStream.ReadAllAsync(context.CancellationToken))
        {
            ValidateNewUser(request.User);
            if (_store.TryAdd(Stamp(request.User)))
            {
                created++;
            }
        }

        return new BulkResp { CreatedCount = created };
    }

    public override async Task Chat(
        IAsyncStreamReader<ChatMessage> requestStream, IServerStreamWriter<ChatMessage> responseStream, ServerCallContext context)
    {
        await foreach (ChatMessage message in requestStream.ReadAllAsync(context.CancellationToken))
        {
            var echo = new ChatMessage
            {
                UserId = "server",
                Text = $"echo from server: {message.Text}",
                SentAt = Timestamp.FromDateTimeOffset(_time.GetUtcNow()),
            };
            await responseStream.WriteAsync(echo, context.CancellationToken);
        }
    }

    private User Create(User? user)
    {
        ValidateNewUser(user);
        User stored = Stamp(user);
        if (!_store.TryAdd(stored))
        {
            // The guide sets ALREADY_EXISTS and returns an empty response; grpc-dotnet reports it by throwing.
            throw new RpcException(new Status(StatusCode.AlreadyExists, $"User {stored.Id} already exists"));
        }

        return stored;
    }

    private static void ValidateNewUser([NotNull] User? user)
    {
        if (user is null || user.Id.Length == 0)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "user.id is required"));
        }
    }

    /// <summary>A copy to store, with the output-only created_at set by the server.</summary>
    private User Stamp(User user)
    {
        User stored = user.Clone();
        stored.CreatedAt = Timestamp.FromDateTimeOffset(_time.GetUtcNow());
        return stored;
    }
}
