using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using ProtoGuard.Generators.FieldMaskHelpers;
using ProtoGuard.Generators.InMemory;
using ProtoGuard.Generators.Tests.Infrastructure;

namespace ProtoGuard.Generators.Tests.InMemory;

/// <summary>
/// Runs <see cref="InMemoryServiceGenerator"/> with the FieldMask helpers generator (whose <c>ApplyFieldMask</c> the
/// generated updates call) on real Grpc.Tools output plus a class marked <c>[ProtoGuard.InMemoryService]</c>.
/// </summary>
internal static class InMemoryHarness
{
    public static readonly string GeneratorVersion = typeof(InMemoryServiceGenerator).Assembly.GetName().Version!.ToString();

    public const string LibraryServiceSource = """
        namespace Tests
        {
            [ProtoGuard.InMemoryService(DefaultPageSize = 10, MaxPageSize = 100)]
            public partial class InMemoryLibrary : Library.V1.LibraryService.LibraryServiceBase
            {
            }
        }
        """;

    public static CSharpCompilation Compilation(string serviceSource, params string[] protoNames)
        => GeneratorHarness.CreateCompilation(protoNames.SelectMany(GrpcToolsOutput.For).Append(("Service.cs", serviceSource)));

    public static GeneratorDriver CreateDriver(string? fieldMaskMode = null)
        => CSharpGeneratorDriver.Create(
            new[] { new InMemoryServiceGenerator().AsSourceGenerator(), new FieldMaskHelpersGenerator().AsSourceGenerator() },
            parseOptions: GeneratorHarness.ParseOptions,
            optionsProvider: new Options(fieldMaskMode),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static (GeneratorDriverRunResult Result, Compilation Output) Run(CSharpCompilation compilation, string? fieldMaskMode = null)
    {
        var driver = CreateDriver(fieldMaskMode).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        return (driver.GetRunResult(), output);
    }

    /// <summary>The in-memory generator's sources by hint name, the version replaced by <c>{version}</c>.</summary>
    public static Dictionary<string, string> Generated(GeneratorDriverRunResult result)
        => result.Results.Single(r => r.Generator.GetGeneratorType() == typeof(InMemoryServiceGenerator)).GeneratedSources.ToDictionary(
            source => source.HintName,
            source => source.SourceText.ToString().Replace("\"ProtoGuard\", \"" + GeneratorVersion + "\"", "\"ProtoGuard\", \"{version}\"", StringComparison.Ordinal));

    private sealed class Options(string? fieldMaskMode) : AnalyzerConfigOptionsProvider
    {
        private readonly DictionaryOptions _global = new(fieldMaskMode is null
            ? new Dictionary<string, string>()
            : new Dictionary<string, string> { ["build_property.ProtoGuardFieldMaskHelpers"] = fieldMaskMode });

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => DictionaryOptions.Empty;
    }

    private sealed class DictionaryOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
            => values.TryGetValue(key, out value);
    }
}
