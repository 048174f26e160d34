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
/// tabs advance to the next multiple of 8, like protoc). Exit codes: 0 written, 1 errors, 2 bad arguments.
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

        var command = new Command("build", "Compile .proto files to a FileDescriptorSet, like protoc --descriptor_set_out")
        {
            files, importPaths, outputFile, includeImports, includeSourceInfo,
        };
        command.SetAction(parseResult =>
        {
            string[] roots = parseResult.GetValue(importPaths) is { Length: > 0 } given ? given : ["."];
            ImportResolver imports = ImportResolver.FileSystem(roots.Select(Path.GetFullPath));
            var requested = new List<string>();
            foreach (string file in parseResult.GetValue(files) ?? [])
            {
                requested.Add(ToImportPath(file, imports));
            }

            ProtoCompilation compilation = ProtoCompilation.Create(requested, imports.Resolve);
            bool failed = false;
            foreach (string path in requested)
            {
                if (compilation.GetFile(path) == null)
                {
                    error.WriteLine($"{path}: File not found.");
                    failed = true;
                }
            }

            foreach (FileDescriptor file in compilation.AllFiles)
            {
                foreach (SchemaDiagnostic diagnostic in file.Diagnostics)
                {
                    if (diagnostic.Severity == SchemaSeverity.Error)
                    {
                        (int line, int column) = Position(file.Parsed.Text, diagnostic.Span.Start);
                        error.WriteLine($"{file.Name}:{line}:{column}: {diagnostic.Message}");
                        failed = true;
                    }
                }
            }

            if (failed)
            {
                return ExitErrors;
            }

            IEnumerable<FileDescriptor> written = parseResult.GetValue(includeImports) ? WithImports(compilation) : compilation.Files;
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

            return ExitOk;
        });
        return command;
    }

    /// <summary>The requested files and everything they import, dependencies first (protoc's order).</summary>
    private static IEnumerable<FileDescriptor> WithImports(ProtoCompilation compilation)
    {
        var needed = new HashSet<FileDescriptor>();
        var pending = new Stack<FileDescriptor>(compilation.Files);
        while (pending.Count > 0)
        {
            FileDescriptor file = pending.Pop();
            if (needed.Add(file))
            {
                foreach (FileDescriptor? dependency in file.DependencyFiles)
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
    private static string ToImportPath(string file, ImportResolver imports)
    {
        string full = Path.GetFullPath(file);
        return (File.Exists(full) ? imports.ImportPathOf(full) : null) ?? file.Replace('\\', '/');
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
