using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ProtoGuard.Generators.Paging;

namespace ProtoGuard.Generators.Tests.Infrastructure;

/// <summary>Compiles sources in memory against the running .NET runtime plus gRPC and protobuf, and runs the generator.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);

    /// <summary>The .NET SDK's own NoWarn (binding redirect notes, CS1701/CS1702), as in every real build.</summary>
    private static readonly ImmutableDictionary<string, ReportDiagnostic> SdkDefaultNoWarn = new Dictionary<string, ReportDiagnostic>
    {
        ["CS1701"] = ReportDiagnostic.Suppress,
        ["CS1702"] = ReportDiagnostic.Suppress,
    }.ToImmutableDictionary();

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    /// <summary>
    /// A compilation of <paramref name="sources"/> plus what <see cref="Common.EmbeddedAttributeGenerator"/> adds to every
    /// real build (the drivers here run one generator at a time).
    /// </summary>
    public static CSharpCompilation CreateCompilation(IEnumerable<(string Path, string Text)> sources, CSharpParseOptions? parseOptions = null)
    {
        var options = parseOptions ?? ParseOptions;
        return CSharpCompilation.Create(
            "GeneratorInput",
            sources
                .Append((Path: Common.EmbeddedAttributeSource.HintName, Text: Common.EmbeddedAttributeSource.Text))
                .Select(source => CSharpSyntaxTree.ParseText(source.Text, options, source.Path)),
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
                .WithNullableContextOptions(NullableContextOptions.Enable)
                .WithWarningLevel(9999)
                .WithSpecificDiagnosticOptions(SdkDefaultNoWarn));
    }

    /// <param name="parseOptions">The generated sources' parse options; <see cref="ParseOptions"/> by default.</param>
    /// <param name="pagedMethods">The value of <c>ProtoGuardPagedMethods</c> (<c>all</c>, <c>used</c>, <c>none</c>); null for unset.</param>
    /// <param name="additionalTexts">The compilation's additional files (.razor, .proto, ...); none by default.</param>
    public static GeneratorDriver CreateDriver(CSharpParseOptions? parseOptions = null, string? pagedMethods = null, IEnumerable<AdditionalText>? additionalTexts = null)
        => CSharpGeneratorDriver.Create(
            new[] { new PaginatingClientGenerator().AsSourceGenerator() },
            additionalTexts: additionalTexts,
            parseOptions: parseOptions ?? ParseOptions,
            optionsProvider: pagedMethods is null
                ? null
                : new FieldMaskHarness.GlobalOptionsProvider(new Dictionary<string, string> { ["build_property.ProtoGuardPagedMethods"] = pagedMethods }, new Dictionary<string, string>()),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once; returns the run result and the compilation with the generated sources added.</summary>
    public static (GeneratorDriverRunResult Result, Compilation Output) Run(CSharpCompilation compilation, string? pagedMethods = null)
    {
        var driver = CreateDriver((CSharpParseOptions)compilation.SyntaxTrees.First().Options, pagedMethods)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        return (driver.GetRunResult(), output);
    }

    /// <summary>Everything the compiler reports at warning level or above (the repo builds with warnings as errors).</summary>
    public static IReadOnlyList<Diagnostic> WarningsAndErrors(Compilation compilation)
        => compilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .ToList();

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        // Only the shared framework from the trusted platform assemblies: the rest includes this test assembly, whose
        // Grpc.Tools types would clash with the sources under test.
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.Ordinal));
        Assembly[] grpc = { typeof(Grpc.Core.CallInvoker).Assembly, typeof(Google.Protobuf.IMessage).Assembly };
        return framework
            .Concat(grpc.Select(assembly => assembly.Location))
            .Distinct(StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}
