using System;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using ProtoGuard.Analyzers.Proto;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;
using ProtoGuard.Schema;

namespace ProtoGuard.CodeFixes.Proto;

/// <summary>
/// Offers, in the IDE, the fix a .proto rule attached to its finding (for example PG1001's rename). The finding is
/// recomputed from the additional document with the same options as the analyzer, and its text edits applied to
/// that document; the rules stay the single source of every fix (the CLI writes the same edits into SARIF).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ProtoFindingCodeFix), DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) }, DocumentExtensions = new[] { ".proto" })]
[Shared]
public sealed class ProtoFindingCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = RuleCatalog.All
        .Where(rule => rule.HasCodeFix && rule.Language == RuleLanguage.Proto && !rule.IsBreakingChange)
        .Select(rule => rule.Id)
        .ToImmutableArray();

    /// <summary>Fixes in .proto files are reviewed one at a time: a rename can break readers of a published schema.</summary>
    public override FixAllProvider? GetFixAllProvider() => null;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.TextDocument;
        if (document.FilePath is not { } path || !ProtoFileAnalyzer.IsProtoFile(path))
        {
            return;
        }

        var text = await document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
        var project = document.Project;
        var additionalText = project.AnalyzerOptions.AdditionalFiles.FirstOrDefault(file => file.Path == path);
        var config = additionalText is null
            ? project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GlobalOptions
            : project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(additionalText);
        var editorConfigs = ProtoFileAnalyzer.ReadEditorConfigs(project.AnalyzerOptions.AdditionalFiles, context.CancellationToken);
        var bufConfigs = ProtoFileAnalyzer.ReadBufConfigs(project.AnalyzerOptions.AdditionalFiles, project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GlobalOptions, context.CancellationToken);
        // Some rules need the linked project (an unused import is only known once every name resolved), as in the analyzer.
        var protoProject = ProtoProject.Create(project.AnalyzerOptions.AdditionalFiles, project.AnalyzerOptions.AnalyzerConfigOptionsProvider, context.CancellationToken);
        var findings = protoProject.Get(path) is { } file
            ? ProtoFileAnalyzer.Lint(file.Parsed, diagnostics: null, config, editorConfigs, file.Linked, protoProject.Scope, bufConfigs, project.CompilationOptions)
            : ProtoFileAnalyzer.Lint(ProtoParser.Parse(Schema.Text.SourceText.From(text.ToString(), path)), diagnostics: null, config, editorConfigs, bufConfigs: bufConfigs, compilationOptions: project.CompilationOptions);

        foreach (var diagnostic in context.Diagnostics)
        {
            var span = diagnostic.Location.SourceSpan;
            var finding = findings.FirstOrDefault(f => f.Fix is not null && f.Rule.Id == diagnostic.Id && f.Span.Start == span.Start && f.Span.Length == span.Length);
            if (finding?.Fix is not { } fix)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(fix.Title, cancellationToken => ApplyAsync(document, fix, cancellationToken), equivalenceKey: diagnostic.Id + ":" + fix.Title),
                diagnostic);
        }
    }

    private static async Task<Solution> ApplyAsync(TextDocument document, ProtoFix fix, CancellationToken cancellationToken)
    {
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var changes = fix.Edits.Select(edit => new TextChange(new TextSpan(edit.Span.Start, edit.Span.Length), edit.NewText));
        return document.Project.Solution.WithAdditionalDocumentText(document.Id, text.WithChanges(changes));
    }
}
