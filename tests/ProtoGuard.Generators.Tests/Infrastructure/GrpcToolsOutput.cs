namespace ProtoGuard.Generators.Tests.Infrastructure;

/// <summary>
/// The C# that Grpc.Tools (protoc + grpc_csharp_plugin) generated for Protos/*.proto in this build, copied next to
/// the test assembly by the project file: the generator is tested on the real thing, not on a hand-written imitation.
/// </summary>
internal static class GrpcToolsOutput
{
    public static IReadOnlyList<(string Path, string Text)> For(string protoName)
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "GrpcToolsOutput");
        var files = new[] { protoName + ".cs", protoName + "Grpc.cs" };
        // Protos without services (GrpcServices="None") have no XxxGrpc.cs.
        return files
            .Where(file => File.Exists(Path.Combine(directory, file)))
            .Select(file => (file, File.ReadAllText(Path.Combine(directory, file))))
            .ToList();
    }
}
