using System.CommandLine;
using System.Text;
using ProtoGuard.Cli.Output;
using ProtoGuard.Rules.Breaking;
using ProtoGuard.Rules.Breaking.Baseline;
using ProtoGuard.Rules.Breaking.Model;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Cli;

/// <summary>
/// <c>protoguard breaking [-I roots] &lt;files|dirs&gt; --against &lt;dir | baseline .txt | image .binpb/.pb/.json | git ref&gt; [--category C] [--format F]</c>:
/// the breaking-change rules (PG2001-PG2064, the same code as the analyzer) between the accepted schema and the
/// given files. Exit codes: 0 no breaking change, 1 breaking changes, 2 bad input.
/// <c>protoguard baseline write|check</c> writes the baseline file or checks that it is up to date.
/// </summary>
internal static class BreakingCommand
{
    public static Command CreateBreaking(TextWriter output, TextWriter error)
    {
        var inputs = new InputOptions();
        var report = new ReportOptions();
        var against = new Option<string>("--against") { Description = "The accepted schema: a directory of .proto files (its own import root), a baseline file (.txt), an image (a FileDescriptorSet with its imports: .binpb/.pb, or buf's JSON .json), or a git ref (origin/main, a tag, a commit; 'git:REF' to be explicit): the same paths and import roots as they are at that ref", Required = true };
        var category = new Option<string>("--category") { Description = "FILE (default), PACKAGE, WIRE_JSON or WIRE; for files under a buf.yaml whose breaking section has use/except, those select the rules instead", DefaultValueFactory = _ => BreakingCategory.Default };
        var warnAsError = WarnAsError.Create();
        var command = new Command("breaking", "Report breaking changes of .proto files against a directory or a baseline (buf's breaking rules)")
        {
            against, category, warnAsError,
        };
        inputs.AddTo(command);
        report.AddTo(command);
        command.SetAction(parseResult =>
        {
            if (BreakingCategory.Parse(parseResult.GetValue(category)) is not { } selected)
            {
                error.WriteLine($"protoguard: unknown category '{parseResult.GetValue(category)}'; use FILE, PACKAGE, WIRE_JSON or WIRE");
                return LintCommand.ExitUsage;
            }

            if (inputs.Get(parseResult, error) is not { } selection)
            {
                return LintCommand.ExitUsage;
            }

            var oldSchema = LoadAgainst(parseResult.GetValue(against)!, selection, error);
            var newSchema = oldSchema is null ? null : SchemaLoader.Load(selection, error);
            if (oldSchema is null || newSchema is null)
            {
                return LintCommand.ExitUsage;
            }

            // A buf.yaml above a file: its breaking section's use/except select the rules there (else the category),
            // its ignores (paths, unstable packages) drop findings; then ignore comments.
            var bufConfigs = new BufConfigDiscovery();
            var findings = BreakingSelection.Check(oldSchema, newSchema, selected, path => bufConfigs.GetOptions(Path.GetFullPath(path))).ToList();
            var unusedIgnores = new List<Finding>();
            foreach (var file in newSchema.Files.Where(file => file.Text is not null && file.Node is not null))
            {
                var fromBuf = bufConfigs.GetOptions(Path.GetFullPath(file.Text!.Path));
                BufBreakingIgnores.Apply(findings, file.Text.Path, file.Package, new RuleOptions(key => fromBuf.TryGetValue(key, out var value) ? value : null));
                unusedIgnores.AddRange(IgnoreDirectives.ApplyToBreaking(file.Text, file.Node!, RuleOptions.Empty, findings));
            }

            var items = findings.Select(ReportItem.From).Concat(unusedIgnores.Select(ReportItem.From)).ToArray();
            if (!report.Write(parseResult, items, Summary(findings.Count, selected), output, error))
            {
                return LintCommand.ExitUsage;
            }

            return LintCommand.ExitCode(items.Select(item => item.Severity), parseResult.GetValue(warnAsError));
        });
        return command;
    }

    public static Command CreateBaseline(TextWriter output, TextWriter error)
    {
        var baselineOption = new Option<string>("--baseline", "-o") { Description = "The baseline file", DefaultValueFactory = _ => BaselineFormat.DefaultFileName };
        var writeInputs = new InputOptions();
        var write = new Command("write", "Write (or overwrite, atomically) the baseline file from the .proto files: accepts the current schema") { baselineOption };
        writeInputs.AddTo(write);
        write.SetAction(parseResult =>
        {
            if (writeInputs.Get(parseResult, error) is not { } selection || SchemaLoader.Load(selection, error) is not { } schema)
            {
                return LintCommand.ExitUsage;
            }

            var target = parseResult.GetValue(baselineOption)!;
            try
            {
                SchemaLoader.WriteAtomically(target, BaselineWriter.Write(schema));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"protoguard: cannot write '{target}': {e.Message}");
                return LintCommand.ExitUsage;
            }

            output.WriteLine($"protoguard: wrote {target} ({schema.Files.Count} files)");
            return LintCommand.ExitOk;
        });

        var checkInputs = new InputOptions();
        var checkFormat = new Option<string>("--format", "-f")
        {
            Description = "Output format: text (the lines to remove and to add, then a summary) or json ({ baseline, upToDate, remove, add })",
            DefaultValueFactory = _ => "text",
        };
        checkFormat.AcceptOnlyFromAmong("text", "json");
        var check = new Command("check", "Exit 1 when the baseline file differs from the .proto files' schema (run 'baseline write' to accept)") { baselineOption, checkFormat };
        checkInputs.AddTo(check);
        check.SetAction(parseResult =>
        {
            if (checkInputs.Get(parseResult, error) is not { } selection)
            {
                return LintCommand.ExitUsage;
            }

            var target = parseResult.GetValue(baselineOption)!;
            if (!File.Exists(target))
            {
                error.WriteLine($"protoguard: baseline '{target}' does not exist; create it with 'protoguard baseline write'");
                return LintCommand.ExitFindings;
            }

            if (SchemaLoader.Load(selection, error) is not { } schema)
            {
                return LintCommand.ExitUsage;
            }

            string[] actual;
            try
            {
                actual = File.ReadAllText(target).ReplaceLineEndings("\n").Split('\n');
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"protoguard: cannot read '{target}': {e.Message}");
                return LintCommand.ExitUsage;
            }

            var expected = BaselineWriter.Write(schema).Split('\n');
            var removed = actual.Except(expected, StringComparer.Ordinal).Where(line => line.Length > 0).ToArray();
            var added = expected.Except(actual, StringComparer.Ordinal).Where(line => line.Length > 0).ToArray();
            if (parseResult.GetValue(checkFormat) == "json")
            {
                WriteCheckJson(output, target, removed, added);
                return removed.Length == 0 && added.Length == 0 ? LintCommand.ExitOk : LintCommand.ExitFindings;
            }

            if (removed.Length == 0 && added.Length == 0)
            {
                output.WriteLine($"protoguard: {target} is up to date");
                return LintCommand.ExitOk;
            }

            foreach (var line in removed)
            {
                output.WriteLine("- " + line);
            }

            foreach (var line in added)
            {
                output.WriteLine("+ " + line);
            }

            output.WriteLine($"protoguard: {target} is out of date ({removed.Length} lines to remove, {added.Length} to add); run 'protoguard baseline write'");
            return LintCommand.ExitFindings;
        });
        return new Command("baseline", "Write or check the breaking-change baseline file") { write, check };
    }

    /// <summary><c>baseline check --format json</c>: one object with the baseline's path, whether it is up to date, and the lines to remove and to add.</summary>
    private static void WriteCheckJson(TextWriter output, string baseline, string[] removed, string[] added)
    {
        using var stream = new MemoryStream();
        using (var json = new System.Text.Json.Utf8JsonWriter(stream, new System.Text.Json.JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("baseline", baseline.Replace('\\', '/'));
            json.WriteBoolean("upToDate", removed.Length == 0 && added.Length == 0);
            json.WriteStartArray("remove");
            foreach (var line in removed)
            {
                json.WriteStringValue(line);
            }

            json.WriteEndArray();
            json.WriteStartArray("add");
            foreach (var line in added)
            {
                json.WriteStringValue(line);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private const string GitPrefix = "git:";

    /// <summary>The accepted schema; a directory is read with the same exclusions as the new side, so an excluded file is not "deleted".</summary>
    private static SchemaShape? LoadAgainst(string against, InputSelection selection, TextWriter error)
    {
        if (against.StartsWith(GitPrefix, StringComparison.Ordinal))
        {
            return LoadAtGitRef(against.Substring(GitPrefix.Length), selection.Paths, selection.ImportRoots, error, explicitRef: true);
        }

        if (Directory.Exists(against))
        {
            return SchemaLoader.Load(selection with { Paths = [against], ImportRoots = [against] }, error);
        }

        if (!File.Exists(against))
        {
            return LoadAtGitRef(against, selection.Paths, selection.ImportRoots, error, explicitRef: false);
        }

        if (ImageExtensions.Any(extension => against.EndsWith(extension, StringComparison.OrdinalIgnoreCase)))
        {
            return LoadImage(against, error);
        }

        if (!against.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        {
            error.WriteLine($"protoguard: --against '{against}': unknown file type; use a directory, a baseline file (.txt), an image (.binpb, .pb, .json) or a git ref");
            return null;
        }

        string text;
        try
        {
            text = File.ReadAllText(against);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"protoguard: cannot read '{against}': {e.Message}");
            return null;
        }

        var read = BaselineReader.Read(text);
        foreach (var problem in read.Errors)
        {
            error.WriteLine($"{against}({problem.Line},1): error PG2066: {problem.Message}");
        }

        return read.Schema;
    }

    private static readonly string[] ImageExtensions = [".binpb", ".pb", ".json"];

    /// <summary>
    /// An image as the accepted schema, as buf's <c>--against image.binpb</c>: a FileDescriptorSet in binary
    /// (<c>protoguard build -o</c>, <c>protoc --descriptor_set_out --include_imports</c>, <c>buf build -o x.binpb</c>)
    /// or protobuf JSON (<c>buf build -o x.json</c>). Every file in it is compared, imports included, as buf does.
    /// </summary>
    private static SchemaShape? LoadImage(string against, TextWriter error)
    {
        byte[]? bytes;
        string? problem = null;
        try
        {
            bytes = against.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
                ? DescriptorSetJson.ToBinary(File.ReadAllText(against), out problem)
                : File.ReadAllBytes(against);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"protoguard: cannot read '{against}': {e.Message}");
            return null;
        }

        var files = bytes is null ? null : DescriptorReader.ReadFileSet(bytes);
        problem ??= files is null ? "the bytes are not a serialized FileDescriptorSet"
            : files.Count == 0 ? "it holds no files"
            : files.Any(file => file.Name.Length == 0) ? "a file in it has no name"
            : null;
        var schema = problem is null ? DescriptorSetShapeBuilder.Build(files!, out problem) : null;
        if (schema is null)
        {
            error.WriteLine($"protoguard: --against '{against}' is not a usable image: {problem}");
        }

        return schema;
    }

    private static string Summary(int count, string category) =>
        count == 0 ? $"No breaking changes ({category})." : $"{count} breaking change{(count == 1 ? string.Empty : "s")} ({category}).";

    /// <summary>The schema of the same paths and import roots as they are at a git ref (read with git, the working tree untouched).</summary>
    private static SchemaShape? LoadAtGitRef(string reference, IReadOnlyList<string> paths, IReadOnlyList<string> importRoots, TextWriter error, bool explicitRef)
    {
        var problem = "'git:' needs a ref, as in 'git:origin/main'";
        using var git = reference.Length == 0 ? null : GitRefReader.Open(Directory.GetCurrentDirectory(), reference, setting: null, out problem);
        if (git is null)
        {
            error.WriteLine(explicitRef
                ? $"protoguard: error PG2067: {problem}"
                : $"protoguard: --against '{reference}' is not a directory or a file, and not a readable git ref: error PG2067: {problem}");
            return null;
        }

        return SchemaLoader.LoadAtRef(paths, importRoots, git, error);
    }
}
