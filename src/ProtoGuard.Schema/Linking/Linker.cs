using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Schema.Linking;

/// <summary>
/// Loads files depth-first through their imports, then per file (dependencies first): declares every symbol,
/// resolves type names with protoc's scoping rules, checks numbers and names, and interprets options.
/// With more than one thread, every file is declared first (one thread, protoc's order: the symbol table and its
/// duplicate checks are order-dependent), then the files are completed (names, options, checks) on several threads,
/// each once the files it imports are complete; what a file sees is still what it would see in protoc's order (symbols
/// of files declared after it are hidden), and the pool-wide extension-number check runs last in that order.
/// </summary>
internal sealed partial class Linker
{
    internal const int MaxFieldNumber = 536870911;

    private readonly Func<string, SourceText?>? _resolver;

    // Files parsed ahead on other threads, asked for one at a time as the linker reaches them (null: none).
    private readonly Func<string, ParsedFile?>? _parsedAhead;
    private readonly Dictionary<string, ParsedFile> _given = new Dictionary<string, ParsedFile>(StringComparer.Ordinal);
    private readonly Dictionary<string, FileDescriptor> _files = new Dictionary<string, FileDescriptor>(StringComparer.Ordinal);
    private readonly HashSet<string> _loading = new HashSet<string>(StringComparer.Ordinal);
    private readonly List<string> _loadStack = new List<string>();
    private readonly HashSet<string> _missing = new HashSet<string>(StringComparer.Ordinal);
    private readonly List<FileDescriptor> _ordered = new List<FileDescriptor>();
    private readonly Dictionary<string, Symbol> _symbols = new Dictionary<string, Symbol>(StringComparer.Ordinal);
    private readonly int _maxDegreeOfParallelism;
    private readonly Action? _afterEachFile;

    // With several threads: the declared files' builders in protoc's build order, completed after all are declared.
    private readonly List<FileBuilder>? _declared;
    private int _declaredFiles;

    internal Dictionary<string, Symbol> Symbols => _symbols;

    public Linker(Func<string, SourceText?>? resolver, int maxDegreeOfParallelism = 1, Action? afterEachFile = null, Func<string, ParsedFile?>? parsedAhead = null)
    {
        _resolver = resolver;
        _parsedAhead = parsedAhead;
        _afterEachFile = afterEachFile;
        _maxDegreeOfParallelism = Math.Max(1, maxDegreeOfParallelism);
        _declared = _maxDegreeOfParallelism > 1 ? new List<FileBuilder>() : null;
    }

    /// <summary>True when files are completed after every file is declared (several threads).</summary>
    internal bool DefersCompletion => _declared != null;

    /// <summary>How many files have been declared so far (the next file's <see cref="FileDescriptor.DeclarationOrder"/>).</summary>
    internal int DeclaredFileCount => _declaredFiles;

    /// <summary>
    /// Set when a declaration replaced another file's symbol (a map entry's key or value after a duplicate entry name):
    /// files declared in between saw the replaced symbol in protoc's order, so such a set is linked on one thread.
    /// </summary>
    internal bool SymbolReplaced { get; set; }

    public ProtoCompilation Link(IEnumerable<KeyValuePair<string, ParsedFile>> files)
    {
        var requested = new List<string>();
        foreach (var entry in files)
        {
            if (!_given.ContainsKey(entry.Key))
            {
                _given.Add(entry.Key, entry.Value);
                requested.Add(entry.Key);
            }
        }

        return LinkPaths(requested);
    }

    public ProtoCompilation Link(IEnumerable<string> importPaths, IEnumerable<KeyValuePair<string, ParsedFile>> parsed)
    {
        foreach (var entry in parsed)
        {
            if (!_given.ContainsKey(entry.Key))
            {
                _given.Add(entry.Key, entry.Value);
            }
        }

        return LinkPaths(importPaths);
    }

    public ProtoCompilation LinkPaths(IEnumerable<string> importPaths)
    {
        var paths = new List<string>(importPaths);
        var requested = new List<FileDescriptor>();
        var requestedSet = new HashSet<FileDescriptor>();
        foreach (var path in paths)
        {
            var file = Load(path);
            if (file != null && requestedSet.Add(file))
            {
                requested.Add(file);
            }
        }

        if (_declared != null && !CompleteDeclaredFiles())
        {
            var oneThread = new Linker(_resolver, afterEachFile: _afterEachFile, parsedAhead: _parsedAhead);
            foreach (var entry in _given)
            {
                oneThread._given.Add(entry.Key, entry.Value);
            }

            return oneThread.LinkPaths(paths);
        }

        foreach (var file in requested)
        {
            ReportUnusedImports(file);
        }

        // The compilation keeps the linker's symbol table (packages have no descriptor and are not found).
        return new ProtoCompilation(requested, DependencyOrder(requested), _files, _symbols, completedInParallel: _declared != null);
    }

    /// <summary>
    /// protoc's order: depth-first through the imports of each requested file in turn, a file after its imports.
    /// Files loaded only to interpret options (descriptor.proto when it is not imported) come last.
    /// </summary>
    private FileDescriptor[] DependencyOrder(List<FileDescriptor> requested)
    {
        var order = new List<FileDescriptor>();
        var seen = new HashSet<FileDescriptor>();
        foreach (var file in requested)
        {
            Visit(file);
        }

        foreach (var file in _ordered)
        {
            if (seen.Add(file))
            {
                order.Add(file);
            }
        }

        return order.ToArray();

        void Visit(FileDescriptor file)
        {
            if (!seen.Add(file))
            {
                return;
            }

            foreach (var dependency in file.DependencyFiles)
            {
                if (dependency != null)
                {
                    Visit(dependency);
                }
            }

            foreach (var dependency in file.OptionDependencyFiles)
            {
                if (dependency != null)
                {
                    Visit(dependency);
                }
            }

            order.Add(file);
        }
    }

    private ParsedFile? Find(string path)
    {
        if (_given.TryGetValue(path, out var parsed))
        {
            return parsed;
        }

        if (_parsedAhead?.Invoke(path) is { } parsedAhead)
        {
            return parsedAhead;
        }

        SourceText? text = null;
        try
        {
            text = _resolver?.Invoke(path);
        }
        catch (Exception e) when (e is System.IO.IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
        {
            text = null;
        }

        text ??= WellKnownFiles.Find(path);
        return text == null ? null : ProtoParser.Parse(text);
    }

    /// <summary>Loads, and links once its imports are linked, the file at <paramref name="path"/>; null when not found.</summary>
    private FileDescriptor? Load(string path)
    {
        if (_files.TryGetValue(path, out var existing))
        {
            return existing;
        }

        if (_missing.Contains(path))
        {
            return null;
        }

        var parsed = Find(path);
        if (parsed == null)
        {
            _missing.Add(path);
            return null;
        }

        var file = new FileDescriptor(path, parsed);
        file.Diagnostics.AddRange(parsed.Diagnostics);
        _files.Add(path, file);
        _loading.Add(path);
        _loadStack.Add(path);
        LoadImports(file);
        _loadStack.RemoveAt(_loadStack.Count - 1);
        _loading.Remove(path);
        file.DeclarationOrder = _declaredFiles++;
        var builder = new FileBuilder(this, file);
        if (_declared != null)
        {
            builder.Declare();
            _declared.Add(builder);
        }
        else
        {
            builder.Build();
        }

        _afterEachFile?.Invoke();
        _ordered.Add(file);
        return file;
    }

    /// <summary>
    /// Completes the declared files on several threads, each after the files it needs (its imports and the files of its
    /// options types) are complete, then checks extension numbers across files in protoc's order. False, with nothing
    /// completed, when the set must be linked on one thread instead (a replaced symbol, or files that need each other).
    /// </summary>
    private bool CompleteDeclaredFiles()
    {
        var builders = _declared!.ToArray();
        _declared.Clear();
        var count = builders.Length;
        var files = new FileDescriptor[count];
        var indexOf = new Dictionary<FileDescriptor, int>(count);
        for (var i = 0; i < count; i++)
        {
            files[i] = builders[i].File;
            indexOf.Add(files[i], i);
        }

        var waiting = new int[count];
        var dependents = new List<int>?[count];
        var seen = new HashSet<int>();
        for (var i = 0; i < count; i++)
        {
            seen.Clear();
            foreach (var needed in builders[i].CompletionDependencies())
            {
                if (indexOf.TryGetValue(needed, out var j) && j != i && seen.Add(j))
                {
                    waiting[i]++;
                    (dependents[j] ??= new List<int>()).Add(i);
                }
            }
        }

        if (SymbolReplaced || !IsAcyclic(waiting, dependents))
        {
            return false;
        }

        var ready = new Queue<int>();
        for (var i = 0; i < count; i++)
        {
            if (waiting[i] == 0)
            {
                ready.Enqueue(i);
            }
        }

        var completing = new FileBuilder?[count];
        Array.Copy(builders, completing, count);
        Array.Clear(builders, 0, count); // a completed file's builder (its lookup cache, pending options) is garbage
        var extensionChecks = new List<FileBuilder.ExtensionCheck>?[count];
        var gate = new object();
        var remaining = count;
        Exception? failure = null;
        Parallel.For(0, _maxDegreeOfParallelism, new ParallelOptions { MaxDegreeOfParallelism = _maxDegreeOfParallelism }, _ =>
        {
            while (true)
            {
                int next;
                lock (gate)
                {
                    while (ready.Count == 0 && remaining > 0 && failure == null)
                    {
                        Monitor.Wait(gate);
                    }

                    if (ready.Count == 0 || failure != null)
                    {
                        return;
                    }

                    next = ready.Dequeue();
                }

                try
                {
                    var builder = completing[next]!;
                    completing[next] = null;
                    builder.Complete();
                    extensionChecks[next] = builder.ExtensionChecks;
                    _afterEachFile?.Invoke();
                }
                catch (Exception e)
                {
                    lock (gate)
                    {
                        failure ??= e;
                        Monitor.PulseAll(gate);
                    }

                    return;
                }

                lock (gate)
                {
                    remaining--;
                    if (dependents[next] is { } unblocked)
                    {
                        foreach (var dependent in unblocked)
                        {
                            if (--waiting[dependent] == 0)
                            {
                                ready.Enqueue(dependent);
                            }
                        }
                    }

                    Monitor.PulseAll(gate);
                }
            }
        });

        if (failure != null)
        {
            ExceptionDispatchInfo.Capture(failure).Throw();
        }

        for (var i = 0; i < count; i++)
        {
            FileBuilder.CheckExtensionNumbers(this, files[i], extensionChecks[i]);
        }

        return true;
    }

    /// <summary>Kahn's algorithm on a copy of the counts: true when every file can be completed after the files it needs.</summary>
    private static bool IsAcyclic(int[] waiting, List<int>?[] dependents)
    {
        var counts = (int[])waiting.Clone();
        var pending = new Stack<int>();
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] == 0)
            {
                pending.Push(i);
            }
        }

        var done = 0;
        while (pending.Count > 0)
        {
            var next = pending.Pop();
            done++;
            if (dependents[next] is { } unblocked)
            {
                foreach (var dependent in unblocked)
                {
                    if (--counts[dependent] == 0)
                    {
                        pending.Push(dependent);
                    }
                }
            }
        }

        return done == counts.Length;
    }

    private void LoadImports(FileDescriptor file)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var import in file.Parsed.Root.Imports)
        {
            if (import.Path.Length == 0)
            {
                continue;
            }

            if (!seen.Add(import.Path))
            {
                Report(file, LinkDiagnosticIds.DuplicateSymbol, import.PathSpan, $"Import \"{import.Path}\" was listed twice; remove the duplicate import");
                continue;
            }

            var optionImport = import.Modifier == ImportModifier.Option;
            var linked = optionImport ? file.OptionDependencyFiles : file.DependencyFiles;
            var index = file.Dependencies.Count;
            if (optionImport)
            {
                file.OptionDependencies.Add(import.Path);
            }
            else
            {
                file.Dependencies.Add(import.Path);
                if (import.Modifier == ImportModifier.Public)
                {
                    file.PublicDependencies.Add(index);
                }
                else if (import.Modifier == ImportModifier.Weak)
                {
                    file.WeakDependencies.Add(index);
                }
            }

            if (_loading.Contains(import.Path))
            {
                var start = _loadStack.IndexOf(import.Path);
                var cycle = string.Join(" -> ", _loadStack.GetRange(start, _loadStack.Count - start)) + " -> " + import.Path;
                Report(file, LinkDiagnosticIds.ImportCycle, import.PathSpan, $"Import cycle: {cycle}; break the cycle by moving the shared declarations into a separate file");
                linked.Add(null);
                continue;
            }

            var dependency = Load(import.Path);
            if (dependency == null)
            {
                Report(file, LinkDiagnosticIds.UnresolvedImport, import.PathSpan, $"Import \"{import.Path}\" was not found; check the import path and the import roots (-I)");
            }

            linked.Add(dependency);
        }
    }

    /// <summary>
    /// protoc's warning for the files it was asked to compile: a plain, weak or option import that provides nothing the
    /// file uses (public imports re-export, so they always count as used). Not reported for a file with errors, whose
    /// unresolved names may be meant to come from that import.
    /// </summary>
    private static void ReportUnusedImports(FileDescriptor file)
    {
        foreach (var diagnostic in file.Diagnostics)
        {
            if (diagnostic.Severity == SchemaSeverity.Error)
            {
                return;
            }
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var import in file.Parsed.Root.Imports)
        {
            if (import.Modifier == ImportModifier.Public || import.Path.Length == 0 || !reported.Add(import.Path))
            {
                continue;
            }

            bool used;
            if (import.Modifier == ImportModifier.Option)
            {
                var index = file.OptionDependencies.IndexOf(import.Path);
                used = index < 0 || index >= file.OptionDependencyFiles.Count || file.IsImportedFileUsed(file.OptionDependencyFiles[index]);
            }
            else
            {
                var index = file.Dependencies.IndexOf(import.Path);
                used = index < 0 || file.IsDependencyUsed(index);
            }

            if (!used)
            {
                Warn(file, LinkDiagnosticIds.UnusedImport, import.Span, $"Import \"{import.Path}\" is unused; remove it");
            }
        }
    }

    internal static void Report(FileDescriptor file, string id, TextSpan span, string message) =>
        file.Diagnostics.Add(new SchemaDiagnostic(id, message, span, SchemaSeverity.Error));

    internal static void Warn(FileDescriptor file, string id, TextSpan span, string message) =>
        file.Diagnostics.Add(new SchemaDiagnostic(id, message, span, SchemaSeverity.Warning));

    /// <summary>Every extension linked so far by extendee full name and number (protoc's pool-wide extension table).</summary>
    internal Dictionary<(string Extendee, int Number), FieldDescriptor> Extensions { get; } = new Dictionary<(string, int), FieldDescriptor>();

    /// <summary>Makes sure google/protobuf/descriptor.proto is linked (it defines the options messages) and returns the options type.</summary>
    internal MessageDescriptor? OptionsType(string name)
    {
        var fullName = "google.protobuf." + name;
        if (!_symbols.ContainsKey(fullName) && !_loading.Contains("google/protobuf/descriptor.proto"))
        {
            Load("google/protobuf/descriptor.proto");
        }

        return _symbols.TryGetValue(fullName, out var symbol) ? symbol.Descriptor as MessageDescriptor : null;
    }

    internal enum SymbolKind
    {
        Package,
        Message,
        Enum,
        EnumValue,
        Field,
        Oneof,
        Service,
        Method,
    }

    internal sealed class Symbol
    {
        public Symbol(SymbolKind kind, Descriptor? descriptor, FileDescriptor file)
        {
            Kind = kind;
            Descriptor = descriptor;
            File = file;
        }

        public SymbolKind Kind { get; }

        public Descriptor? Descriptor { get; }

        /// <summary>The file that declared it (for a package: the first file seen with that package).</summary>
        public FileDescriptor File { get; }

        public bool IsType => Kind == SymbolKind.Message || Kind == SymbolKind.Enum;

        public bool IsAggregate => Kind == SymbolKind.Message || Kind == SymbolKind.Package || Kind == SymbolKind.Enum || Kind == SymbolKind.Service;
    }
}
