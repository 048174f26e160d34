using System.Threading.Tasks;
using BenchmarkDotNet.Running;

namespace ProtoGuard.Benchmarks;

/// <summary>
/// Runs the benchmarks chosen on the command line, e.g. <c>dotnet run -c Release -- --filter * --job short</c>;
/// <c>inmemory-listing [N...]</c> runs the whole-listing comparison of <see cref="InMemoryListing"/> instead.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "inmemory-listing")
        {
            return await InMemoryListing.RunAsync(args[1..]);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
