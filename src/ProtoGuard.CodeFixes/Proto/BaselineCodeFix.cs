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
using ProtoGuard.Rules.Breaking.Baseline;
using ProtoGuard.Rules.Breaking.Model;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Engine;

namespace ProtoGuard.CodeFixes.Proto;

/// <summary>
/// Fixes for the breaking-change diagnostics (PG2001-PG2064), as PublicApiAnalyzers' RS0016 fix edits
/// PublicAPI.Shipped.txt: "Accept this change into the baseline" rewrites the baseline additional document from the
/// project's current .proto files (so it accepts every pending change of the project at once, reviewable in the
/// diff), and the rules' own text edits (the <c>reserved</c> statements for a deleted field or enum value) are
/// offered on the .proto document. The findings are recomputed exactly as the analyzer computes them. In git-ref mode
/// (<c>ProtoGuardBreakingAgainst</c>) the accept fix is not offered: the baseline there is obj/'s copy of the ref,
/// rewritten before every compile, so an edit to it would be lost at the next build; a change is accepted by merging it.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(BaselineCodeFix), DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) })]
[Shared]
public sealed class BaselineCodeFix : CodeFixProvider
{
    public const string AcceptTitle = "Accept this change into the baseline";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = BreakingRuleCatalog.All.Select(rule => rule.Id).ToImmutableArray();

    public override FixAllProvider? GetFixAllProvider() => null;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var project = context.TextDocument.Project;
        var options = project.AnalyzerOptions;
        var protoProject = ProtoProject.Create(options.AdditionalFiles, options.AnalyzerConfigOptionsProvider, context.CancellationToken);
        var analysis = BreakingAnalysis.Create(options.AdditionalFiles, options.AnalyzerConfigOptionsProvider.GlobalOptions, protoProject, context.CancellationToken);
        if (analysis.Baseline is not { } baseline
            || project.AdditionalDocuments.FirstOrDefault(document => document.FilePath == baseline.Path) is not { } baselineDocument)
        {
            return Task.CompletedTask;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (analysis.GitRef is null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(AcceptTitle, cancellationToken => AcceptAsync(baselineDocument, protoProject, cancellationToken), equivalenceKey: AcceptTitle),
                    diagnostic);
            }

            var span = diagnostic.Location.SourceSpan;
            var finding = analysis.Findings.FirstOrDefault(f => f.Fix is not null && f.Rule.Id == diagnostic.Id && f.Text?.Path == context.TextDocument.FilePath && f.Span.Start == span.Start && f.Span.Length == span.Length);
            if (finding?.Fix is { } fix)
            {
                var document = context.TextDocument;
                context.RegisterCodeFix(
                    CodeAction.Create(fix.Title, cancellationToken => ApplyAsync(document, fix, cancellationToken), equivalenceKey: diagnostic.Id + ":" + fix.Title),
                    diagnostic);
            }
        }

        return Task.CompletedTask;
    }

    private static Task<Solution> AcceptAsync(TextDocument baselineDocument, ProtoProject protoProject, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var text = BaselineWriter.Write(SchemaShapeBuilder.Build(protoProject.Compilation));
        return Task.FromResult(baselineDocument.Project.Solution.WithAdditionalDocumentText(baselineDocument.Id, SourceText.From(text)));
    }

    private static async Task<Solution> ApplyAsync(TextDocument document, ProtoFix fix, CancellationToken cancellationToken)
    {
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var changes = fix.Edits.Select(edit => new TextChange(new TextSpan(edit.Span.Start, edit.Span.Length), edit.NewText));
        return document.Project.Solution.WithAdditionalDocumentText(document.Id, text.WithChanges(changes));
    }
}
