using System;
using System.Collections.Generic;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Syntax;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Schema.Linking;

/// <summary>
/// Loads files depth-first through their imports, then per file (dependencies first): declares every symbol,
/// resolves type names with protoc's scoping rules, checks numbers and names, and interprets options.
/// </summary>
internal sealed partial class Linker
{
    internal const int MaxFieldNumber = 536870911;

    private readonly Func<string, SourceText?>? _resolver;
    private readonly Dictionary<string, ParsedFile> _given = new Dictionary<string, ParsedFile>(StringComparer.Ordinal);
    private readonly Dictionary<string, FileDescriptor> _files = new Dictionary<string, FileDescriptor>(StringComparer.Ordinal);
    private readonly HashSet<string> _loading = new HashSet<string>(StringComparer.Ordinal);
    private readonly List<string> _loadStack = new List<string>();
    private readonly HashSet<string> _missing = new HashSet<string>(StringComparer.Ordinal);
    private readonly List<FileDescriptor> _ordered = new List<FileDescriptor>();
    private readonly Dictionary<string, Symbol> _symbols = new Dictionary<string, Symbol>(StringComparer.Ordinal);

    internal Dictionary<string, Symbol> Symbols => _symbols;

    public Linker(Func<string, SourceText?>? resolver)
    {
        _resolver = resolver;
    }

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
        var requested = new List<FileDescriptor>();
        var requestedSet = new HashSet<FileDescriptor>();
        foreach (var path in importPaths)
        {
            var file = Load(path);
            if (file != null && requestedSet.Add(file))
            {
                requested.Add(file);
            }
        }

        foreach (var file in requested)
        {
            ReportUnusedImports(file);
        }

        // The compilation keeps the linker's symbol table (packages have no descriptor and are not found).
        return new ProtoCompilation(requested, DependencyOrder(requested), _files, _symbols);
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
        new FileBuilder(this, file).Build();
        _ordered.Add(file);
        return file;
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
