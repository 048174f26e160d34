using System.Diagnostics;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Google.Protobuf.Reflection;

namespace ProtoGuard.Schema.Tests.Linking;

/// <summary>
/// protoc from the Grpc.Tools package, run once per distinct input with <c>--descriptor_set_out --include_imports</c>;
/// the output is cached in the repository's .cache/protoc/ keyed by a hash of the protoc binary, the roots and the
/// files (paths, sizes and contents), so repeated test runs cost nothing.
/// </summary>
internal static class Protoc
{
    public static readonly string GrpcToolsPath = typeof(Protoc).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "GrpcToolsPath").Value!;

    public static string IncludeDirectory => Path.Combine(GrpcToolsPath, "build", "native", "include");

    public static string Executable
    {
        get
        {
            var os = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macosx" : "linux";
            var platform = os == "macosx" ? "macosx_universal" : os + "_" + (RuntimeInformation.OSArchitecture == Architecture.Arm64 ? "arm64" : "x64");
            return Path.Combine(GrpcToolsPath, "tools", platform, os == "windows" ? "protoc.exe" : "protoc");
        }
    }

    public static string RepositoryRoot() => RepositoryPaths.Root;

    /// <summary>The descriptor set protoc writes for <paramref name="files"/> (import paths under <paramref name="roots"/>).</summary>
    public static FileDescriptorSet DescriptorSet(IReadOnlyList<string> roots, IReadOnlyList<string> files, bool includeSourceInfo = false) =>
        FileDescriptorSet.Parser.ParseFrom(DescriptorSetBytes(roots, files, includeSourceInfo));

    /// <summary>The bytes protoc writes with <c>--descriptor_set_out --include_imports</c> (and <c>--include_source_info</c>).</summary>
    public static byte[] DescriptorSetBytes(IReadOnlyList<string> roots, IReadOnlyList<string> files, bool includeSourceInfo = false)
    {
        var cacheDirectory = Path.Combine(RepositoryRoot(), ".cache", "protoc");
        Directory.CreateDirectory(cacheDirectory);
        var output = Path.Combine(cacheDirectory, Hash(roots, files) + (includeSourceInfo ? "-source" : string.Empty) + ".binpb");
        if (!File.Exists(output))
        {
            var argumentsFile = Path.Combine(cacheDirectory, Guid.NewGuid().ToString("N") + ".args");
            var temporary = output + "." + Guid.NewGuid().ToString("N") + ".tmp";
            var arguments = new List<string>();
            arguments.AddRange(roots.Select(root => "-I" + root));
            arguments.Add("--include_imports");
            if (includeSourceInfo)
            {
                arguments.Add("--include_source_info");
            }

            arguments.Add("--descriptor_set_out=" + temporary);
            arguments.AddRange(files);
            File.WriteAllLines(argumentsFile, arguments);
            try
            {
                var start = new ProcessStartInfo(Executable, "@" + argumentsFile)
                {
                    RedirectStandardError = true,
                    RedirectStandardOutput = true,
                    UseShellExecute = false,
                };
                using var process = Process.Start(start)!;
                var errors = process.StandardError.ReadToEndAsync();
                process.StandardOutput.ReadToEnd();
                process.WaitForExit();
                Assert.True(process.ExitCode == 0, "protoc failed: " + string.Join("\n", errors.Result.Split('\n').Where(line => !line.Contains(": warning:", StringComparison.Ordinal)).Take(20)));
                File.Move(temporary, output, overwrite: true);
            }
            finally
            {
                File.Delete(argumentsFile);
                File.Delete(temporary);
            }
        }

        return File.ReadAllBytes(output);
    }

    private static string Hash(IReadOnlyList<string> roots, IReadOnlyList<string> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(File.ReadAllBytes(Executable));
        foreach (var root in roots)
        {
            hash.AppendData(Encoding.UTF8.GetBytes("root:" + root + "\n"));
        }

        foreach (var file in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes("file:" + file + "\n"));
            var path = roots.Select(root => Path.Combine(root, file)).FirstOrDefault(File.Exists);
            if (path != null)
            {
                hash.AppendData(File.ReadAllBytes(path));
            }
        }

        return Convert.ToHexString(hash.GetHashAndReset())[..32].ToLowerInvariant();
    }

    /// <summary>The corpus import root (build/corpus.sh, run once per test process).</summary>
    public static string CorpusRoot() => RepositoryPaths.Corpus;
}
