using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Grpc.Core;
using Myservice.V1;

namespace ProtoGuard.Samples.UserService.Client;

/// <summary>
/// The guide's Python <c>UserClient</c>: a thin wrapper over the generated client that puts a deadline on
/// every call (grpc-dotnet has no default deadline) and offers <c>get_user</c> / <c>list_all_users</c>.
/// </summary>
public sealed class UserClient
{
    private readonly Myservice.V1.UserService.UserServiceClient _stub;
    private readonly TimeSpan _timeout;

    public UserClient(Myservice.V1.UserService.UserServiceClient stub, TimeSpan timeout)
    {
        _stub = stub;
        _timeout = timeout;
    }

    /// <summary>The user, or <c>null</c> when the server answers NOT_FOUND (any other error is rethrown).</summary>
    public async Task<User?> GetUserAsync(string userId, CancellationToken cancellationToken)
    {
        try
        {
            return await _stub.GetUserAsync(
                new GetUserRequest { Id = userId },
                deadline: DateTime.UtcNow.Add(_timeout),
                cancellationToken: cancellationToken);
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>Auto-paginates through all users: asks for pages until next_page_token comes back empty.</summary>
    public async Task<List<User>> ListAllUsersAsync(int pageSize, Action<ListUsersResponse>? onPage, CancellationToken cancellationToken)
    {
        var users = new List<User>();
        var token = string.Empty;
        while (true)
        {
            var response = await _stub.ListUsersAsync(
                new ListUsersRequest { PageSize = pageSize, PageToken = token },
                deadline: DateTime.UtcNow.Add(_timeout),
                cancellationToken: cancellationToken);
            onPage?.Invoke(response);
            users.AddRange(response.Users);
            if (response.NextPageToken.Length == 0)
            {
                break;
            }

            if (response.NextPageToken == token)
            {
                throw new InvalidOperationException("ListUsers returned the page token it was given; stopping instead of looping forever");
            }

            token = response.NextPageToken;
        }

        return users;
    }
}
