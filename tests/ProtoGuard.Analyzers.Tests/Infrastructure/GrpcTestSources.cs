using System.IO;
using System.Reflection;
using Microsoft.CodeAnalysis.Testing;

namespace ProtoGuard.Tests.Infrastructure;

/// <summary>
/// What the C# rule tests compile against: the real .NET 10 reference assemblies, the real gRPC and protobuf
/// packages, and the real Grpc.Tools output for greet.proto (TestData/README.md).
/// </summary>
internal static class GrpcTestSources
{
    public static ReferenceAssemblies ReferenceAssemblies { get; } =
        new ReferenceAssemblies(
            "net10.0",
            new PackageIdentity("Microsoft.NETCore.App.Ref", "10.0.12"),
            Path.Combine("ref", "net10.0"))
        .AddPackages([
            new PackageIdentity("Grpc.Core.Api", "2.85.0"),
            new PackageIdentity("Grpc.Net.Client", "2.85.0"),
            new PackageIdentity("Google.Protobuf", "3.36.2"),
        ]);

    /// <summary>protoc's message classes for greet.proto (HelloRequest, HelloReply, GreetReflection).</summary>
    public static string Messages { get; } = Load("Greet.cs");

    /// <summary>grpc_csharp_plugin's service code for greet.proto (Greeter.GreeterBase, Greeter.GreeterClient).</summary>
    public static string Service { get; } = Load("GreetGrpc.cs");

    /// <summary>protoc's message classes for the guide's user.proto (ListUsersRequest, UpdateUserRequest with a FieldMask, …).</summary>
    public static string UserMessages { get; } = Load("User.cs");

    /// <summary>grpc_csharp_plugin's service code for user.proto (UserService.UserServiceBase, UserService.UserServiceClient).</summary>
    public static string UserService { get; } = Load("UserGrpc.cs");

    /// <summary>
    /// protoc's message classes for naming.proto (namespace Naming.V1): wrapper fields named <c>descriptor</c> and
    /// <c>types</c> (C# <c>Descriptor_</c>, <c>Types_</c>) and proto names that are not snake_case.
    /// </summary>
    public static string NamingMessages { get; } = Load("Naming.cs");

    /// <summary>protoc's message classes for paging.proto (namespace Paging.V1): List RPC messages, one near miss of AIP-158 per reason.</summary>
    public static string PagingMessages { get; } = Load("Paging.cs");

    /// <summary>grpc_csharp_plugin's service code for paging.proto (WidgetService.WidgetServiceClient).</summary>
    public static string PagingService { get; } = Load("PagingGrpc.cs");

    /// <summary>
    /// <see cref="ReferenceAssemblies"/> plus Grpc.AspNetCore.Server, for rules that depend on the server being ASP.NET
    /// Core's. Only the package's own assembly is added (not the ASP.NET Core shared framework): enough to resolve its types.
    /// </summary>
    public static ReferenceAssemblies AspNetCoreReferenceAssemblies { get; } =
        ReferenceAssemblies.AddPackages([new PackageIdentity("Grpc.AspNetCore.Server", "2.85.0")]);

    private static string Load(string fileName)
    {
        using var stream = typeof(GrpcTestSources).Assembly.GetManifestResourceStream("TestData." + fileName)
            ?? throw new FileNotFoundException("Embedded test resource not found.", fileName);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
