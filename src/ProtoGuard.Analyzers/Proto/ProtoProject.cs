using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
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
/// The analyzer sees only the AdditionalFiles; protoc also sees every file under the import roots. An import that
/// resolves to no additional file may well exist on disk, so for a file with such an import the analyzer keeps
/// quiet about unresolved imports and types (PG0002, PG0003): protoc in the build, and <c>protoguard build</c>,
/// report those with certainty.
/// </remarks>
internal sealed class ProtoProject
{
    private readonly Dictionary<string, Entry> byPath;

    private ProtoProject(Dictionary<string, Entry> byPath, ProtoCompilation compilation)
    {
        this.byPath = byPath;
        Compilation = compilation;
    }

    /// <summary>The project's .proto files linked together (keyed by import path, as protoc and buf see them).</summary>
    public ProtoCompilation Compilation { get; }

    public bool IsEmpty => byPath.Count == 0;

    /// <summary>The paths of the project's .proto files, as the compiler gave them.</summary>
    public IEnumerable<string> Paths => byPath.Keys;

    /// <summary>The parsed file at <paramref name="path"/> and the diagnostics to report for it, or null if it is not a .proto additional file.</summary>
    public (ParsedFile Parsed, IReadOnlyList<SchemaDiagnostic> Diagnostics)? Get(string path) =>
        byPath.TryGetValue(path, out var entry) ? (entry.Parsed, entry.Diagnostics) : null;

    public static ProtoProject Create(IEnumerable<AdditionalText> additionalFiles, AnalyzerConfigOptionsProvider optionsProvider, CancellationToken cancellationToken)
    {
        optionsProvider.GlobalOptions.TryGetValue("build_property.ProjectDir", out var projectDirectory);
        var projectRoot = string.IsNullOrEmpty(projectDirectory) ? null : ProtoPaths.Normalize(projectDirectory!);

        var sources = new List<Source>();
        foreach (var file in additionalFiles)
        {
            if (!ProtoFileAnalyzer.IsProtoFile(file.Path) || file.GetText(cancellationToken) is not { } text)
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
            var parsed = ProtoParser.Parse(SourceText.From(text.ToString(), file.Path));
            sources.Add(new Source(file.Path, path, ProtoPaths.Relative(root, path), root, importDirectories, parsed));
        }

        var byFullPath = sources.GroupBy(source => source.FullPath, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var linked = new Dictionary<string, Source>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            // Two files with one import path (different roots): protoc would never load both in one run; link the first.
            if (!linked.ContainsKey(source.ImportPath))
            {
                linked.Add(source.ImportPath, source);
            }
        }

        var roots = sources.SelectMany(source => new[] { source.Root }.Concat(source.ImportDirectories)).Distinct(StringComparer.Ordinal).ToArray();
        var compilation = ProtoCompilation.Create(
            linked.Select(pair => new KeyValuePair<string, ParsedFile>(pair.Key, pair.Value.Parsed)),
            importPath => Resolve(importPath, roots, byFullPath, linked));

        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            var descriptor = linked.TryGetValue(source.ImportPath, out var linkedSource) && linkedSource == source
                ? compilation.GetFile(source.ImportPath)
                : null;
            entries[source.OriginalPath] = new Entry(source.Parsed, descriptor is null ? source.Parsed.Diagnostics : Reportable(descriptor));
        }

        return new ProtoProject(entries, compilation);
    }

    private static IReadOnlyList<SchemaDiagnostic> Reportable(FileDescriptor file)
    {
        if (!file.DependencyFiles.Contains(null))
        {
            return file.Diagnostics;
        }

        return file.Diagnostics
            .Where(d => d.Id != LinkDiagnosticIds.UnresolvedImport && d.Id != LinkDiagnosticIds.UnresolvedType)
            .ToArray();
    }

    /// <summary>
    /// An import that names an additional file under one of the roots, unless that file is linked under another
    /// import path (loading it twice would report every symbol in it as a duplicate).
    /// </summary>
    private static SourceText? Resolve(string importPath, IReadOnlyList<string> roots, Dictionary<string, Source> byFullPath, Dictionary<string, Source> linked)
    {
        foreach (var root in roots)
        {
            if (byFullPath.TryGetValue(ProtoPaths.Resolve(root, importPath), out var source)
                && !(linked.TryGetValue(source.ImportPath, out var linkedSource) && linkedSource == source))
            {
                return source.Parsed.Text;
            }
        }

        return null;
    }

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

    private sealed class Source
    {
        public Source(string originalPath, string fullPath, string importPath, string root, IReadOnlyList<string> importDirectories, ParsedFile parsed)
        {
            OriginalPath = originalPath;
            FullPath = fullPath;
            ImportPath = importPath;
            Root = root;
            ImportDirectories = importDirectories;
            Parsed = parsed;
        }

        public string OriginalPath { get; }

        public string FullPath { get; }

        public string ImportPath { get; }

        public string Root { get; }

        public IReadOnlyList<string> ImportDirectories { get; }

        public ParsedFile Parsed { get; }
    }

    private sealed class Entry
    {
        public Entry(ParsedFile parsed, IReadOnlyList<SchemaDiagnostic> diagnostics)
        {
            Parsed = parsed;
            Diagnostics = diagnostics;
        }

        public ParsedFile Parsed { get; }

        public IReadOnlyList<SchemaDiagnostic> Diagnostics { get; }
    }
}

/// <summary>Path arithmetic on '/'-separated paths, without touching the file system (analyzers do no I/O).</summary>
internal static class ProtoPaths
{
    public static string Normalize(string path)
    {
        var slashed = path.Replace('\\', '/');
        var rooted = slashed.StartsWith("/", StringComparison.Ordinal);
        var parts = new List<string>();
        foreach (var part in slashed.Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == ".." && parts.Count > 0 && parts[parts.Count - 1] != "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts.Add(part);
            }
        }

        return (rooted ? "/" : string.Empty) + string.Join("/", parts);
    }

    public static string Directory(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash <= 0 ? (slash == 0 ? "/" : string.Empty) : path.Substring(0, slash);
    }

    /// <summary><paramref name="path"/> against <paramref name="baseDirectory"/> unless it is rooted (Unix or Windows).</summary>
    public static string Resolve(string baseDirectory, string path)
    {
        var slashed = path.Replace('\\', '/');
        var rooted = slashed.StartsWith("/", StringComparison.Ordinal) || (slashed.Length >= 2 && slashed[1] == ':');
        return Normalize(rooted ? slashed : baseDirectory + "/" + slashed);
    }

    /// <summary>The import path of <paramref name="path"/> under <paramref name="root"/>; its file name when it is not under it.</summary>
    public static string Relative(string root, string path)
    {
        var prefix = root.EndsWith("/", StringComparison.Ordinal) ? root : root + "/";
        return path.StartsWith(prefix, StringComparison.Ordinal) ? path.Substring(prefix.Length) : path.Substring(path.LastIndexOf('/') + 1);
    }
}
