using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ProtoGuard.Analyzers.CSharp;
using ProtoGuard.CodeFixes.CSharp;

namespace ProtoGuard.IntegrationTests;

/// <summary>
/// Fix All with every C# code fix over samples/Gotchas (one instance of every rule, as a real project builds it: the
/// sources, Grpc.Tools' and ProtoGuard's generated files, the real references), one fix after the other, and the
/// result compiles with no new error.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class GotchasFixAllTests
{
    private static readonly string ProjectDirectory = Path.Combine(RepositoryPaths.Root, "samples", "Gotchas");

    [Fact]
    public async Task Every_fix_applied_with_Fix_All_leaves_Gotchas_compiling()
    {
        var solution = LoadGotchas(out var projectId);
        var before = await ErrorsAsync(solution.GetProject(projectId)!);
        Assert.True(before.Length == 0, "Gotchas does not compile in process:\n" + string.Join("\n", before));

        var analyzers = typeof(PG3001ClientCallWithoutDeadline).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && type.Namespace == typeof(PG3001ClientCallWithoutDeadline).Namespace)
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
            .ToImmutableArray();
        var fixes = typeof(PG3001AddDeadlineCodeFix).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(type) && type.Namespace == typeof(PG3001AddDeadlineCodeFix).Namespace)
            .Select(type => (CodeFixProvider)Activator.CreateInstance(type)!)
            .OrderBy(fix => fix.FixableDiagnosticIds[0], StringComparer.Ordinal)
            .ToArray();
        Assert.NotEmpty(fixes);

        var applied = new List<string>();
        foreach (var fix in fixes)
        {
            var project = solution.GetProject(projectId)!;
            var diagnostics = await DiagnosticsAsync(project, analyzers, fix.FixableDiagnosticIds);
            if (diagnostics.IsEmpty || await EquivalenceKeyAsync(project, fix, diagnostics) is not { } equivalenceKey)
            {
                continue;
            }

            var context = new FixAllContext(
                project,
                fix,
                FixAllScope.Project,
                equivalenceKey,
                fix.FixableDiagnosticIds,
                new FixedDiagnostics(diagnostics),
                CancellationToken.None);
            var action = await fix.GetFixAllProvider()!.GetFixAsync(context);
            Assert.True(action is not null, $"{fix.GetType().Name}: Fix All produced no action");
            foreach (var operation in await action.GetOperationsAsync(CancellationToken.None))
            {
                if (operation is ApplyChangesOperation change)
                {
                    solution = change.ChangedSolution;
                }
            }

            applied.Add(fix.FixableDiagnosticIds[0]);
            var after = await ErrorsAsync(solution.GetProject(projectId)!);
            Assert.True(after.Length == 0, $"Fix All of {fix.GetType().Name} broke the build:\n" + string.Join("\n", after));
        }

        // Gotchas has an instance of every rule: every fix was exercised, except where Gotchas shows the case the fix
        // rightly declines.
        Assert.Equal(fixes.Select(fix => fix.FixableDiagnosticIds[0]).Except(NotOfferedInGotchas.Keys), applied);
    }

    /// <summary>Rules whose Gotchas instance is one their fix does not offer to change, and why.</summary>
    private static readonly IReadOnlyDictionary<string, string> NotOfferedInGotchas = new Dictionary<string, string>
    {
        ["PG3010"] = "the blocking .Result is in a synchronous expression-bodied method, where 'await' cannot be introduced",
    };

    /// <summary>Gotchas as its build compiles it: builds it (emitting generated files) and reads the Compile and reference items.</summary>
    private static Solution LoadGotchas(out ProjectId projectId)
    {
        var items = Path.Combine(Path.GetTempPath(), $"protoguard-gotchas-items-{Environment.ProcessId}.json");
        var build = ProcessRunner.Run(
            "dotnet",
            ["build", ProjectDirectory, "--no-incremental", "-p:BuildProjectReferences=false", "-p:EmitCompilerGeneratedFiles=true",
             "-getItem:Compile", "-getItem:ReferencePathWithRefAssemblies", "-getProperty:CompilerGeneratedFilesOutputPath", "-getResultOutputFile:" + items],
            RepositoryPaths.Root,
            PackedPackage.CommandTimeout);
        Assert.True(build.ExitCode == 0, build.ToString());

        using var json = JsonDocument.Parse(File.ReadAllText(items));
        var root = json.RootElement;
        // Identity, not FullPath: -getItem computes FullPath against the current directory, not the project's.
        var sources = root.GetProperty("Items").GetProperty("Compile").EnumerateArray()
            .Select(item => Path.GetFullPath(Path.Combine(ProjectDirectory, item.GetProperty("Identity").GetString()!)))
            .ToList();
        var references = root.GetProperty("Items").GetProperty("ReferencePathWithRefAssemblies").EnumerateArray().Select(item => item.GetProperty("FullPath").GetString()!).ToList();
        // The raw property value, as MSBuild composes it ("obj\Debug/net10.0//generated" on Linux too): normalize the
        // separators. Gotchas uses generated types ([InMemoryService]), so the folder must be there.
        var generatedDirectory = root.GetProperty("Properties").GetProperty("CompilerGeneratedFilesOutputPath").GetString()!;
        generatedDirectory = Path.GetFullPath(Path.Combine(ProjectDirectory, generatedDirectory.Replace('\\', '/')));
        Assert.True(Directory.Exists(generatedDirectory), $"no generated sources in {generatedDirectory}");
        sources.AddRange(Directory.EnumerateFiles(generatedDirectory, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal));

        var workspace = new AdhocWorkspace();
        projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId,
            VersionStamp.Default,
            "Gotchas",
            "Gotchas",
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: references.Select(path => MetadataReference.CreateFromFile(path))));
        foreach (var path in sources.Distinct(StringComparer.Ordinal))
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), Path.GetFileName(path), SourceText.From(File.ReadAllText(path)), filePath: path);
        }

        return solution;
    }

    private static async Task<string[]> ErrorsAsync(Project project)
    {
        var compilation = await project.GetCompilationAsync();
        return compilation!.GetDiagnostics()
            .Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)
            .Select(diagnostic => diagnostic.ToString())
            .ToArray();
    }

    private static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Project project, ImmutableArray<DiagnosticAnalyzer> analyzers, ImmutableArray<string> ids)
    {
        var compilation = await project.GetCompilationAsync();
        var diagnostics = await compilation!.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync();
        return diagnostics.Where(diagnostic => ids.Contains(diagnostic.Id)).ToImmutableArray();
    }

    private static async Task<string?> EquivalenceKeyAsync(Project project, CodeFixProvider fix, ImmutableArray<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (project.GetDocument(diagnostic.Location.SourceTree) is not { } document)
            {
                continue;
            }

            var actions = new List<CodeAction>();
            await fix.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
            if (actions.FirstOrDefault()?.EquivalenceKey is { } key)
            {
                return key;
            }
        }

        return null;
    }

    private sealed class FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            var tree = await document.GetSyntaxTreeAsync(cancellationToken);
            return diagnostics.Where(diagnostic => diagnostic.Location.SourceTree == tree);
        }

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult(Enumerable.Empty<Diagnostic>());

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }
}
