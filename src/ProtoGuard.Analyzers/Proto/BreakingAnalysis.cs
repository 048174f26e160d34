using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ProtoGuard.Rules.Breaking;
using ProtoGuard.Rules.Breaking.Baseline;
using ProtoGuard.Rules.Breaking.Model;

namespace ProtoGuard.Analyzers.Proto;

/// <summary>
/// The breaking-change check of one compilation: the project's .proto files (linked once, by <see cref="ProtoProject"/>)
/// against the baseline additional file. Settings come from MSBuild through analyzer config:
/// <c>ProtoGuardBaselineFile</c> (full path; the package defaults it to protoguard.baseline.txt next to the project)
/// and <c>ProtoGuardBreakingCategory</c> (FILE, PACKAGE, WIRE_JSON or WIRE; default FILE; a buf.yaml's breaking
/// <c>use</c>/<c>except</c> select the rules for the files under it instead); <c>ProtoGuardBreakingAgainst</c>
/// names the git ref the package wrote the baseline from (git-ref mode).
/// </summary>
internal sealed class BreakingAnalysis
{
    private BreakingAnalysis(string baselinePath, bool isConfigured, AdditionalText? baseline, IReadOnlyList<BaselineError> baselineErrors, IReadOnlyList<BreakingFinding> findings, bool isCompared = false)
    {
        IsCompared = isCompared;
        IsConfigured = isConfigured;
        BaselinePath = baselinePath;
        Baseline = baseline;
        BaselineErrors = baselineErrors;
        Findings = findings;
    }

    /// <summary>The configured baseline path (for messages), whether or not the file exists.</summary>
    public string BaselinePath { get; }

    /// <summary>
    /// True when ProtoGuardBaselineFile is set (always, through the package's props): only then does a missing baseline
    /// deserve a diagnostic; without the props a baseline additional file is still used when present.
    /// </summary>
    public bool IsConfigured { get; }

    /// <summary>The baseline additional file, or null when the project has none.</summary>
    public AdditionalText? Baseline { get; }

    public IReadOnlyList<BaselineError> BaselineErrors { get; }

    public IReadOnlyList<BreakingFinding> Findings { get; }

    /// <summary>
    /// The git ref of git-ref mode (<c>ProtoGuardBreakingAgainst</c>), or null. The baseline is then generated from the
    /// ref into obj/ before every compile: nothing written to it survives the next build, so a change is accepted by
    /// merging it, not by editing the baseline.
    /// </summary>
    public string? GitRef { get; private set; }

    /// <summary>True when the schemas were compared (a readable baseline, no errors in the .proto files): only then can an ignore comment for a PG2xxx rule be known to suppress nothing.</summary>
    public bool IsCompared { get; }

    public static BreakingAnalysis Create(ImmutableArray<AdditionalText> additionalFiles, AnalyzerConfigOptions globalOptions, ProtoProject project, CancellationToken cancellationToken)
    {
        var analysis = Compare(additionalFiles, globalOptions, project, cancellationToken);
        analysis.GitRef = globalOptions.TryGetValue("build_property.ProtoGuardBreakingAgainst", out var gitRef) && !string.IsNullOrWhiteSpace(gitRef) ? gitRef.Trim() : null;
        return analysis;
    }

    private static BreakingAnalysis Compare(ImmutableArray<AdditionalText> additionalFiles, AnalyzerConfigOptions globalOptions, ProtoProject project, CancellationToken cancellationToken)
    {
        var isConfigured = globalOptions.TryGetValue("build_property.ProtoGuardBaselineFile", out var value) && !string.IsNullOrWhiteSpace(value);
        var configured = isConfigured ? value!.Trim() : BaselineFormat.DefaultFileName;
        var category = globalOptions.TryGetValue("build_property.ProtoGuardBreakingCategory", out var categoryText)
            ? BreakingCategory.Parse(categoryText) ?? BreakingCategory.Default
            : BreakingCategory.Default;
        var baseline = FindBaseline(additionalFiles, configured);
        if (baseline?.GetText(cancellationToken) is not { } text)
        {
            return new BreakingAnalysis(configured, isConfigured, null, Array.Empty<BaselineError>(), Array.Empty<BreakingFinding>());
        }

        var read = BaselineReader.Read(text.ToString());
        if (read.Schema is not { } oldSchema)
        {
            return new BreakingAnalysis(configured, isConfigured, baseline, read.Errors, Array.Empty<BreakingFinding>());
        }

        if (project.Compilation.HasErrors)
        {
            // As buf, which does not compare what does not compile: a file being edited (a syntax error, a missing
            // import) would otherwise show its elements as deleted. The PG0xxx errors say what to fix first.
            return new BreakingAnalysis(configured, isConfigured, baseline, read.Errors, Array.Empty<BreakingFinding>());
        }

        // A buf.yaml's breaking use/except select the rules for the files under it (BufConfig.OptionsFor, as lint's use).
        var bufConfigs = ProtoFileAnalyzer.ReadBufConfigs(additionalFiles, globalOptions, cancellationToken);
        var newSchema = SchemaShapeBuilder.Build(project.Compilation);
        var findings = BreakingSelection.Check(oldSchema, newSchema, category, path => bufConfigs.OptionsFor(path));
        return new BreakingAnalysis(configured, isConfigured, baseline, read.Errors, findings, isCompared: true);
    }

    /// <summary>The additional file at the configured path; a bare file name matches any additional file with that name.</summary>
    private static AdditionalText? FindBaseline(ImmutableArray<AdditionalText> additionalFiles, string configured)
    {
        var wanted = ProtoPaths.Normalize(configured);
        var nameOnly = wanted.IndexOf('/') < 0;
        return additionalFiles
            .Where(file => nameOnly ? ProtoPaths.Normalize(file.Path).EndsWith("/" + wanted, StringComparison.Ordinal) || file.Path == wanted : ProtoPaths.Normalize(file.Path) == wanted)
            .OrderBy(file => file.Path, StringComparer.Ordinal)
            .FirstOrDefault();
    }
}
