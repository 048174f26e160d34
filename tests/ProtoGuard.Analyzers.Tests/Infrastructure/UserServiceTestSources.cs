using System.IO;
using Microsoft.CodeAnalysis.Testing;

namespace ProtoGuard.Tests.Infrastructure;

/// <summary>
/// The real Grpc.Tools output for users.proto (TestData/README.md): implicit-presence, optional, wrapper, oneof,
/// bytes, repeated, map and FieldMask fields, and a service with unary and server-streaming methods.
/// </summary>
internal static class UserServiceTestSources
{
    /// <summary>protoc's message classes for users.proto (namespace Users.V1).</summary>
    public static string Messages { get; } = Load("Users.cs");

    /// <summary>grpc_csharp_plugin's service code for users.proto (UserService.UserServiceBase, UserService.UserServiceClient).</summary>
    public static string Service { get; } = Load("UsersGrpc.cs");

    /// <summary>Adds the users.proto sources to <paramref name="state"/>.</summary>
    public static void AddTo(ProjectState state)
    {
        state.Sources.Add(("/0/Users.cs", Messages));
        state.Sources.Add(("/0/UsersGrpc.cs", Service));
    }

    private static string Load(string fileName)
    {
        using var stream = typeof(UserServiceTestSources).Assembly.GetManifestResourceStream("TestData." + fileName)
            ?? throw new FileNotFoundException("Embedded test resource not found.", fileName);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
