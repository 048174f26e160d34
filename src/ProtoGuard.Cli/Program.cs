using System.CommandLine;

namespace ProtoGuard.Cli;

public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the tool with the given arguments and writers; the tests call this in-process.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("protoguard: proto3 and gRPC best-practice checks for .proto files, outside MSBuild.")
        {
            LintCommand.Create(output, error),
            BuildCommand.Create(output, error),
            FixCommand.Create(output, error),
            RulesCommand.Create(output),
            BreakingCommand.CreateBreaking(output, error),
            BreakingCommand.CreateBaseline(output, error),
        };
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
