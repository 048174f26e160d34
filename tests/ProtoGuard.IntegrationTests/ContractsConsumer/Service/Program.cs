using Contracts.V1;
using Grpc.Core;
using Microsoft.AspNetCore.Server.Kestrel.Core;

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureEndpointDefaults(endpoint => endpoint.Protocols = HttpProtocols.Http2));
builder.Logging.ClearProviders();
builder.Services.AddGrpc();
builder.Services.AddSingleton<UserStore>();
WebApplication app = builder.Build();
app.MapGrpcService<UserDirectoryService>();
app.Lifetime.ApplicationStarted.Register(() => Console.WriteLine("listening on " + string.Join(" ", app.Urls)));
app.Run();

/// <summary>Five users, ids u1 to u5.</summary>
internal sealed class UserStore
{
    public List<User> Users { get; } = Enumerable.Range(1, 5)
        .Select(i => new User { Id = "u" + i, DisplayName = "User " + i })
        .ToList();
}

/// <summary>AIP-158 paging with offsets as tokens; AIP-134 updates through the helpers the Contracts library has.</summary>
internal sealed class UserDirectoryService(UserStore store) : UserService.UserServiceBase
{
    public override Task<ListUsersResponse> ListUsers(ListUsersRequest request, ServerCallContext context)
    {
        int start = request.PageToken.Length == 0 ? 0 : int.Parse(request.PageToken, System.Globalization.CultureInfo.InvariantCulture);
        int size = request.PageSize <= 0 ? 2 : request.PageSize;
        var response = new ListUsersResponse();
        response.Users.AddRange(store.Users.Skip(start).Take(size));
        int next = start + size;
        response.NextPageToken = next < store.Users.Count ? next.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
        return Task.FromResult(response);
    }

    public override Task<UpdateUserResponse> UpdateUser(UpdateUserRequest request, ServerCallContext context)
    {
        User stored = store.Users.Single(user => user.Id == request.User.Id);
        try
        {
            stored.ApplyFieldMask(request.User, request.UpdateMask);
        }
        catch (ArgumentException e)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, e.Message));
        }

        return Task.FromResult(new UpdateUserResponse { User = stored });
    }
}
