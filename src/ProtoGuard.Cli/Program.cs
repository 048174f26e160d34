using System.CommandLine;

namespace ProtoGuard.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        JitWarmUp.Start();
        return Run(args, Console.Out, Console.Error);
    }

    /// <summary>
    /// Runs the tool with the given arguments and writers; the tests call this in-process. A command line that does not
    /// parse (an unknown option, a missing value, a value not among the allowed ones) is one line on
    /// <paramref name="error"/> and exit code 2, before anything is read or written.
    /// </summary>
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
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            var commandPath = string.Join(' ', CommandPath(parseResult.CommandResult.Command, root));
            // "Required command was not provided" says less than the unrecognized token that usually comes with it.
            var first = parseResult.Errors.OrderBy(e => e.Message.StartsWith("Required command", StringComparison.Ordinal) ? 1 : 0).First();
            var message = string.Join(' ', first.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            error.WriteLine($"protoguard: {message} (see '{commandPath} --help')");
            return LintCommand.ExitUsage;
        }

        try
        {
            return parseResult.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            error.WriteLine($"protoguard: internal error ({e.GetType().Name}: {e.Message}); please report it with the command line");
            return LintCommand.ExitUsage;
        }
    }

    private static IEnumerable<string> CommandPath(Command command, RootCommand root)
    {
        var names = new Stack<string>();
        for (var current = command; current is not null && current != root; current = current.Parents.OfType<Command>().FirstOrDefault())
        {
            names.Push(current.Name);
        }

        names.Push("protoguard");
        return names;
    }
}
