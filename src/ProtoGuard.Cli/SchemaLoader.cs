using ProtoGuard.Rules.Breaking.Model;
using ProtoGuard.Schema;
using ProtoGuard.Schema.Linking;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Cli;

/// <summary>Reads .proto files (files or directories) and links them, with import roots as protoc's -I, into a schema shape.</summary>
internal static class SchemaLoader
{
    /// <summary>The schema of <paramref name="paths"/>, or null after printing why (a missing path, an unreadable file, a parse or link error).</summary>
    public static SchemaShape? Load(IReadOnlyList<string> paths, IReadOnlyList<string> importRoots, TextWriter error)
    {
        var files = ProtoFileDiscovery.Find(paths, error);
        if (files is null)
        {
            return null;
        }

        var imports = ImportResolver.FileSystem(importRoots.Select(Path.GetFullPath), LintCommand.RelativeToCurrentDirectory);
        var parsed = new List<KeyValuePair<string, ParsedFile>>();
        foreach (var file in files)
        {
            string text;
            try
            {
                text = File.ReadAllText(file.FullPath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"protoguard: cannot read '{file.DisplayPath}': {e.Message}");
                return null;
            }

            var importPath = imports.ImportPathOf(file.FullPath) ?? file.DisplayPath;
            parsed.Add(new KeyValuePair<string, ParsedFile>(importPath, ProtoParser.Parse(SourceText.From(text, file.DisplayPath))));
        }

        var compilation = ProtoCompilation.Create(
            parsed.GroupBy(pair => pair.Key, StringComparer.Ordinal).Select(group => group.First()),
            imports.Resolve);
        var errors = SchemaShapeBuilder.Reachable(compilation.Files)
            .SelectMany(file => file.Diagnostics.Where(diagnostic => diagnostic.Severity == SchemaSeverity.Error).Select(diagnostic => (file, diagnostic)))
            .ToArray();
        if (errors.Length > 0)
        {
            foreach (var (file, diagnostic) in errors)
            {
                var position = file.Parsed.Text.GetLinePosition(diagnostic.Span.Start);
                error.WriteLine($"{file.Parsed.Text.Path}({position.Line + 1},{position.Character + 1}): error {diagnostic.Id}: {diagnostic.Message}");
            }

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
