using Microsoft.CodeAnalysis.Testing;
using ProtoGuard.Analyzers.Generators;
using ProtoGuard.Tests.Infrastructure;

namespace ProtoGuard.Analyzers.Tests.Generators;

public sealed class PG4023InMemoryMethodNotGeneratedTests
{
    private static DiagnosticResult NotGenerated(string rpc, string reason)
        => GrpcAnalyzerTest<PG4023InMemoryMethodNotGenerated>.Diagnostic().WithLocation(0).WithArguments(rpc, reason);

    [Fact]
    public async Task Reports_an_rpc_whose_shape_is_not_recognized() =>
        await InMemoryServiceTestSources.Test<PG4023InMemoryMethodNotGenerated>(
            "[{|#0:ProtoGuard.InMemoryService|}] public partial class Users : Myservice.V1.UserService.UserServiceBase { }",
            NotGenerated("Chat", "its name does not start with Create, Get, List, Update, Delete, Watch or BulkCreate")).RunAsync();

    [Fact]
    public async Task Reports_methods_written_by_hand_and_updates_without_field_mask_helpers()
    {
        var test = InMemoryServiceTestSources.Test<PG4023InMemoryMethodNotGenerated>(
            """
            [{|#0:ProtoGuard.InMemoryService|}]
            public partial class Users : Myservice.V1.UserService.UserServiceBase
            {
                public override System.Threading.Tasks.Task<Myservice.V1.User> GetUser(Myservice.V1.GetUserRequest request, Grpc.Core.ServerCallContext context)
                    => System.Threading.Tasks.Task.FromResult(new Myservice.V1.User());
            }
            """,
            NotGenerated("GetUser", "it is written in the partial class"),
            NotGenerated("Chat", "its name does not start with Create, Get, List, Update, Delete, Watch or BulkCreate"),
            NotGenerated("UpdateUser", "it needs the FieldMask helpers of User, which ProtoGuardFieldMaskHelpers=none turns off"));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.ProtoGuardFieldMaskHelpers = none\n"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Reports_a_resource_without_a_key_field()
    {
        var test = InMemoryServiceTestSources.Test<PG4023InMemoryMethodNotGenerated>(
            "[{|#0:ProtoGuard.InMemoryService|}] public partial class Hellos : Keyless.HelloService.HelloServiceBase { }",
            NotGenerated("GetHello", "no key field found in HelloReply (string id, name or hello_reply_id)"));
        test.TestState.Sources.Add(("/0/Keyless.cs", InMemoryServiceTestSources.KeylessService));
        await test.RunAsync();
    }
}
