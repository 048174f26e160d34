using System.CommandLine;
using ProtoGuard.Cli.Output;
using ProtoGuard.Schema;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Linking;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Cli;

/// <summary>
/// <c>protoguard build -I root... files|dirs... -o out.binpb</c>: compiles .proto files to a FileDescriptorSet like
/// <c>protoc --descriptor_set_out</c>. Files are named relative to an import root (a path on disk under a root is
/// accepted too, and a directory stands for its .proto files); well-known types need no root. The files are read and
/// parsed on every core, then linked once. Errors are printed as protoc does by default (<c>path:line:column: message</c>
/// on stderr, 1-based, tabs advance to the next multiple of 8), or in any report format on stdout with <c>--format</c>.
/// Warnings are printed <c>path:line:column: warning: message</c> and fail the build only with <c>--warnaserror</c>
/// (alias <c>--fatal_warnings</c>, as protoc). Like protoc, any error means
/// nothing is written; with <c>--keep-going</c> the requested files that compile (with everything they import) are written
/// anyway. Exit codes: 0 written, 1 errors (also with --keep-going), 2 bad arguments or I/O errors.
/// </summary>
internal static class BuildCommand
{
    public const int ExitOk = 0;
    public const int ExitErrors = 1;
    public const int ExitUsage = 2;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var inputs = new InputOptions();
        var report = new ReportOptions(withOutputFile: false, extraFormats: ["protoc"], defaultFormat: "protoc");
        var outputFile = new Option<string>("--output", "-o", "--descriptor_set_out")
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

        var warnAsError = new Option<bool>("--warnaserror", "--fatal_warnings")
        {
            Description = "Treat warnings as errors, like protoc --fatal_warnings: a file with a warning fails the build and nothing is written",
        };

        var command = new Command("build", "Compile .proto files to a FileDescriptorSet, like protoc --descriptor_set_out")
        {
            outputFile, includeImports, includeSourceInfo, keepGoing, warnAsError,
        };
        inputs.AddTo(command);
        report.AddTo(command);
        command.SetAction(parseResult =>
        {
            if (inputs.Get(parseResult, error) is not { } selection)
            {
                return ExitUsage;
            }

            var roots = selection.ImportRoots;
            var requested = RequestedImportPaths(selection, error);
            if (requested is null)
            {
                return ExitUsage;
            }

            using var progress = ProgressReporter.Start(error);
            var onDisk = requested.Select(path => Locate(roots, path)).Where(file => file is not null).Select(file => file!).ToArray();

            // Files are parsed ahead on every core while the linker declares each one as soon as it is parsed (one
            // thread, protoc's order), so declaring no longer waits for the last file to be parsed.
            // Comments are only written as SourceCodeInfo: without it, the parser skips them (most of googleapis' text).
            var parsing = ParseAhead.Start(onDisk, progress, Environment.ProcessorCount, keepComments: parseResult.GetValue(includeSourceInfo));
            var linking = progress.Phase("link", 0);
            var compilation = ProtoCompilation.Create(requested, parsing.Get, path => Read(roots, path), Environment.ProcessorCount);
            linking.Complete();
            if (!parsing.Finish(error))
            {
                return ExitUsage;
            }

            var missing = requested.Where(path => compilation.GetFile(path) is null).ToArray();
            var reported = compilation.AllFiles
                .SelectMany(file => file.Diagnostics.Select(diagnostic => (file, diagnostic)))
                .ToArray();
            var fatal = parseResult.GetValue(warnAsError) ? SchemaSeverity.Warning : SchemaSeverity.Error;
            var failed = missing.Length > 0 || reported.Any(pair => pair.diagnostic.Severity >= fatal);
            if (reported.Length > 0 || missing.Length > 0)
            {
                var formatName = report.FormatName(parseResult);
                if (formatName == "protoc")
                {
                    foreach (var path in missing)
                    {
                        error.WriteLine($"{path}: File not found.");
                    }

                    // Like protoc: errors as path:line:column: message, warnings with "warning: ".
                    foreach (var (file, diagnostic) in reported)
                    {
                        var (line, column) = ProtocPosition(file.Parsed.Text, diagnostic.Span.Start);
                        var prefix = diagnostic.Severity == SchemaSeverity.Error ? string.Empty : "warning: ";
                        error.WriteLine($"{file.Name}:{line}:{column}: {prefix}{diagnostic.Message}");
                    }
                }
                else
                {
                    var items = missing
                        .Select(path => new ReportItem(Rules.Catalog.RuleCatalog.Find(LinkDiagnosticIds.UnresolvedImport)!, Rules.Catalog.RuleSeverity.Error, $"File \"{path}\" was not found in any import root (-I)", path, null, default, null))
                        .Concat(reported.Select(pair => ReportItem.From(pair.diagnostic, pair.file.Parsed.Text)))
                        .ToArray();
                    var errorCount = items.Count(item => item.Severity == Rules.Catalog.RuleSeverity.Error);
                    report.Write(parseResult, items, items.Length == errorCount ? $"{errorCount} error(s)" : $"{errorCount} error(s), {items.Length - errorCount} warning(s)", output, error);
                }
            }

            if (failed && !parseResult.GetValue(keepGoing))
            {
                return ExitErrors;
            }

            // Without a failure every requested file compiles; only --keep-going after one needs the import closures.
            var broken = failed ? Broken(compilation, fatal) : [];
            var compiled = compilation.Files.Where(file => !broken.Contains(file)).ToList();

            if (failed)
            {
                error.WriteLine($"protoguard: --keep-going: writing {compiled.Count} of {requested.Count} file(s); the others have errors or import files with errors");
            }

            // protoc writes the requested files in dependency order (a file after the files it imports).
            var compiledSet = new HashSet<FileDescriptor>(compiled);
            var written = parseResult.GetValue(includeImports) ? compilation.WithImports(compiled) : compilation.AllFiles.Where(compiledSet.Contains);
            // Each file's descriptor is encoded on its own, on every core, and the chunks are written one after the other.
            var writing = progress.Phase("write", 0);
            var chunks = DescriptorWriter.WriteFileDescriptorSetChunks(written.ToList(), parseResult.GetValue(includeSourceInfo), Environment.ProcessorCount);
            var saved = ReportFile.TryWrite(parseResult.GetValue(outputFile)!, chunks, error);
            writing.Complete();
            if (!saved)
            {
                return ExitUsage;
            }

            return failed ? ExitErrors : ExitOk;
        });
        return command;
    }

    /// <summary>
    /// The import paths the arguments name, in order: a directory's .proto files (under an import root), a file on disk
    /// under a root by its path relative to that root, anything else as an import path. Null after a one-line message.
    /// </summary>
    private static List<string>? RequestedImportPaths(InputSelection selection, TextWriter error)
    {
        var roots = selection.ImportRoots.Select(Path.GetFullPath).ToArray();
        var requested = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in selection.Paths)
        {
            if (Directory.Exists(argument))
            {
                var files = ProtoFileDiscovery.Find([argument], selection.Excludes, selection.IncludeDefaultExcluded, error);
                if (files is null)
                {
                    return null;
                }

                foreach (var file in files)
                {
                    if (ProtoSources.ImportPath(file.FullPath, roots) is not { } importPath)
                    {
                        error.WriteLine($"protoguard: '{file.DisplayPath}' is not under any import root (-I); add its root with -I");
                        return null;
                    }

                    if (seen.Add(importPath))
                    {
                        requested.Add(importPath);
                    }
                }
            }
            else
            {
                var importPath = File.Exists(argument) ? ProtoSources.ImportPath(Path.GetFullPath(argument), roots) ?? argument.Replace('\\', '/') : argument.Replace('\\', '/');
                if (!selection.Excludes.Any(glob => glob.IsMatch(importPath)) && seen.Add(importPath))
                {
                    requested.Add(importPath);
                }
            }
        }

        return requested;
    }

    /// <summary>The file on disk for an import path (first root that has it), named by its import path; null if no root has it.</summary>
    private static ProtoFile? Locate(IReadOnlyList<string> roots, string importPath)
    {
        foreach (var root in roots)
        {
            var path = Path.Combine(root, importPath);
            if (File.Exists(path))
            {
                return new ProtoFile(Path.GetFullPath(path), importPath);
            }
        }

        return null;
    }

    /// <summary>
    /// The files that do not compile on their own as protoc would: those with an error (or a warning, with
    /// <c>--warnaserror</c>) or an unresolved import, and every
    /// file that imports one of them (option imports included), found in one pass over the reversed import graph (so an
    /// import cycle needs no special case and each file is visited once).
    /// </summary>
    private static HashSet<FileDescriptor> Broken(ProtoCompilation compilation, SchemaSeverity fatal)
    {
        var importers = new Dictionary<FileDescriptor, List<FileDescriptor>>();
        var broken = new HashSet<FileDescriptor>();
        var pending = new Stack<FileDescriptor>();
        foreach (var file in compilation.AllFiles)
        {
            var unresolved = false;
            foreach (var dependency in file.DependencyFiles.Concat(file.OptionDependencyFiles))
            {
                if (dependency is null)
                {
                    unresolved = true;
                }
                else if (importers.TryGetValue(dependency, out var list))
                {
                    list.Add(file);
                }
                else
                {
                    importers[dependency] = [file];
                }
            }

            if ((unresolved || file.Diagnostics.Any(diagnostic => diagnostic.Severity >= fatal)) && broken.Add(file))
            {
                pending.Push(file);
            }
        }

        while (pending.Count > 0)
        {
            if (importers.TryGetValue(pending.Pop(), out var list))
            {
                foreach (var importer in list.Where(broken.Add))
                {
                    pending.Push(importer);
                }
            }
        }

        return broken;
    }

    private static SourceText? Read(IReadOnlyList<string> roots, string importPath) =>
        ImportResolver.FileSystem(roots).Resolve(importPath);

    private static (int Line, int Column) ProtocPosition(SourceText text, int offset)
    {
        var position = text.GetLinePosition(offset);
        var lineStart = text.GetLineStart(position.Line);
        var column = 0;
        for (var i = lineStart; i < lineStart + position.Character; i++)
        {
            column = text.Text[i] == '\t' ? column + 8 - (column % 8) : column + 1;
        }

        return (position.Line + 1, column + 1);
    }
}
