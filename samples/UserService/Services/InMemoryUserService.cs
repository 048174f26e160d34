using System;
using System.Threading.Tasks;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Myservice.V1;

namespace ProtoGuard.Samples.UserService.Services;

/// <summary>
/// The guide's <c>UserServicer</c>, generated: ProtoGuard implements CreateUser, GetUser, ListUsers, UpdateUser,
/// DeleteUser, WatchUsers and BulkCreateUsers in memory (see the generated <c>InMemoryUserService.InMemory.g.cs</c>).
/// What is left is written here: the bidirectional Chat, which no standard method describes, and a validation hook.
/// Registered as a singleton: grpc-dotnet would otherwise create an instance, and so an empty store, per call.
/// </summary>
[InMemoryService(DefaultPageSize = 50, MaxPageSize = 100)]
public sealed partial class InMemoryUserService : Myservice.V1.UserService.UserServiceBase
{
    public override async Task Chat(
        IAsyncStreamReader<ChatMessage> requestStream, IServerStreamWriter<ChatMessage> responseStream, ServerCallContext context)
    {
        await foreach (var message in requestStream.ReadAllAsync(context.CancellationToken))
        {
            var echo = new ChatMessage
            {
                UserId = "server",
                Text = $"echo from server: {message.Text}",
                SentAt = Timestamp.FromDateTimeOffset(Clock()),
            };
            await responseStream.WriteAsync(echo, context.CancellationToken);
        }
    }

    /// <summary>Runs before every create (CreateUser, BulkCreateUsers): an email must look like one.</summary>
    partial void OnCreating(User user, ServerCallContext context)
    {
        if (!user.Email.Contains('@', StringComparison.Ordinal))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"user.email '{user.Email}' is not an email address"));
        }
    }
}
