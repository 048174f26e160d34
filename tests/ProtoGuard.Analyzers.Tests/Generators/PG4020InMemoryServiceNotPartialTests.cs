using Microsoft.CodeAnalysis.Testing;
using ProtoGuard.Analyzers.Generators;
using ProtoGuard.Tests.Infrastructure;

namespace ProtoGuard.Analyzers.Tests.Generators;

public sealed class PG4020InMemoryServiceNotPartialTests
{
    private static DiagnosticResult Expected(string type, string which)
        => GrpcAnalyzerTest<PG4020InMemoryServiceNotPartial>.Diagnostic().WithLocation(0).WithArguments(type, which);

    [Fact]
    public async Task Reports_a_class_that_is_not_partial() =>
        await InMemoryServiceTestSources.Test<PG4020InMemoryServiceNotPartial>(
            "[{|#0:ProtoGuard.InMemoryService|}] public class Users : Myservice.V1.UserService.UserServiceBase { }",
            Expected("Users", "it")).RunAsync();

    [Fact]
    public async Task Reports_a_containing_class_that_is_not_partial() =>
        await InMemoryServiceTestSources.Test<PG4020InMemoryServiceNotPartial>(
            "public class Outer { [{|#0:ProtoGuard.InMemoryService(MaxPageSize = 10)|}] public partial class Users : Myservice.V1.UserService.UserServiceBase { } }",
            Expected("Users", "its containing type 'Outer'")).RunAsync();

    [Fact]
    public async Task Does_not_report_partial_classes() =>
        await InMemoryServiceTestSources.Test<PG4020InMemoryServiceNotPartial>(
            "public partial class Outer { [ProtoGuard.InMemoryService] public partial class Users : Myservice.V1.UserService.UserServiceBase { } }").RunAsync();

    [Fact]
    public async Task Does_not_report_unmarked_classes() =>
        await InMemoryServiceTestSources.Test<PG4020InMemoryServiceNotPartial>(
            "public class Users : Myservice.V1.UserService.UserServiceBase { }").RunAsync();
}
