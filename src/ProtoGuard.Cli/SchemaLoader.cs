using ProtoGuard.Cli.Output;
using ProtoGuard.Rules.Breaking;
using ProtoGuard.Rules.Breaking.Model;
using ProtoGuard.Schema;
using ProtoGuard.Schema.Linking;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Cli;

/// <summary>Reads .proto files (files or directories) and links them, with import roots as protoc's -I, into a schema shape.</summary>
internal static class SchemaLoader
{
    /// <summary>The schema of <paramref name="paths"/> (no exclusions), or null after printing why.</summary>
    public static SchemaShape? Load(IReadOnlyList<string> paths, IReadOnlyList<string> importRoots, TextWriter error) =>
        Load(new InputSelection([.. paths], [.. importRoots], [], IncludeDefaultExcluded: false), error);

    /// <summary>The schema of the selected files, or null after printing why (a missing path, an unreadable file, a parse or link error).</summary>
    public static SchemaShape? Load(InputSelection selection, TextWriter error)
    {
        var files = selection.FindFiles(error);
        if (files is null)
        {
            return null;
        }

        using var progress = ProgressReporter.Start(error);
        var parsed = ProtoSources.ReadAndParse(files, progress, error);
        if (parsed is null)
        {
            return null;
        }

        var roots = selection.ImportRoots.Select(Path.GetFullPath).ToArray();
        var linking = progress.Phase("link", 0);
        var schema = Link(
            files.Select((file, index) => new KeyValuePair<string, ParsedFile>(ProtoSources.ImportPath(file.FullPath, roots) ?? file.DisplayPath, parsed[index])).ToList(),
            importPath => ProtoSources.ReadImport(roots, importPath),
            error);
        linking.Complete();
        return schema;
    }

    /// <summary>
    /// The schema of <paramref name="paths"/> as they are at a git ref: the .proto files under them at the ref, and
    /// their imports from the ref for import roots inside the repository (from disk for roots outside it).
    /// </summary>
    public static SchemaShape? LoadAtRef(IReadOnlyList<string> paths, IReadOnlyList<string> importRoots, GitRefReader git, TextWriter error)
    {
        var roots = importRoots.Select(Path.GetFullPath).ToArray();
        var parsed = new List<KeyValuePair<string, ParsedFile>>();
        foreach (var path in paths)
        {
            if (git.RepositoryPath(path) is not { } repositoryPath)
            {
                error.WriteLine($"protoguard: '{path}' is outside the git repository '{git.RepositoryRoot}'");
                return null;
            }

            foreach (var file in git.ListFiles(repositoryPath).Where(file => file.EndsWith(".proto", StringComparison.Ordinal)))
            {
                if (git.ReadFile(file) is not { } text)
                {
                    continue;
                }

                var fullPath = Path.GetFullPath(Path.Combine(git.RepositoryRoot, file));
                var display = git.Reference + ":" + Path.GetRelativePath(Directory.GetCurrentDirectory(), fullPath).Replace('\\', '/');
                parsed.Add(new KeyValuePair<string, ParsedFile>(ProtoSources.ImportPath(fullPath, roots) ?? file, ProtoParser.Parse(SourceText.From(text, display))));
            }
        }

        return Link(parsed.OrderBy(pair => pair.Key, StringComparer.Ordinal).ToList(), importPath => ReadImportAtRef(roots, importPath, git), error);
    }

    private static SourceText? ReadImportAtRef(string[] roots, string importPath, GitRefReader git)
    {
        foreach (var root in roots)
        {
            if (git.RepositoryPath(root) is not { } repositoryRoot)
            {
                if (ProtoSources.ReadImport([root], importPath) is { } fromDisk)
                {
                    return fromDisk;
                }

                continue;
            }

            var file = repositoryRoot.Length == 0 ? importPath : repositoryRoot + "/" + importPath;
            if (git.ReadFile(file) is { } text)
            {
                var display = git.Reference + ":" + Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.Combine(git.RepositoryRoot, file)).Replace('\\', '/');
                return SourceText.From(text, display);
            }
        }

        return null;
    }

    private static SchemaShape? Link(List<KeyValuePair<string, ParsedFile>> parsed, Func<string, SourceText?> readImport, TextWriter error)
    {
        var compilation = ProtoCompilation.Create(parsed.GroupBy(pair => pair.Key, StringComparer.Ordinal).Select(group => group.First()), readImport);
        var errors = SchemaShapeBuilder.Reachable(compilation.Files)
            .SelectMany(file => file.Diagnostics.Where(diagnostic => diagnostic.Severity == SchemaSeverity.Error).Select(diagnostic => ReportItem.From(diagnostic, file.Parsed.Text)))
            .ToArray();
        if (errors.Length > 0)
        {
            error.Write(MsBuildReport.Write(errors));
            error.WriteLine("protoguard: the .proto files have errors; fix them first (see 'protoguard lint')");
            return null;
        }

        return SchemaShapeBuilder.Build(compilation);
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/> atomically: a temporary file next to it, then a rename.</summary>
    public static void WriteAtomically(string path, string text)
    {
        var fullPath = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(fullPath)!, "." + Path.GetFileName(fullPath) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            File.WriteAllText(temporary, text);
            File.Move(temporary, fullPath, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
