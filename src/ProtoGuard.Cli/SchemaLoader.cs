using ProtoGuard.Cli.Output;
using ProtoGuard.Rules.Breaking.Model;
using ProtoGuard.Schema;
using ProtoGuard.Schema.Linking;

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
        var compilation = ProtoCompilation.Create(
            files.Select((file, index) => new KeyValuePair<string, ParsedFile>(ProtoSources.ImportPath(file.FullPath, roots) ?? file.DisplayPath, parsed[index]))
                .GroupBy(pair => pair.Key, StringComparer.Ordinal).Select(group => group.First()),
            importPath => ProtoSources.ReadImport(roots, importPath));
        linking.Complete();
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
