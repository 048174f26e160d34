using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ProtoGuard.Analyzers.Proto;
using ProtoGuard.CodeFixes.Proto;

namespace ProtoGuard.Tests.Proto;

/// <summary>The breaking-change fixes in a workspace: accept into the baseline, or reserve the deleted field.</summary>
public sealed class BaselineCodeFixTests
{
    private const string Baseline = "# ProtoGuard schema baseline v1\nacme.v1.User message file=user.proto\nacme.v1.User#1 field name=id kind=string cardinality=implicit json_name=id\nacme.v1.User#4 field name=email kind=string cardinality=implicit json_name=email\nuser.proto file package=acme.v1 syntax=proto3\n";
    private const string Proto = "syntax = \"proto3\";\npackage acme.v1;\nmessage User {\n  string id = 1;\n}\n";

    /// <summary>What the package's targets pass in git-ref mode: the ref, and the baseline they wrote from it into obj/.</summary>
    private const string GitRefGlobalConfig = "is_global = true\nbuild_property.ProtoGuardBreakingAgainst = origin/main\nbuild_property.ProtoGuardBaselineFile = /src/obj/protoguard.against.baseline.txt\n";

    private static async Task<(Project Project, TextDocument Proto, DocumentId BaselineId, Diagnostic Diagnostic)> AnalyzeAsync(AdhocWorkspace workspace, bool gitRefMode = false)
    {
        var projectId = ProjectId.CreateNewId();
        var protoId = DocumentId.CreateNewId(projectId);
        var baselineId = DocumentId.CreateNewId(projectId);
        var solution = workspace.CurrentSolution
            .AddProject(projectId, "Test", "Test", LanguageNames.CSharp)
            .AddMetadataReference(projectId, MetadataReference.CreateFromFile(typeof(object).Assembly.Location))
            .AddDocument(DocumentId.CreateNewId(projectId), "Program.cs", SourceText.From("class Program { }"), filePath: "/src/Program.cs")
            .AddAdditionalDocument(protoId, "user.proto", SourceText.From(Proto), filePath: "/src/user.proto")
            .AddAdditionalDocument(baselineId, gitRefMode ? "protoguard.against.baseline.txt" : "protoguard.baseline.txt", SourceText.From(Baseline), filePath: gitRefMode ? "/src/obj/protoguard.against.baseline.txt" : "/src/protoguard.baseline.txt");
        if (gitRefMode)
        {
            solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId), "protoguard.globalconfig", SourceText.From(GitRefGlobalConfig), filePath: "/src/obj/protoguard.globalconfig");
        }

        Assert.True(workspace.TryApplyChanges(solution));
        var project = workspace.CurrentSolution.GetProject(projectId)!;
        var diagnostics = await (await project.GetCompilationAsync())!.WithAnalyzers([new ProtoFileAnalyzer()], project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync();
        return (project, project.GetAdditionalDocument(protoId)!, baselineId, Assert.Single(diagnostics, d => d.Id == "PG2032"));
    }

    private static async Task<List<CodeAction>> FixesAsync(TextDocument document, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        await new BaselineCodeFix().RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        return actions;
    }

    private static async Task<Solution> ApplyAsync(CodeAction action) =>
        Assert.Single((await action.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>()).ChangedSolution;

    [Fact]
    public async Task Accepting_rewrites_the_baseline_so_the_change_is_no_longer_reported()
    {
        using var workspace = new AdhocWorkspace();
        var (_, proto, baselineId, diagnostic) = await AnalyzeAsync(workspace);

        var accept = Assert.Single(await FixesAsync(proto, diagnostic), action => action.Title == BaselineCodeFix.AcceptTitle);
        var solution = await ApplyAsync(accept);

        var baseline = (await solution.GetAdditionalDocument(baselineId)!.GetTextAsync()).ToString();
        Assert.DoesNotContain("acme.v1.User#4", baseline, StringComparison.Ordinal);
        Assert.Contains("acme.v1.User#1 field name=id", baseline, StringComparison.Ordinal);
        var project = solution.GetProject(proto.Project.Id)!;
        var diagnostics = await (await project.GetCompilationAsync())!.WithAnalyzers([new ProtoFileAnalyzer()], project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id.StartsWith("PG2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_reserve_fix_inserts_the_reserved_statements_into_the_message()
    {
        using var workspace = new AdhocWorkspace();
        var (_, proto, _, diagnostic) = await AnalyzeAsync(workspace);

        var reserve = Assert.Single(await FixesAsync(proto, diagnostic), action => action.Title.StartsWith("Reserve deleted field 4", StringComparison.Ordinal));
        var solution = await ApplyAsync(reserve);

        Assert.Equal(
            "syntax = \"proto3\";\npackage acme.v1;\nmessage User {\n  reserved 4;\n  reserved \"email\";\n  string id = 1;\n}\n",
            (await solution.GetAdditionalDocument(proto.Id)!.GetTextAsync()).ToString());
    }

    [Fact]
    public async Task In_git_ref_mode_only_the_reserve_fix_is_offered_the_baseline_being_the_refs()
    {
        using var workspace = new AdhocWorkspace();
        var (_, proto, _, diagnostic) = await AnalyzeAsync(workspace, gitRefMode: true);

        var fixes = await FixesAsync(proto, diagnostic);

        Assert.Equal(["Reserve deleted field 4 'email'"], fixes.Select(action => action.Title));
    }
}
