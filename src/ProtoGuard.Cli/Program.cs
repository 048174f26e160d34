using System.CommandLine;

namespace ProtoGuard.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        var root = new RootCommand("protoguard: proto3 and gRPC best-practice checks outside MSBuild.");
        return root.Parse(args).Invoke();
    }
}
