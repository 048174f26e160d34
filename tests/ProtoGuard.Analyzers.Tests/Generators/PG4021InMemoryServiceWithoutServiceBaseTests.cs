using ProtoGuard.Analyzers.Generators;
using ProtoGuard.Tests.Infrastructure;

namespace ProtoGuard.Analyzers.Tests.Generators;

public sealed class PG4021InMemoryServiceWithoutServiceBaseTests
{
    [Theory]
    [InlineData("")]
    [InlineData(" : System.Collections.Generic.List<int>")]
    [InlineData(" : Middle")]
    public async Task Reports_a_class_without_a_direct_service_base(string baseList) =>
        await InMemoryServiceTestSources.Test<PG4021InMemoryServiceWithoutServiceBase>(
            "public abstract class Middle : Myservice.V1.UserService.UserServiceBase { }\n"
            + $"[{{|#0:ProtoGuard.InMemoryService|}}] public partial class Users{baseList} {{ }}",
            GrpcAnalyzerTest<PG4021InMemoryServiceWithoutServiceBase>.Diagnostic().WithLocation(0).WithArguments("Users")).RunAsync();

    [Fact]
    public async Task Does_not_report_a_class_deriving_from_a_grpc_tools_service_base() =>
        await InMemoryServiceTestSources.Test<PG4021InMemoryServiceWithoutServiceBase>(
            "[ProtoGuard.InMemoryService] public partial class Users : Myservice.V1.UserService.UserServiceBase { }").RunAsync();
}
