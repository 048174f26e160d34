using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using ProtoGuard.Generators.FieldMaskHelpers;

namespace ProtoGuard.Generators.Tests.Infrastructure;

/// <summary>Runs <see cref="FieldMaskHelpersGenerator"/> alone on in-memory compilations (see <see cref="GeneratorHarness"/>).</summary>
internal static class FieldMaskHarness
{
    public static readonly string GeneratorVersion = typeof(FieldMaskHelpersGenerator).Assembly.GetName().Version!.ToString();

    /// <summary><c>ProtoGuardFieldMaskHelpers=all</c>: helpers for every message, not only the default (auto) selection.</summary>
    public static readonly IReadOnlyDictionary<string, string> All = Mode("all");

    /// <summary>The global options that set <c>ProtoGuardFieldMaskHelpers</c> to <paramref name="value"/>.</summary>
    public static IReadOnlyDictionary<string, string> Mode(string value)
        => new Dictionary<string, string> { ["build_property.ProtoGuardFieldMaskHelpers"] = value };

    /// <summary>The hint names of the generated sources, in output order.</summary>
    public static string[] HintNames(GeneratorDriverRunResult result)
        => result.Results.Single().GeneratedSources.Select(source => source.HintName).ToArray();

    /// <param name="globalOptions">Analyzer config global options, e.g. <c>build_property.ProtoGuardFieldMaskHelpers</c>.</param>
    /// <param name="protobufItems">
    /// .proto additional files (path → their <c>ProtoGuardFieldMaskHelpers</c> item metadata), as ProtoGuard.targets passes
    /// the <c>Protobuf</c> items.
    /// </param>
    public static GeneratorDriver CreateDriver(
        CSharpParseOptions? parseOptions = null,
        IReadOnlyDictionary<string, string>? globalOptions = null,
        IReadOnlyDictionary<string, string>? protobufItems = null)
        => CSharpGeneratorDriver.Create(
            new[] { new FieldMaskHelpersGenerator().AsSourceGenerator() },
            additionalTexts: (protobufItems ?? new Dictionary<string, string>()).Keys.Select(path => (AdditionalText)new ProtoText(path)),
            parseOptions: parseOptions ?? GeneratorHarness.ParseOptions,
            optionsProvider: new GlobalOptionsProvider(globalOptions ?? new Dictionary<string, string>(), protobufItems ?? new Dictionary<string, string>()),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static (GeneratorDriverRunResult Result, Compilation Output) Run(
        CSharpCompilation compilation,
        IReadOnlyDictionary<string, string>? globalOptions = null,
        IReadOnlyDictionary<string, string>? protobufItems = null)
    {
        var driver = CreateDriver((CSharpParseOptions)compilation.SyntaxTrees.First().Options, globalOptions, protobufItems)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        return (driver.GetRunResult(), output);
    }

    /// <summary>The Grpc.Tools output of several protos compiled together.</summary>
    public static CSharpCompilation CompilationFor(params string[] protoNames)
        => GeneratorHarness.CreateCompilation(protoNames.SelectMany(GrpcToolsOutput.For));

    /// <summary>Generated sources by hint name, with the generator version replaced by <c>{version}</c>.</summary>
    public static Dictionary<string, string> GeneratedByHintName(GeneratorDriverRunResult result)
        => result.Results.Single().GeneratedSources.ToDictionary(
            source => source.HintName,
            source => source.SourceText.ToString().Replace(
                "\"ProtoGuard\", \"" + GeneratorVersion + "\"",
                "\"ProtoGuard\", \"{version}\"",
                StringComparison.Ordinal));

    /// <summary>Analyzer config: global options, and <c>ProtoGuardFieldMaskHelpers</c> metadata per .proto additional file.</summary>
    internal sealed class GlobalOptionsProvider(IReadOnlyDictionary<string, string> values, IReadOnlyDictionary<string, string> protobufItems) : AnalyzerConfigOptionsProvider
    {
        private readonly DictionaryOptions _global = new(values);

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
            => protobufItems.TryGetValue(textFile.Path, out var mode)
                ? new DictionaryOptions(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.ProtoGuardFieldMaskHelpers"] = mode })
                : DictionaryOptions.Empty;
    }

    private sealed class ProtoText(string path) : AdditionalText
    {
        public override string Path => path;

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default)
            => Microsoft.CodeAnalysis.Text.SourceText.From(string.Empty);
    }

    private sealed class DictionaryOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
            => values.TryGetValue(key, out value);
    }
}
