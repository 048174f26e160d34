using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ProtoGuard.Analyzers.Proto;
using ProtoGuard.CodeFixes.Proto;

namespace ProtoGuard.Tests.Proto;

/// <summary>
/// The IDE path for .proto fixes: the analyzer's diagnostic on an additional document, the code fix registered for
/// it, and the document text after applying it. (The Microsoft.CodeAnalysis.Testing harness does not apply fixes
/// in additional files, hence a workspace.)
/// </summary>
public sealed class ProtoFindingCodeFixTests
{
    private const string ProtoPath = "/src/protos/user.proto";

    private static async Task<(TextDocument Document, ImmutableArray<Diagnostic> Diagnostics)> AnalyzeAsync(AdhocWorkspace workspace, string proto, string? editorConfig = null)
    {
        var projectId = ProjectId.CreateNewId();
        var protoId = DocumentId.CreateNewId(projectId);
        var solution = workspace.CurrentSolution
            .AddProject(projectId, "Test", "Test", LanguageNames.CSharp)
            .AddMetadataReference(projectId, MetadataReference.CreateFromFile(typeof(object).Assembly.Location))
            .AddDocument(DocumentId.CreateNewId(projectId), "Program.cs", SourceText.From("class Program { }"), filePath: "/src/Program.cs")
            .AddAdditionalDocument(protoId, "user.proto", SourceText.From(proto), filePath: ProtoPath);
        if (editorConfig is not null)
        {
            solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId), ".editorconfig", SourceText.From(editorConfig), filePath: "/src/.editorconfig");
        }

        Assert.True(workspace.TryApplyChanges(solution));
        var project = workspace.CurrentSolution.GetProject(projectId)!;
        var compilation = (await project.GetCompilationAsync())!;
        var diagnostics = await compilation
            .WithAnalyzers([new ProtoFileAnalyzer()], project.AnalyzerOptions)
            .GetAnalyzerDiagnosticsAsync();
        return (project.GetAdditionalDocument(protoId)!, diagnostics);
    }

    private static async Task<IReadOnlyList<CodeAction>> FixesAsync(TextDocument document, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        await new ProtoFindingCodeFix().RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        return actions;
    }

    private static async Task<string> ApplyAsync(TextDocument document, CodeAction action)
    {
        var operation = Assert.Single((await action.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>());
        var changed = operation.ChangedSolution.GetAdditionalDocument(document.Id)!;
        return (await changed.GetTextAsync()).ToString();
    }

    [Fact]
    public async Task PG1001_fix_renames_the_zero_value_in_the_proto_document()
    {
        using var workspace = new AdhocWorkspace();
        var (document, diagnostics) = await AnalyzeAsync(workspace, "syntax = \"proto3\";\nenum UserRole {\n  ROLE_ADMIN = 0;\n  USER_ROLE_MEMBER = 1;\n}\n");

        var diagnostic = Assert.Single(diagnostics, d => d.Id == "PG1001");
        var action = Assert.Single(await FixesAsync(document, diagnostic));
        Assert.Equal("Rename 'ROLE_ADMIN' to 'USER_ROLE_UNSPECIFIED'", action.Title);

        Assert.Equal("syntax = \"proto3\";\nenum UserRole {\n  USER_ROLE_UNSPECIFIED = 0;\n  USER_ROLE_MEMBER = 1;\n}\n", await ApplyAsync(document, action));
    }

    [Fact]
    public async Task The_fix_uses_the_rule_options_of_the_proto_file()
    {
        using var workspace = new AdhocWorkspace();
        var (document, diagnostics) = await AnalyzeAsync(
            workspace,
            "syntax = \"proto3\";\nenum Mode { MODE_OFF = 0; }\n",
            "root = true\n\n[*.proto]\ndotnet_diagnostic.PG1001.suffix = _UNKNOWN\n");

        var action = Assert.Single(await FixesAsync(document, Assert.Single(diagnostics, d => d.Id == "PG1001")));

        Assert.Equal("syntax = \"proto3\";\nenum Mode { MODE_UNKNOWN = 0; }\n", await ApplyAsync(document, action));
    }

    [Fact]
    public async Task No_fix_is_offered_when_the_rule_has_none_for_that_finding()
    {
        using var workspace = new AdhocWorkspace();
        var (document, diagnostics) = await AnalyzeAsync(workspace, "syntax = \"proto3\";\nenum UserRole {\n  ROLE_ADMIN = 0;\n  USER_ROLE_UNSPECIFIED = 1;\n}\n");

        Assert.Empty(await FixesAsync(document, Assert.Single(diagnostics, d => d.Id == "PG1001")));
    }

    [Fact]
    public async Task Fixes_that_need_the_linked_project_are_offered_too()
    {
        using var workspace = new AdhocWorkspace();
        var proto = "syntax = \"proto3\";\n\nimport \"google/protobuf/timestamp.proto\";\n// The user.\nmessage User {}\n";
        var (document, diagnostics) = await AnalyzeAsync(workspace, proto);

        var action = Assert.Single(await FixesAsync(document, Assert.Single(diagnostics, d => d.Id == "PG1015")));

        Assert.Equal("syntax = \"proto3\";\n\n// The user.\nmessage User {}\n", await ApplyAsync(document, action));
    }

    [Fact]
    public void Offers_fixes_for_exactly_the_proto_rules_that_have_one()
    {
        Assert.Equal(
            Rules.Catalog.RuleCatalog.All.Where(r => r.HasCodeFix && (r.Id.StartsWith("PG0", StringComparison.Ordinal) || r.Id.StartsWith("PG1", StringComparison.Ordinal))).Select(r => r.Id),
            new ProtoFindingCodeFix().FixableDiagnosticIds);
    }
}
