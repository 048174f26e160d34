using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace ProtoGuard.Tests.Infrastructure;

/// <summary>An analyzer test that compiles the code under test next to the generated Greeter service.</summary>
internal sealed class GrpcAnalyzerTest<TAnalyzer> : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public GrpcAnalyzerTest(string source, params DiagnosticResult[] expected)
    {
        ReferenceAssemblies = GrpcTestSources.ReferenceAssemblies;
        TestState.Sources.Add(("/0/Test0.cs", source));
        TestState.Sources.Add(("/0/Greet.cs", GrpcTestSources.Messages));
        TestState.Sources.Add(("/0/GreetGrpc.cs", GrpcTestSources.Service));
        ExpectedDiagnostics.AddRange(expected);
    }

    /// <summary>Adds an .editorconfig that applies to every C# file.</summary>
    public GrpcAnalyzerTest<TAnalyzer> WithEditorConfig(params string[] lines)
    {
        TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + string.Join("\n", lines) + "\n"));
        return this;
    }

    /// <summary>
    /// Adds the real gRPC client factory (Grpc.Net.ClientFactory, Grpc.AspNetCore.Server.ClientFactory) and the ASP.NET
    /// Core and Microsoft.Extensions assemblies its API is made of (Microsoft.Extensions.DependencyInjection.Abstractions
    /// already comes with Grpc.Net.Client's package dependencies).
    /// </summary>
    public GrpcAnalyzerTest<TAnalyzer> WithClientFactory()
    {
        foreach (var type in new[]
        {
            typeof(Microsoft.Extensions.DependencyInjection.GrpcClientServiceExtensions),
            typeof(Microsoft.Extensions.DependencyInjection.GrpcServerHttpClientBuilderExtensions),
            typeof(Microsoft.Extensions.DependencyInjection.IHttpClientBuilder),
            typeof(Microsoft.AspNetCore.Http.IHttpContextAccessor),
            typeof(Microsoft.AspNetCore.Http.Features.IFeatureCollection),
            typeof(Grpc.AspNetCore.Server.IServerCallContextFeature),
        })
        {
            if (!TestState.AdditionalReferences.Any(reference => reference.Display == type.Assembly.Location))
            {
                TestState.AdditionalReferences.Add(type.Assembly);
            }
        }

        return this;
    }

    public static DiagnosticResult Diagnostic() => CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic();
}
