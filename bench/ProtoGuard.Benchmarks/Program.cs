using BenchmarkDotNet.Running;

namespace ProtoGuard.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line, e.g. <c>dotnet run -c Release -- --filter * --job short</c>.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
