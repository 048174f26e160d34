using System;
using System.Collections.Generic;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Schema.Linking;

/// <summary>
/// A set of linked .proto files: imports resolved (given files first, then the resolver, then the embedded
/// well-known types), names resolved with protoc's scoping rules, options interpreted, and link problems reported
/// as PG0002-PG0012 diagnostics on each file. Never throws on bad input and always terminates (import cycles and
/// missing imports are reported, not followed).
/// </summary>
public sealed class ProtoCompilation
{
    private readonly Dictionary<string, FileDescriptor> _filesByPath;
    private readonly Dictionary<string, Linker.Symbol> _symbols;

    internal ProtoCompilation(IReadOnlyList<FileDescriptor> files, IReadOnlyList<FileDescriptor> allFiles, Dictionary<string, FileDescriptor> filesByPath, Dictionary<string, Linker.Symbol> symbols, bool completedInParallel = false)
    {
        CompletedInParallel = completedInParallel;
        Files = files;
        AllFiles = allFiles;
        _filesByPath = filesByPath;
        _symbols = symbols;
    }

    /// <summary>True when the files were completed on several threads (false: one thread, asked for or fallen back to).</summary>
    internal bool CompletedInParallel { get; }

    /// <summary>The files that were asked for, in the order given.</summary>
    public IReadOnlyList<FileDescriptor> Files { get; }

    /// <summary>Every linked file (imports included) in dependency order: a file comes after everything it imports.</summary>
    public IReadOnlyList<FileDescriptor> AllFiles { get; }

    /// <summary>
    /// Links <paramref name="files"/>, keyed by import path (the path relative to an import root, like protoc's
    /// <c>-I</c>). Imports not among them are asked from <paramref name="resolver"/> (which returns null when it has no
    /// such file), then from the embedded well-known types.
    /// </summary>
    public static ProtoCompilation Create(IEnumerable<KeyValuePair<string, ParsedFile>> files, Func<string, SourceText?>? resolver = null) =>
        new Linker(resolver).Link(files);

    /// <summary>
    /// <see cref="Create(IEnumerable{KeyValuePair{string, ParsedFile}}, Func{string, SourceText?})"/> on up to
    /// <paramref name="maxDegreeOfParallelism"/> threads: files are declared in protoc's order on one thread, then
    /// completed (names, options, checks) in parallel once their imports are. The result is the same as on one thread.
    /// </summary>
    public static ProtoCompilation Create(IEnumerable<KeyValuePair<string, ParsedFile>> files, Func<string, SourceText?>? resolver, int maxDegreeOfParallelism) =>
        new Linker(resolver, maxDegreeOfParallelism).Link(files);

    /// <summary>
    /// The same, calling <paramref name="afterEachFile"/> (from any of the threads) each time a file is declared and each
    /// time one is completed, e.g. to pace garbage collections.
    /// </summary>
    public static ProtoCompilation Create(IEnumerable<KeyValuePair<string, ParsedFile>> files, Func<string, SourceText?>? resolver, int maxDegreeOfParallelism, Action? afterEachFile) =>
        new Linker(resolver, maxDegreeOfParallelism, afterEachFile).Link(files);

    /// <summary>Parses and links the files named by <paramref name="importPaths"/>, all read through <paramref name="resolver"/>.</summary>
    public static ProtoCompilation Create(IEnumerable<string> importPaths, Func<string, SourceText?> resolver)
    {
        var linker = new Linker(resolver);
        return linker.LinkPaths(importPaths);
    }

    /// <summary>
    /// <see cref="Create(IEnumerable{string}, Func{string, SourceText?})"/> on up to
    /// <paramref name="maxDegreeOfParallelism"/> threads, with the same result as on one thread.
    /// </summary>
    public static ProtoCompilation Create(IEnumerable<string> importPaths, Func<string, SourceText?> resolver, int maxDegreeOfParallelism) =>
        new Linker(resolver, maxDegreeOfParallelism).LinkPaths(importPaths);

    /// <summary>
    /// Links the files named by <paramref name="importPaths"/> (in that order), taking a file from
    /// <paramref name="parsed"/> when it is there (parsed ahead, e.g. on several threads), else from
    /// <paramref name="resolver"/>, else from the embedded well-known types. Files in <paramref name="parsed"/> that are
    /// not asked for are linked only when imported.
    /// </summary>
    public static ProtoCompilation Create(IEnumerable<string> importPaths, IEnumerable<KeyValuePair<string, ParsedFile>> parsed, Func<string, SourceText?>? resolver) =>
        new Linker(resolver).Link(importPaths, parsed);

    /// <summary>
    /// <see cref="Create(IEnumerable{string}, IEnumerable{KeyValuePair{string, ParsedFile}}, Func{string, SourceText?})"/>
    /// on up to <paramref name="maxDegreeOfParallelism"/> threads, with the same result as on one thread.
    /// </summary>
    public static ProtoCompilation Create(IEnumerable<string> importPaths, IEnumerable<KeyValuePair<string, ParsedFile>> parsed, Func<string, SourceText?>? resolver, int maxDegreeOfParallelism) =>
        new Linker(resolver, maxDegreeOfParallelism).Link(importPaths, parsed);

    /// <summary>
    /// Links the files named by <paramref name="importPaths"/> (in that order) on up to
    /// <paramref name="maxDegreeOfParallelism"/> threads, asking <paramref name="parsedAhead"/> for each file the moment
    /// the linker reaches it (protoc's order: a file's imports first), else <paramref name="resolver"/>, else the
    /// embedded well-known types. <paramref name="parsedAhead"/> returns null for a file it does not have; it may wait
    /// for a file being parsed on another thread, so parsing and declaring overlap. The result is the same as with
    /// every file parsed beforehand.
    /// </summary>
    public static ProtoCompilation Create(IEnumerable<string> importPaths, Func<string, ParsedFile?> parsedAhead, Func<string, SourceText?>? resolver, int maxDegreeOfParallelism) =>
        new Linker(resolver, maxDegreeOfParallelism, parsedAhead: parsedAhead).LinkPaths(importPaths);

    /// <summary>The linked file with this import path, or null.</summary>
    public FileDescriptor? GetFile(string importPath) => _filesByPath.TryGetValue(importPath, out var file) ? file : null;

    /// <summary>
    /// <paramref name="files"/> and everything they import (option imports too), in <see cref="AllFiles"/>' order,
    /// dependencies first: what protoc writes with <c>--include_imports</c>.
    /// </summary>
    public IEnumerable<FileDescriptor> WithImports(IEnumerable<FileDescriptor> files)
    {
        var needed = new HashSet<FileDescriptor>();
        var pending = new Stack<FileDescriptor>(files);
        while (pending.Count > 0)
        {
            var file = pending.Pop();
            if (!needed.Add(file))
            {
                continue;
            }

            foreach (var dependency in file.DependencyFiles)
            {
                if (dependency != null)
                {
                    pending.Push(dependency);
                }
            }

            foreach (var dependency in file.OptionDependencyFiles)
            {
                if (dependency != null)
                {
                    pending.Push(dependency);
                }
            }
        }

        foreach (var file in AllFiles)
        {
            if (needed.Contains(file))
            {
                yield return file;
            }
        }
    }

    /// <summary>The message, enum, field, extension, oneof, enum value, service or method with this full name (no leading dot).</summary>
    public Descriptor? FindSymbol(string fullName) => _symbols.TryGetValue(fullName.TrimStart('.'), out var symbol) ? symbol.Descriptor : null;

    public MessageDescriptor? FindMessage(string fullName) => FindSymbol(fullName) as MessageDescriptor;

    public EnumDescriptor? FindEnum(string fullName) => FindSymbol(fullName) as EnumDescriptor;

    /// <summary>True when any file has an error (parse or link).</summary>
    public bool HasErrors
    {
        get
        {
            foreach (var file in AllFiles)
            {
                foreach (var diagnostic in file.Diagnostics)
                {
                    if (diagnostic.Severity == SchemaSeverity.Error)
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
