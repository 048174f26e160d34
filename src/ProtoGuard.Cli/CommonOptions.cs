using System.CommandLine;
using ProtoGuard.Cli.Output;

namespace ProtoGuard.Cli;

/// <summary>
/// What every command that reads .proto files accepts, with the same names and meaning: the paths (files or
/// directories), import roots as protoc's <c>-I</c>, <c>--exclude</c> globs and <c>--no-default-excludes</c>.
/// </summary>
internal sealed class InputOptions
{
    private readonly Argument<string[]> _paths = new("paths")
    {
        Description = ".proto files, or directories searched recursively for them (default: the current directory)",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<string[]> _importRoots = new("--proto_path", "-I", "--proto-path")
    {
        Description = "An import root, searched in order, as protoc's -I (repeatable; default: the current directory)",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<string[]> _exclude = new("--exclude")
    {
        Description = "Skip files and directories matching this glob ('vendor', '*_test.proto', 'third_party/**'; repeatable)",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<bool> _noDefaultExcludes = new("--no-default-excludes")
    {
        Description = "Also walk node_modules, bin, obj and .git directories (skipped by default)",
    };

    public InputOptions()
    {
        // An option this command does not have would otherwise be taken for a path.
        _paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.StartsWith('-') && token.Value.Length > 1 && !File.Exists(token.Value) && !Directory.Exists(token.Value))
                {
                    result.AddError($"Unrecognized option '{token.Value}'");
                    return;
                }
            }
        });
    }

    public void AddTo(Command command)
    {
        command.Arguments.Add(_paths);
        command.Options.Add(_importRoots);
        command.Options.Add(_exclude);
        command.Options.Add(_noDefaultExcludes);
    }

    /// <summary>The selection on the command line, or null after a one-line message (a bad glob, an import root that is not a directory).</summary>
    public InputSelection? Get(ParseResult parseResult, TextWriter error)
    {
        var globs = new List<Glob>();
        foreach (var pattern in parseResult.GetValue(_exclude) ?? [])
        {
            if (Glob.Create(pattern, out var problem) is not { } glob)
            {
                error.WriteLine($"protoguard: --exclude '{pattern}': {problem}");
                return null;
            }

            globs.Add(glob);
        }

        var roots = parseResult.GetValue(_importRoots) is { Length: > 0 } givenRoots ? givenRoots : ["."];
        foreach (var root in roots)
        {
            if (!Directory.Exists(root))
            {
                error.WriteLine($"protoguard: import root '{root}' is not a directory");
                return null;
            }
        }

        return new InputSelection(
            parseResult.GetValue(_paths) is { Length: > 0 } givenPaths ? givenPaths : ["."],
            roots,
            globs,
            parseResult.GetValue(_noDefaultExcludes));
    }
}

/// <summary>The inputs of one run: paths, import roots (never empty), exclusions.</summary>
internal sealed record InputSelection(string[] Paths, string[] ImportRoots, IReadOnlyList<Glob> Excludes, bool IncludeDefaultExcluded)
{
    /// <summary>The .proto files selected, or null after a one-line message.</summary>
    public IReadOnlyList<ProtoFile>? FindFiles(TextWriter error) => ProtoFileDiscovery.Find(Paths, Excludes, IncludeDefaultExcluded, error);
}

/// <summary>How a reporting command writes its report: <c>--format</c>, <c>--output</c>, <c>--color</c>.</summary>
internal sealed class ReportOptions
{
    private readonly Option<string> _format = new("--format", "-f")
    {
        Description = "Output format: text, json, sarif, github (workflow annotations) or msbuild",
        DefaultValueFactory = _ => "text",
    };

    private readonly Option<string?> _output = new("--output", "-o")
    {
        Description = "Write the report to this file instead of standard output",
    };

    private readonly Option<string> _color = new("--color")
    {
        Description = "Color the text report: auto (on a terminal, unless NO_COLOR is set), always or never",
        DefaultValueFactory = _ => "auto",
    };

    public ReportOptions(bool withOutputFile = true, string[]? extraFormats = null, string defaultFormat = "text")
    {
        _format.AcceptOnlyFromAmong([.. extraFormats ?? [], .. Reports.Names]);
        _format.DefaultValueFactory = _ => defaultFormat;
        if (extraFormats is { Length: > 0 })
        {
            _format.Description = $"Output format: {string.Join(", ", extraFormats)}, text, json, sarif, github (workflow annotations) or msbuild (default: {defaultFormat})";
        }

        _color.AcceptOnlyFromAmong("auto", "always", "never");
        WithOutputFile = withOutputFile;
    }

    public bool WithOutputFile { get; }

    public void AddTo(Command command)
    {
        command.Options.Add(_format);
        if (WithOutputFile)
        {
            command.Options.Add(_output);
        }

        command.Options.Add(_color);
    }

    public string FormatName(ParseResult parseResult) => parseResult.GetValue(_format) ?? "text";

    public ReportFormat Format(ParseResult parseResult) => Reports.Parse(parseResult.GetValue(_format));

    /// <summary>True when the command line asks for a report: a format other than the default, or <c>--output</c>.</summary>
    public bool IsRequested(ParseResult parseResult) =>
        parseResult.GetResult(_format) is { Implicit: false } || (WithOutputFile && parseResult.GetValue(_output) is not null);

    /// <summary>
    /// Writes the report to <c>--output</c> or to <paramref name="standardOutput"/>; false after a one-line message when
    /// the file cannot be written (nothing is left behind then).
    /// </summary>
    public bool Write(ParseResult parseResult, IReadOnlyList<ReportItem> items, string summary, TextWriter standardOutput, TextWriter error)
    {
        var target = WithOutputFile ? parseResult.GetValue(_output) : null;
        var format = Format(parseResult);
        if (target is null)
        {
            var useColor = Terminal.UseColor(parseResult.GetValue(_color) ?? "auto", Terminal.IsConsole(standardOutput), Environment.GetEnvironmentVariable);
            if (ReferenceEquals(standardOutput, Console.Out))
            {
                // Console.Out flushes on every write: a report of many findings goes through a buffer instead.
                standardOutput.Flush();
                using var buffered = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 64 * 1024);
                Reports.Write(format, items, summary, useColor, buffered);
            }
            else
            {
                Reports.Write(format, items, summary, useColor, standardOutput);
                standardOutput.Flush();
            }

            return true;
        }

        return ReportFile.TryWrite(target, writer => Reports.Write(format, items, summary, color: false, writer), error);
    }
}

/// <summary><c>--warnaserror</c>: warnings fail the run too.</summary>
internal static class WarnAsError
{
    public static Option<bool> Create() => new("--warnaserror") { Description = "Exit with 1 when there is any warning, not only errors" };
}
