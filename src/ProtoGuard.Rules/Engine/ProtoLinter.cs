using System.Collections.Generic;
using System.Linq;
using ProtoGuard.Rules.Catalog;
using ProtoGuard.Rules.Lint;
using ProtoGuard.Schema;
using ProtoGuard.Schema.Descriptors;

namespace ProtoGuard.Rules.Engine;

/// <summary>Runs every .proto rule over a parsed file. The analyzers and the CLI both call exactly this.</summary>
public static class ProtoLinter
{
    /// <summary>Every .proto lint rule, ordered by id.</summary>
    public static IReadOnlyList<ProtoRule> Rules { get; } = new ProtoRule[]
    {
        new PG1001EnumZeroValueUnspecified(),
        new PG1002EnumZeroValueSuffix(),
        new PG1003DirectorySamePackage(),
        new PG1004PackageDefined(),
        new PG1005PackageDirectoryMatch(),
        new PG1006PackageNoImportCycle(),
        new PG1007PackageSameDirectory(),
        new PG1008EnumFirstValueZero(),
        new PG1009EnumNoAllowAlias(),
        new PG1010EnumPascalCase(),
        new PG1011EnumValueUpperSnakeCase(),
        new PG1012FieldLowerSnakeCase(),
        new PG1013FieldNotRequired(),
        new PG1014ImportNoPublic(),
        new PG1015ImportUsed(),
        new PG1016MessagePascalCase(),
        new PG1017OneofLowerSnakeCase(),
        new PG1018PackageLowerSnakeCase(),
        new PG1019PackageSameCsharpNamespace(),
        new PG1020PackageSameGoPackage(),
        new PG1021PackageSameJavaMultipleFiles(),
        new PG1022PackageSameJavaPackage(),
        new PG1023PackageSamePhpNamespace(),
        new PG1024PackageSameRubyPackage(),
        new PG1025PackageSameSwiftPrefix(),
        new PG1026RpcPascalCase(),
        new PG1027ServicePascalCase(),
        new PG1028SyntaxSpecified(),
        new PG1029EnumValuePrefix(),
        new PG1030FileLowerSnakeCase(),
        new PG1031PackageVersionSuffix(),
        new PG1032RpcRequestResponseUnique(),
        new PG1033RpcRequestStandardName(),
        new PG1034RpcResponseStandardName(),
        new PG1035ServiceSuffix(),
        new PG1036CommentEnum(),
        new PG1037CommentEnumValue(),
        new PG1038CommentField(),
        new PG1039CommentMessage(),
        new PG1040CommentOneof(),
        new PG1041CommentRpc(),
        new PG1042CommentService(),
        new PG1043RpcNoClientStreaming(),
        new PG1044RpcNoServerStreaming(),
        new PG1045StablePackageNoImportUnstable(),
        new PG1046ImportNoWeak(),
        new PG1048ReservedNumberAndName(),
        new PG1049ListMethodShape(),
        new PG1050UpdateMethodFieldMask(),
        new PG1051FieldNumberGap(),
        new PG1052UpdateFieldWithoutPresence(),
        new PG1053UnaryPayloadSize(),
        new PG1054StandardMethodShape(),
    }.OrderBy(rule => rule.Descriptor.Id, System.StringComparer.Ordinal).ToArray();

    /// <summary>
    /// The findings for one file: its diagnostics (PG0xxx) first, then each enabled rule's, in rule order.
    /// <paramref name="diagnostics"/> are the file's parse and link problems when it was linked
    /// (<c>FileDescriptor.Diagnostics</c>); by default, its parse problems.
    /// </summary>
    public static IReadOnlyList<Finding> Lint(ParsedFile file, RuleOptions options, IEnumerable<SchemaDiagnostic>? diagnostics = null) =>
        Lint(file, options, diagnostics, linked: null, scope: null);

    /// <summary>
    /// The findings for one file that was linked: <paramref name="linked"/> is its <see cref="FileDescriptor"/> (its
    /// diagnostics are reported unless <paramref name="diagnostics"/> is given), and <paramref name="scope"/> the
    /// files linted with it (default: this file alone).
    /// </summary>
    public static IReadOnlyList<Finding> Lint(ParsedFile file, RuleOptions options, IEnumerable<SchemaDiagnostic>? diagnostics, FileDescriptor? linked, LintScope? scope)
    {
        if (linked is not null && !ReferenceEquals(linked.Parsed, file))
        {
            linked = null;
        }

        diagnostics ??= linked?.Diagnostics;
        scope ??= linked is null ? LintScope.Empty : new LintScope(new[] { linked });
        var findings = new List<Finding>();
        foreach (var diagnostic in diagnostics ?? file.Diagnostics)
        {
            var rule = RuleCatalogFor(diagnostic);
            if (options.GetSeverity(rule) is { } severity)
            {
                findings.Add(new Finding(rule, file.Text, diagnostic.Span, new object?[] { diagnostic.Message }, fix: null, severity));
            }
        }

        foreach (var rule in Rules)
        {
            if (options.GetSeverity(rule.Descriptor) is { } severity)
            {
                rule.Analyze(new ProtoRuleContext(rule, file, linked, scope, options, severity, findings));
            }
        }

        var superseded = Superseded(findings);
        IgnoreDirectives.Apply(file, options, findings);
        if (superseded.Count > 0)
        {
            findings.RemoveAll(superseded.Contains);
        }

        return findings;
    }

    /// <summary>
    /// The findings of a rule that defers to another (<see cref="RuleDescriptor.SupersededBy"/>) at the elements where
    /// that rule reported; it ran only if enabled for the file, so where it is off the deferring rule's findings stay.
    /// Decided before the ignore comments and removed after them: ignoring the reporting rule on an element (a
    /// <c>buf:lint:ignore IMPORT_USED</c>) silences the element rather than bringing the other finding back, and an
    /// ignore of the deferring rule there still counts as used (no PG1047).
    /// </summary>
    private static HashSet<Finding> Superseded(List<Finding> findings)
    {
        var superseded = new HashSet<Finding>();
        if (!findings.Exists(finding => finding.Rule.SupersededBy is not null))
        {
            return superseded;
        }

        var reported = new HashSet<(string Id, int Start, int Length)>(findings.Select(finding => (finding.Rule.Id, finding.Span.Start, finding.Span.Length)));
        superseded.UnionWith(findings.Where(finding => finding.Rule.SupersededBy is { } id && reported.Contains((id, finding.Span.Start, finding.Span.Length))));
        return superseded;
    }

    /// <summary>
    /// The catalog entry of a parse or link problem. Schema's ids are constants the catalog must list; one it does not
    /// is a ProtoGuard bug (a new Schema check without its rule), never the user's, so it fails here instead of being
    /// passed off as some other rule.
    /// </summary>
    internal static RuleDescriptor RuleCatalogFor(SchemaDiagnostic diagnostic) =>
        RuleCatalog.Find(diagnostic.Id) is { Language: RuleLanguage.Proto } rule
            ? rule
            : throw new System.InvalidOperationException($"ProtoGuard.Schema reported '{diagnostic.Id}', which the rule catalog does not define as a .proto rule; add it to RuleIdentifiers and RuleCatalog.");
}
