using Microsoft.CodeAnalysis.Testing;
using ProtoGuard.Analyzers.Generators;
using ProtoGuard.Tests.Infrastructure;

namespace ProtoGuard.Analyzers.Tests.Generators;

public sealed class PG4022InMemoryMethodGeneratedTests
{
    private static DiagnosticResult Generated(string rpc, string kind)
        => GrpcAnalyzerTest<PG4022InMemoryMethodGenerated>.Diagnostic().WithLocation(0).WithArguments(rpc, kind, "User", "id");

    [Fact]
    public async Task Reports_every_rpc_of_the_guides_service_it_implements() =>
        await InMemoryServiceTestSources.Test<PG4022InMemoryMethodGenerated>(
            "[{|#0:ProtoGuard.InMemoryService|}] public partial class Users : Myservice.V1.UserService.UserServiceBase { }",
            Generated("CreateUser", "Create"),
            Generated("GetUser", "Get"),
            Generated("ListUsers", "List"),
            Generated("WatchUsers", "Watch"),
            Generated("BulkCreateUsers", "BulkCreate"),
            Generated("UpdateUser", "Update")).RunAsync();

    [Fact]
    public async Task Does_not_report_methods_written_by_hand_or_needing_switched_off_helpers()
    {
        var test = InMemoryServiceTestSources.Test<PG4022InMemoryMethodGenerated>(
            """
            [{|#0:ProtoGuard.InMemoryService|}]
            public partial class Users : Myservice.V1.UserService.UserServiceBase
            {
                public override System.Threading.Tasks.Task<Myservice.V1.User> GetUser(Myservice.V1.GetUserRequest request, Grpc.Core.ServerCallContext context)
                    => System.Threading.Tasks.Task.FromResult(new Myservice.V1.User());
            }
            """,
            Generated("CreateUser", "Create"),
            Generated("ListUsers", "List"),
            Generated("WatchUsers", "Watch"),
            Generated("BulkCreateUsers", "BulkCreate"));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.ProtoGuardFieldMaskHelpers = None\n"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Overrides_in_the_generators_own_output_count_as_generated()
    {
        var test = InMemoryServiceTestSources.Test<PG4022InMemoryMethodGenerated>(
            "[{|#0:ProtoGuard.InMemoryService|}] public partial class Users : Myservice.V1.UserService.UserServiceBase { }",
            Generated("CreateUser", "Create"),
            Generated("GetUser", "Get"),
            Generated("ListUsers", "List"),
            Generated("WatchUsers", "Watch"),
            Generated("BulkCreateUsers", "BulkCreate"),
            Generated("UpdateUser", "Update"));
        test.TestState.Sources.Add(("/0/Users.InMemory.g.cs", """
            partial class Users
            {
                public override System.Threading.Tasks.Task<Myservice.V1.User> GetUser(Myservice.V1.GetUserRequest request, Grpc.Core.ServerCallContext context)
                    => System.Threading.Tasks.Task.FromResult(new Myservice.V1.User());
            }
            """));
        await test.RunAsync();
    }

    [Fact]
    public async Task Does_not_report_when_nothing_can_be_generated() =>
        await InMemoryServiceTestSources.Test<PG4022InMemoryMethodGenerated>(
            "[ProtoGuard.InMemoryService] public class Users : Myservice.V1.UserService.UserServiceBase { }").RunAsync();
}
