using ProtoGuard.Analyzers.Generators;
using ProtoGuard.Tests.Infrastructure;

namespace ProtoGuard.Analyzers.Tests.Generators;

public sealed class PG4024InMemoryServiceInvalidOptionsTests
{
    [Theory]
    [InlineData("DefaultPageSize = 0", "DefaultPageSize (0) must be at least 1")]
    [InlineData("DefaultPageSize = 100, MaxPageSize = 10", "MaxPageSize (10) must be at least DefaultPageSize (100)")]
    [InlineData("MaxPageSize = 20", "MaxPageSize (20) must be at least DefaultPageSize (50)")]
    [InlineData("WatchBufferCapacity = -1", "WatchBufferCapacity (-1) must be at least 1")]
    public async Task Reports_invalid_values(string arguments, string problem) =>
        await InMemoryServiceTestSources.Test<PG4024InMemoryServiceInvalidOptions>(
            $"[{{|#0:ProtoGuard.InMemoryService({arguments})|}}] public partial class Users : Myservice.V1.UserService.UserServiceBase {{ }}",
            GrpcAnalyzerTest<PG4024InMemoryServiceInvalidOptions>.Diagnostic().WithLocation(0).WithArguments(problem)).RunAsync();

    [Theory]
    [InlineData("")]
    [InlineData("(DefaultPageSize = 1, MaxPageSize = 1, WatchBufferCapacity = 1)")]
    [InlineData("(MaxPageSize = 50)")]
    public async Task Does_not_report_valid_values(string arguments) =>
        await InMemoryServiceTestSources.Test<PG4024InMemoryServiceInvalidOptions>(
            $"[ProtoGuard.InMemoryService{arguments}] public partial class Users : Myservice.V1.UserService.UserServiceBase {{ }}").RunAsync();
}
