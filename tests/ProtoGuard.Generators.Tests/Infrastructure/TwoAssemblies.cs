using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace ProtoGuard.Generators.Tests.Infrastructure;

/// <summary>
/// The "Contracts" layout in memory: a library compiled from Grpc.Tools output (with or without a ProtoGuard generator,
/// optionally granting <c>InternalsVisibleTo("App")</c>), referenced by an "App" compilation the way a project reference
/// is — through its reference assembly (metadata only: no method bodies, so no embedded descriptor strings).
/// </summary>
internal static class TwoAssemblies
{
    public const string LibraryName = "Contracts";

    public const string AppName = "App";

    public const string InternalsVisibleToApp = "[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"App\")]";

    /// <summary>The library compiled (with <paramref name="generator"/>'s output when given); its emitted image and reference assembly.</summary>
    public static Library CompileLibrary(IEnumerable<(string Path, string Text)> sources, IIncrementalGenerator? generator, IReadOnlyDictionary<string, string>? globalOptions = null)
    {
        var compilation = GeneratorHarness.CreateCompilation(sources).WithAssemblyName(LibraryName);
        Compilation output = compilation;
        if (generator is not null)
        {
            CSharpGeneratorDriver.Create(
                    new[] { generator.AsSourceGenerator() },
                    parseOptions: GeneratorHarness.ParseOptions,
                    optionsProvider: globalOptions is null ? null : new OptionsProvider(globalOptions))
                .RunGeneratorsAndUpdateCompilation(compilation, out output, out var diagnostics);
            Assert.Empty(diagnostics);
        }

        Assert.Empty(GeneratorHarness.WarningsAndErrors(output).Select(diagnostic => diagnostic.ToString()));
        return new Library(Emit(output, metadataOnly: false), Emit(output, metadataOnly: true));
    }

    /// <summary>An App compilation of <paramref name="sources"/> referencing the library's reference assembly.</summary>
    public static CSharpCompilation CreateApp(Library library, params (string Path, string Text)[] sources)
        => GeneratorHarness.CreateCompilation(sources)
            .WithAssemblyName(AppName)
            .AddReferences(MetadataReference.CreateFromImage(library.ReferenceAssembly));

    /// <summary>Emits both assemblies, loads them into a collectible context and invokes <c>static string App.Program.Run()</c>.</summary>
    public static string RunApp(Library library, Compilation app)
    {
        using var loaded = Load(library, app);
        return (string)loaded.Invoke("Run")!;
    }

    /// <summary>Emits the App, and loads it with the library into a collectible context (unloaded on dispose).</summary>
    public static LoadedApp Load(Library library, Compilation app)
    {
        var context = new TwoAssemblyContext();
        context.Library = context.LoadFromStream(new MemoryStream(library.Image));
        return new LoadedApp(context, context.LoadFromStream(new MemoryStream(Emit(app, metadataOnly: false))));
    }

    private static byte[] Emit(Compilation compilation, bool metadataOnly)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream, options: new EmitOptions(metadataOnly: metadataOnly));
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return stream.ToArray();
    }

    internal sealed record Library(byte[] Image, byte[] ReferenceAssembly);

    /// <summary>The loaded App: calls the public static methods of <c>App.Program</c>.</summary>
    internal sealed class LoadedApp(AssemblyLoadContext context, Assembly app) : IDisposable
    {
        private readonly Type _program = app.GetType("App.Program", throwOnError: true)!;

        public object? Invoke(string method, params object?[] arguments)
        {
            try
            {
                return _program.GetMethod(method, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, arguments);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                throw;
            }
        }

        public void Dispose() => context.Unload();
    }

    private sealed class TwoAssemblyContext() : AssemblyLoadContext("ProtoGuardTwoAssemblies", isCollectible: true)
    {
        public Assembly? Library { get; set; }

        protected override Assembly? Load(AssemblyName assemblyName)
            => assemblyName.Name == LibraryName ? Library : null;
    }

    private sealed class OptionsProvider(IReadOnlyDictionary<string, string> values) : Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider
    {
        public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GlobalOptions { get; } = new Options(values);

        public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(new Dictionary<string, string>());

        public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(new Dictionary<string, string>());

        private sealed class Options(IReadOnlyDictionary<string, string> values) : Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
                => values.TryGetValue(key, out value);
        }
    }
}
