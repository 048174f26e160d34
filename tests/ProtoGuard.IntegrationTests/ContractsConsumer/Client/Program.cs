using Contracts.V1;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Net.Client;
using ProtoGuard.Generated;

// args: the Service's address, and a path that User does not have (from the command line: a literal would be PG3018).
using GrpcChannel channel = GrpcChannel.ForAddress(args[0]);
var client = new UserService.UserServiceClient(channel);

var ids = new List<string>();
await foreach (User user in client.ListUsersPagedAsync(
    new ListUsersRequest { PageSize = 2 },
    new ProtoGuardPagingOptions { PageTimeout = TimeSpan.FromSeconds(30), ReadAhead = true }))
{
    ids.Add(user.Id);
}

Console.WriteLine("paged: " + string.Join(",", ids));
Console.WriteLine("pages: " + client.ListUsersPaged(new ListUsersRequest { PageSize = 2 }).AsPages().Count());

var profile = new Profile { Bio = "old", Address = new Address { City = "Oslo", Street = "Main" }, Age = 40, Tags = { "a" } };
var patch = new Profile { Bio = "new", Address = new Address { City = "Bergen" }, Tags = { "b", "c" } };
profile.ApplyFieldMask(patch, new FieldMask { Paths = { "bio", "address.city", "age", "tags" } });
Console.WriteLine("profile: " + profile);
Console.WriteLine("mask: " + ProfileFieldMask.ComputeFieldMask(new Profile(), patch));
try
{
    profile.ApplyFieldMask(patch, new FieldMask { Paths = { "nickname" } });
}
catch (ArgumentException e)
{
    Console.WriteLine("invalid: " + e.Message);
}

UpdateUserResponse updated = await client.UpdateUserAsync(
    new UpdateUserRequest { User = new User { Id = "u3", DisplayName = "Renamed" }, UpdateMask = new FieldMask { Paths = { "display_name" } } },
    deadline: DateTime.UtcNow.AddSeconds(30));
Console.WriteLine("updated: " + updated.User);
try
{
    await client.UpdateUserAsync(
        new UpdateUserRequest { User = new User { Id = "u3" }, UpdateMask = new FieldMask { Paths = { args[1] } } },
        deadline: DateTime.UtcNow.AddSeconds(30));
}
catch (RpcException e)
{
    Console.WriteLine("rejected: " + e.StatusCode);
}
