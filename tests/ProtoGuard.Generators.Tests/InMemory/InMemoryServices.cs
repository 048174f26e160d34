namespace ProtoGuard.Generators.Tests.InMemory;

/// <summary>Every method kind on two resources, small pages and a small watch buffer so the edges are reachable.</summary>
[ProtoGuard.InMemoryService(DefaultPageSize = 3, MaxPageSize = 5, WatchBufferCapacity = 4)]
public partial class InMemoryLibraryService : Library.V1.LibraryService.LibraryServiceBase
{
}

/// <summary>The guide's UserService (test copy): sequential ids, a hook that validates.</summary>
[ProtoGuard.InMemoryService(IdFormat = ProtoGuard.InMemoryIdFormat.Sequential, WatchBufferCapacity = 100000)]
public partial class InMemoryUserService : Myservice.V1.UserService.UserServiceBase
{
    partial void OnCreating(Myservice.V1.User user, Grpc.Core.ServerCallContext context)
    {
        if (user.Email.EndsWith("@invalid.example", System.StringComparison.Ordinal))
        {
            throw new Grpc.Core.RpcException(new Grpc.Core.Status(Grpc.Core.StatusCode.InvalidArgument, "email domain is not allowed"));
        }
    }
}
