using System.CommandLine;
using ProtoGuard.Schema;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Linking;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Cli;

/// <summary>
/// <c>protoguard build -I root... files... -o out.binpb</c>: compiles .proto files to a FileDescriptorSet like
/// <c>protoc --descriptor_set_out</c>. Files are named relative to an import root (a path on disk under a root is
/// accepted too); well-known types need no root. Errors are printed <c>path:line:column: message</c> (1-based,
/// tabs advance to the next multiple of 8, like protoc), warnings <c>path:line:column: warning: message</c>.
/// Like protoc, any error means nothing is written; with <c>--keep-going</c> the requested files that compile
/// (with everything they import) are written anyway. Exit codes: 0 written, 1 errors (also with --keep-going), 2 bad
/// arguments.
/// </summary>
internal static class BuildCommand
{
    public const int ExitOk = 0;
    public const int ExitErrors = 1;
    public const int ExitUsage = 2;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var files = new Argument<string[]>("files")
        {
            Description = ".proto files, named relative to an import root (like protoc)",
            Arity = ArgumentArity.OneOrMore,
        };
        var importPaths = new Option<string[]>("--proto_path", "-I", "--proto-path")
        {
            Description = "An import root, searched in order (repeatable; default: the current directory)",
            AllowMultipleArgumentsPerToken = false,
        };
        var outputFile = new Option<FileInfo>("--output", "-o", "--descriptor_set_out")
        {
            Description = "Where to write the FileDescriptorSet (binary protobuf)",
            Required = true,
        };
        var includeImports = new Option<bool>("--include-imports", "--include_imports") { Description = "Also write every imported file, dependencies first" };
        var includeSourceInfo = new Option<bool>("--include-source-info", "--include_source_info") { Description = "Write SourceCodeInfo (locations and comments)" };
        var keepGoing = new Option<bool>("--keep-going")
        {
            Description = "When some files have errors, still write the files that compile (those whose imports compile too); exit 1 all the same. Default, like protoc: write nothing",
        };

        var command = new Command("build", "Compile .proto files to a FileDescriptorSet, like protoc --descriptor_set_out")
        {
            files, importPaths, outputFile, includeImports, includeSourceInfo, keepGoing,
        };
        command.SetAction(parseResult =>
        {
            string[] roots = parseResult.GetValue(importPaths) is { Length: > 0 } given ? given : ["."];
            var requested = new List<string>();
            foreach (string file in parseResult.GetValue(files) ?? [])
            {
                requested.Add(ToImportPath(file, roots));
            }

            ProtoCompilation compilation = ProtoCompilation.Create(requested, path => Read(roots, path));
            bool failed = false;
            foreach (string path in requested)
            {
                if (compilation.GetFile(path) == null)
                {
                    error.WriteLine($"{path}: File not found.");
                    failed = true;
                }
            }

            // Like protoc: errors as path:line:column: message, warnings with "warning: " (they never fail the build).
            foreach (FileDescriptor file in compilation.AllFiles)
            {
                foreach (SchemaDiagnostic diagnostic in file.Diagnostics)
                {
                    (int line, int column) = Position(file.Parsed.Text, diagnostic.Span.Start);
                    bool isError = diagnostic.Severity == SchemaSeverity.Error;
                    error.WriteLine($"{file.Name}:{line}:{column}: {(isError ? string.Empty : "warning: ")}{diagnostic.Message}");
                    failed |= isError;
                }
            }

            List<FileDescriptor> compiled = compilation.Files.Where(file => Compiles(file, new Dictionary<FileDescriptor, bool>())).ToList();
            if (failed && !parseResult.GetValue(keepGoing))
            {
                return ExitErrors;
            }

            if (failed)
            {
                error.WriteLine($"protoguard: --keep-going: writing {compiled.Count} of {requested.Count} file(s); the others have errors or import files with errors");
            }

            // protoc writes the requested files in dependency order (a file after the files it imports).
            var compiledSet = new HashSet<FileDescriptor>(compiled);
            IEnumerable<FileDescriptor> written = parseResult.GetValue(includeImports) ? WithImports(compilation, compiled) : compilation.AllFiles.Where(compiledSet.Contains);
            byte[] bytes = DescriptorWriter.WriteFileDescriptorSet(written, parseResult.GetValue(includeSourceInfo));
            FileInfo target = parseResult.GetValue(outputFile)!;
            try
            {
                File.WriteAllBytes(target.FullName, bytes);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"protoguard: cannot write '{target}': {e.Message}");
                return ExitUsage;
            }

            return failed ? ExitErrors : ExitOk;
        });
        return command;
    }

    /// <summary>True when <paramref name="file"/> and everything it imports (option imports included) link without errors: what protoc would compile on its own.</summary>
    private static bool Compiles(FileDescriptor file, Dictionary<FileDescriptor, bool> known)
    {
        if (known.TryGetValue(file, out bool result))
        {
            return result;
        }

        known[file] = true;
        result = !file.Diagnostics.Any(diagnostic => diagnostic.Severity == SchemaSeverity.Error)
            && file.DependencyFiles.Concat(file.OptionDependencyFiles).All(dependency => dependency != null && Compiles(dependency, known));
        known[file] = result;
        return result;
    }

    /// <summary>The given files and everything they import, dependencies first (protoc's order).</summary>
    private static IEnumerable<FileDescriptor> WithImports(ProtoCompilation compilation, IEnumerable<FileDescriptor> files)
    {
        var needed = new HashSet<FileDescriptor>();
        var pending = new Stack<FileDescriptor>(files);
        while (pending.Count > 0)
        {
            FileDescriptor file = pending.Pop();
            if (needed.Add(file))
            {
                foreach (FileDescriptor? dependency in file.DependencyFiles.Concat(file.OptionDependencyFiles))
                {
                    if (dependency != null)
                    {
                        pending.Push(dependency);
                    }
                }
            }
        }

        return compilation.AllFiles.Where(needed.Contains);
    }

    /// <summary>A path on disk under one of the roots becomes its path relative to that root; anything else is taken as an import path.</summary>
    private static string ToImportPath(string file, string[] roots)
    {
        string full = Path.GetFullPath(file);
        if (File.Exists(full))
        {
            foreach (string root in roots)
            {
                string relative = Path.GetRelativePath(Path.GetFullPath(root), full);
                if (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative))
                {
                    return relative.Replace('\\', '/');
                }
            }
        }

        return file.Replace('\\', '/');
    }

    private static SourceText? Read(string[] roots, string importPath)
    {
        foreach (string root in roots)
        {
            string path = Path.Combine(root, importPath);
            if (File.Exists(path))
            {
                return SourceText.From(File.ReadAllText(path), importPath);
            }
        }

        return null;
    }

    private static (int Line, int Column) Position(SourceText text, int offset)
    {
        LinePosition position = text.GetLinePosition(offset);
        int lineStart = text.GetLineStart(position.Line);
        int column = 0;
        for (int i = lineStart; i < lineStart + position.Character; i++)
        {
            column = text.Text[i] == '\t' ? column + 8 - (column % 8) : column + 1;
        }

        return (position.Line + 1, column + 1);
    }
}
