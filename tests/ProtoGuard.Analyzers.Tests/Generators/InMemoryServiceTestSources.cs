using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using ProtoGuard.Tests.Infrastructure;

namespace ProtoGuard.Analyzers.Tests.Generators;

/// <summary>Sources for the PG4020-series tests: the attribute the generator emits, and the guide's UserService.</summary>
internal static class InMemoryServiceTestSources
{
    /// <summary>The marker attribute as the in-memory generator emits it (the analyzer tests run no generator).</summary>
    public const string Attribute = """
        namespace ProtoGuard
        {
            [System.AttributeUsage(System.AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
            internal sealed class InMemoryServiceAttribute : System.Attribute
            {
                public int DefaultPageSize { get; set; } = 50;
                public int MaxPageSize { get; set; } = 1000;
                public int WatchBufferCapacity { get; set; } = 1024;
                public InMemoryIdFormat IdFormat { get; set; }
            }

            internal enum InMemoryIdFormat { Guid = 0, Sequential = 1 }
        }
        """;

    /// <summary>A hand-made service base in Grpc.Tools' shape whose Get RPC returns a message without a key field.</summary>
    public const string KeylessService = """
        namespace Keyless
        {
            public static partial class HelloService
            {
                static readonly string __ServiceName = "keyless.HelloService";

                [global::Grpc.Core.BindServiceMethod(typeof(HelloService), "BindService")]
                public abstract partial class HelloServiceBase
                {
                    [global::System.CodeDom.Compiler.GeneratedCode("grpc_csharp_plugin", null)]
                    public virtual global::System.Threading.Tasks.Task<global::Greet.HelloReply> GetHello(global::Greet.HelloRequest request, global::Grpc.Core.ServerCallContext context)
                        => throw new global::Grpc.Core.RpcException(new global::Grpc.Core.Status(global::Grpc.Core.StatusCode.Unimplemented, ""));
                }

                public static global::Grpc.Core.ServerServiceDefinition BindService(HelloServiceBase serviceImpl) => null!;
            }
        }
        """;

    public static GrpcAnalyzerTest<TAnalyzer> Test<TAnalyzer>(string source, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new GrpcAnalyzerTest<TAnalyzer>(source, expected);
        test.TestState.Sources.Add(("/0/User.cs", GrpcTestSources.UserMessages));
        test.TestState.Sources.Add(("/0/UserGrpc.cs", GrpcTestSources.UserService));
        test.TestState.Sources.Add(("/0/InMemoryServiceAttribute.cs", Attribute));
        return test;
    }
}
