using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace ProtoGuard.Schema.Benchmarks;

/// <summary>The googleapis corpus of <c>build/corpus.sh</c> (npm google-proto-files@6.0.1), as relative paths under its import root.</summary>
public static class CorpusFiles
{
    /// <summary>Runs <c>build/corpus.sh</c> (fetches once, then only prints the cached directory) and returns the import root.</summary>
    public static string FetchRoot()
    {
        var repository = FindRepositoryRoot();
        var startInfo = new ProcessStartInfo("bash")
        {
            WorkingDirectory = repository,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(Path.Combine("build", "corpus.sh"));
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("could not start bash");
        var output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        if (process.ExitCode != 0 || !Directory.Exists(output))
        {
            throw new InvalidOperationException("build/corpus.sh failed with exit code " + process.ExitCode + ": " + output);
        }

        return output;
    }

    /// <summary>Every .proto file under <paramref name="root"/>, relative with '/' separators, in ordinal order.</summary>
    public static IReadOnlyList<string> All(string root) =>
        Directory.GetFiles(root, "*.proto", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/'))
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// protoc compiles all files into one pool, so these 9 test files of google/protobuf cannot join the others: the ruby
    /// ones import siblings by bare name or redefine each other's symbols, the rest redefine symbols of other test files.
    /// </summary>
    public static readonly IReadOnlyList<string> NotInOnePool =
    [
        "google/protobuf/compiler/ruby/ruby_generated_code.proto",
        "google/protobuf/compiler/ruby/ruby_generated_code_proto2.proto",
        "google/protobuf/compiler/ruby/ruby_generated_pkg_implicit.proto",
        "google/protobuf/internal_options.proto",
        "google/protobuf/json/json_enumval_custom_string.proto",
        "google/protobuf/late_loaded_option.proto",
        "google/protobuf/late_loaded_option_user.proto",
        "google/protobuf/sample_messages_edition.proto",
        "google/protobuf/util/json_format_proto3.proto",
    ];

    /// <summary>The 7,234 files of <see cref="All"/> that protoc accepts in one pool (all but <see cref="NotInOnePool"/>).</summary>
    public static IReadOnlyList<string> OnePool(string root) => All(root).Except(NotInOnePool, StringComparer.Ordinal).ToList();

    private static string FindRepositoryRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ProtoGuard.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ProtoGuard.sln not found above " + AppContext.BaseDirectory);
    }
}
