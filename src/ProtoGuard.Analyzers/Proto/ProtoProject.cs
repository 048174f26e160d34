using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Linking;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Analyzers.Proto;

/// <summary>
/// The .proto files of one compilation, parsed once and linked together the way Grpc.Tools runs protoc: each file
/// is named relative to its import root (its <c>ProtoRoot</c> metadata; else the project directory for files inside
/// it; else the file's own directory), and imports resolve against those roots, the item's
/// <c>AdditionalImportDirs</c>, and the embedded well-known types.
/// </summary>
/// <remarks>
/// <para>
/// The package's targets also pass the import directories protoc searches (the items' <c>ProtoRoot</c>s,
/// <c>AdditionalImportDirs</c>, <c>Protobuf_StandardImportsPath</c>) as the <c>ProtoGuardImportDirectories</c> property,
/// and the .proto files protoc read from them as additional files with <c>ProtoGuardImportOnly = true</c>: they are
/// read only when something imports them, and never reported.
/// </para>
/// <para>
/// An import that still resolves to no additional file may exist on disk. Protoc compiles such a file, so
/// ProtoGuard must not report an error there that depends on what it cannot see: for a file that imports, directly
/// or through its imports, a file the analyzer has not seen, unresolved imports and types, option problems and type
/// usage problems (<see cref="DependsOnOtherFiles"/>) are not reported; protoc in the build, and
/// <c>protoguard build</c>, report those with certainty.
/// </para>
/// </remarks>
internal sealed class ProtoProject
{
    private readonly Dictionary<string, Entry> _byPath;

    private ProtoProject(Dictionary<string, Entry> byPath, LintScope scope, ProtoCompilation compilation)
    {
        this._byPath = byPath;
        Scope = scope;
        Compilation = compilation;
    }

    /// <summary>The project's .proto files linked together (keyed by import path, as protoc and buf see them).</summary>
    public ProtoCompilation Compilation { get; }

    public bool IsEmpty => _byPath.Count == 0;

    /// <summary>The paths of the project's .proto files, as the compiler gave them.</summary>
    public IEnumerable<string> Paths => _byPath.Keys;

    /// <summary>The project's linked .proto files, for the rules that compare files (one package per directory...).</summary>
    public LintScope Scope { get; }

    /// <summary>
    /// The parsed file at <paramref name="path"/>, the diagnostics to report for it and its linked form (null when it
    /// was not linked: another file has its import path), or null if it is not a .proto additional file.
    /// </summary>
    public (ParsedFile Parsed, IReadOnlyList<SchemaDiagnostic> Diagnostics, FileDescriptor? Linked)? Get(string path) =>
        _byPath.TryGetValue(path, out var entry) ? (entry.Parsed, entry.Diagnostics, entry.Linked) : null;

    /// <summary>The link problems that may be wrong when an imported file is unseen: they name or use what it declares.</summary>
    internal static readonly IReadOnlyCollection<string> DependsOnOtherFiles = new HashSet<string>(StringComparer.Ordinal)
    {
        LinkDiagnosticIds.UnresolvedImport,
        LinkDiagnosticIds.UnresolvedType,
        LinkDiagnosticIds.InvalidOption,
        LinkDiagnosticIds.InvalidTypeUsage,
        LinkDiagnosticIds.UnusedImport,
        LinkDiagnosticIds.ExtensionNumberReused,
    };

    public static ProtoProject Create(IEnumerable<AdditionalText> additionalFiles, AnalyzerConfigOptionsProvider optionsProvider, CancellationToken cancellationToken)
    {
        optionsProvider.GlobalOptions.TryGetValue("build_property.ProjectDir", out var projectDirectory);
        var projectRoot = string.IsNullOrEmpty(projectDirectory) ? null : ProtoPaths.Normalize(projectDirectory!);

        var sources = new List<Source>();
        foreach (var file in additionalFiles)
        {
            if (!ProtoFileAnalyzer.IsProtoFile(file.Path))
            {
                continue;
            }

            var options = optionsProvider.GetOptions(file);
            var path = ProtoPaths.Normalize(file.Path);
            var root = ImportRoot(path, Metadata(options, "ProtoRoot"), projectRoot);
            var importDirectories = (Metadata(options, "AdditionalImportDirs") ?? string.Empty)
                .Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries)
                .Select(directory => ProtoPaths.Resolve(projectRoot ?? ProtoPaths.Directory(path), directory.Trim()))
                .ToArray();
            var importOnly = string.Equals(Metadata(options, "ProtoGuardImportOnly"), "true", StringComparison.OrdinalIgnoreCase);
            sources.Add(new Source(file, path, ProtoPaths.Relative(root, path), root, importDirectories, importOnly, cancellationToken));
        }

        var byFullPath = sources.GroupBy(source => source.FullPath, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var linked = new Dictionary<string, Source>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            // Two files with one import path (different roots): protoc would never load both in one run; link the first.
            if (!source.ImportOnly && source.Parsed is not null && !linked.ContainsKey(source.ImportPath))
            {
                linked.Add(source.ImportPath, source);
            }
        }

        optionsProvider.GlobalOptions.TryGetValue("build_property.ProtoGuardImportDirectories", out var protocImportDirectories);
        var roots = sources.SelectMany(source => new[] { source.Root }.Concat(source.ImportDirectories))
            .Concat((protocImportDirectories ?? string.Empty)
                .Split(new[] { '|' }, StringSplitOptions.RemoveEmptyEntries)
                .Where(directory => directory.Trim().Length > 0)
                .Select(directory => ProtoPaths.Resolve(projectRoot ?? "/", directory.Trim())))
            .ToArray();
        var compilation = ProtoCompilation.Create(
            linked.Select(pair => new KeyValuePair<string, ParsedFile>(pair.Key, pair.Value.Parsed!)),
            new ImportResolver(roots, (path, _) => ImportedText(path, byFullPath, linked)).Resolve);

        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var unseen = new Dictionary<FileDescriptor, bool>();
        var linkedFiles = new List<FileDescriptor>();
        foreach (var source in sources)
        {
            if (source.ImportOnly || source.Parsed is not { } parsed)
            {
                continue;
            }

            var descriptor = linked.TryGetValue(source.ImportPath, out var linkedSource) && linkedSource == source
                ? compilation.GetFile(source.ImportPath)
                : null;
            entries[source.File.Path] = new Entry(parsed, descriptor is null ? parsed.Diagnostics : Reportable(descriptor, unseen), descriptor);
            if (descriptor is not null)
            {
                linkedFiles.Add(descriptor);
            }
        }

        return new ProtoProject(entries, new LintScope(linkedFiles), compilation);
    }

    private static IReadOnlyList<SchemaDiagnostic> Reportable(FileDescriptor file, Dictionary<FileDescriptor, bool> unseen)
    {
        if (!ImportsUnseenFile(file, unseen))
        {
            return file.Diagnostics;
        }

        return file.Diagnostics.Where(d => !DependsOnOtherFiles.Contains(d.Id)).ToArray();
    }

    /// <summary>
    /// True when <paramref name="file"/> or anything it imports, at any depth, has an import the analyzer did not see
    /// (an <c>import option</c> counts like any other import).
    /// </summary>
    private static bool ImportsUnseenFile(FileDescriptor file, Dictionary<FileDescriptor, bool> unseen)
    {
        if (unseen.TryGetValue(file, out var known))
        {
            return known;
        }

        // Cycles: a file on the current path counts as seen; the edge that closes the cycle is a null dependency anyway.
        unseen[file] = false;
        var result = file.DependencyFiles.Any(dependency => dependency is null || ImportsUnseenFile(dependency, unseen))
            || file.OptionDependencyFiles.Any(dependency => dependency is null || ImportsUnseenFile(dependency, unseen));
        unseen[file] = result;
        return result;
    }

    /// <summary>
    /// The additional file at <paramref name="path"/> (an import root + an import path), unless that file is linked
    /// under another import path (loading it twice would report every symbol in it as a duplicate).
    /// </summary>
    private static SourceText? ImportedText(string path, Dictionary<string, Source> byFullPath, Dictionary<string, Source> linked) =>
        byFullPath.TryGetValue(path, out var source) && !(linked.TryGetValue(source.ImportPath, out var linkedSource) && linkedSource == source)
            ? source.Text
            : null;

    private static string ImportRoot(string path, string? protoRoot, string? projectRoot)
    {
        if (!string.IsNullOrEmpty(protoRoot))
        {
            return ProtoPaths.Resolve(projectRoot ?? ProtoPaths.Directory(path), protoRoot!);
        }

        return projectRoot is not null && path.StartsWith(projectRoot + "/", StringComparison.Ordinal)
            ? projectRoot
            : ProtoPaths.Directory(path);
    }

    private static string? Metadata(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue("build_metadata.AdditionalFiles." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>A .proto additional file; read and parsed on first use, so unimported import-only files cost nothing.</summary>
    private sealed class Source
    {
        private readonly Lazy<SourceText?> _text;
        private readonly Lazy<ParsedFile?> _parsed;

        public Source(AdditionalText file, string fullPath, string importPath, string root, IReadOnlyList<string> importDirectories, bool importOnly, CancellationToken cancellationToken)
        {
            File = file;
            FullPath = fullPath;
            ImportPath = importPath;
            Root = root;
            ImportDirectories = importDirectories;
            ImportOnly = importOnly;
            _text = new Lazy<SourceText?>(() => file.GetText(cancellationToken) is { } content ? SourceText.From(content.ToString(), file.Path) : null);
            _parsed = new Lazy<ParsedFile?>(() => _text.Value is { } content ? ProtoParser.Parse(content) : null);
        }

        public AdditionalText File { get; }

        public string FullPath { get; }

        public string ImportPath { get; }

        public string Root { get; }

        public IReadOnlyList<string> ImportDirectories { get; }

        /// <summary>Linked when imported, never reported (ProtoGuardImportOnly metadata).</summary>
        public bool ImportOnly { get; }

        public SourceText? Text => _text.Value;

        public ParsedFile? Parsed => _parsed.Value;
    }

    private sealed class Entry
    {
        public Entry(ParsedFile parsed, IReadOnlyList<SchemaDiagnostic> diagnostics, FileDescriptor? linked)
        {
            Parsed = parsed;
            Diagnostics = diagnostics;
            Linked = linked;
        }

        public FileDescriptor? Linked { get; }

        public ParsedFile Parsed { get; }

        public IReadOnlyList<SchemaDiagnostic> Diagnostics { get; }
    }
}

/// <summary>Path arithmetic on '/'-separated paths, without touching the file system (analyzers do no I/O).</summary>
internal static class ProtoPaths
{
    public static string Normalize(string path) => ImportResolver.NormalizePath(path);

    public static string Directory(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash <= 0 ? (slash == 0 ? "/" : string.Empty) : path.Substring(0, slash);
    }

    /// <summary><paramref name="path"/> against <paramref name="baseDirectory"/> unless it is rooted (Unix or Windows).</summary>
    public static string Resolve(string baseDirectory, string path) => ImportResolver.Combine(baseDirectory, path);

    /// <summary>The import path of <paramref name="path"/> under <paramref name="root"/>; its file name when it is not under it.</summary>
    public static string Relative(string root, string path)
    {
        var prefix = root.EndsWith("/", StringComparison.Ordinal) ? root : root + "/";
        return path.StartsWith(prefix, StringComparison.Ordinal) ? path.Substring(prefix.Length) : path.Substring(path.LastIndexOf('/') + 1);
    }
}
