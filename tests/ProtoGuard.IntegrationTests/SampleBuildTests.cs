using System.Text.RegularExpressions;
using ProtoGuard.Rules.Catalog;

namespace ProtoGuard.IntegrationTests;

/// <summary>
/// Builds the samples, which consume ProtoGuard from source: Gotchas must report exactly the diagnostics its
/// 'expect: PGxxxx' comments announce, and UserService (the guide's service done right) none at all.
/// </summary>
/// <remarks>
/// Rebuilds only the sample (its analyzer projects are built with this test project), and shares the packing
/// tests' collection so that no two builds in this assembly touch the same obj/ folders at once.
/// </remarks>
[Collection(PackedPackageCollection.Name)]
public sealed partial class SampleBuildTests
{
    private static readonly string SamplesDirectory = Path.Combine(RepositoryPaths.Root, "samples");

    [GeneratedRegex(@"expect: (PG\d{4})")]
    private static partial Regex ExpectMarker();

    private static IReadOnlyList<SarifResult> Build(string project, params string[] extraArguments)
    {
        var sarif = Path.Combine(Path.GetTempPath(), $"protoguard-{project.Replace('/', '-')}-{Environment.ProcessId}.sarif");
        var build = ProcessRunner.Run(
            "dotnet",
            ["build", Path.Combine(SamplesDirectory, project), "--no-incremental", "-p:BuildProjectReferences=false", "-p:ErrorLog=" + sarif + "%2Cversion%3D2.1", .. extraArguments],
            RepositoryPaths.Root,
            PackedPackage.CommandTimeout);
        Assert.True(build.ExitCode == 0, build.ToString());
        return ConsumerBuild.ReadSarif(sarif);
    }

    /// <summary>Every 'expect: PGxxxx' marker in the Gotchas sources, as "file:line: id".</summary>
    private static IReadOnlyList<string> ExpectedGotchas() => ExpectedMarkers("Gotchas");

    /// <summary>Every 'expect: PGxxxx' marker in the .cs and .proto files under samples/<paramref name="folder"/>, as "file:line: id".</summary>
    private static IReadOnlyList<string> ExpectedMarkers(string folder)
    {
        var root = Path.Combine(SamplesDirectory, folder);
        var expected = new List<string>();
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".proto", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (Match match in ExpectMarker().Matches(lines[i]))
                {
                    expected.Add($"{Path.GetFileName(file)}:{i + 1}: {match.Groups[1].Value}");
                }
            }
        }

        return expected.Order(StringComparer.Ordinal).ToArray();
    }

    [Fact]
    public void Gotchas_reports_each_marked_rule_exactly_once_at_its_line_and_nothing_else()
    {
        var actual = Build("Gotchas")
            .Where(r => r.RuleId.StartsWith("PG", StringComparison.Ordinal))
            .Select(r => $"{r.FileName}:{r.Line}: {r.RuleId}")
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(ExpectedGotchas(), actual);
    }

    /// <summary>
    /// Rules a build cannot show: the analyzer sees only the project's .proto files, so it leaves unresolved imports
    /// to protoc (see ProtoProject); <c>protoguard build</c> reports PG0002. The breaking-change rules (PG2xxx) compare
    /// with an accepted schema that Gotchas, a single snapshot, does not have; their conformance suite is in
    /// ProtoGuard.Rules.Tests (BufConformanceTests). PG2065 (no baseline) and PG2066 (malformed baseline) would need
    /// Gotchas to have no or a broken baseline; ProtoFileAnalyzerTests cover them. PG2067 (unreadable git ref) is an
    /// MSBuild error of git-ref mode; BreakingBuildTests and the CLI's BreakingGitRefTests cover it. PG4002 explains why a
    /// FieldMask helper does not bind, which is itself a compile error (CS1061/CS0117): a project that shows it does not
    /// build; PG4002FieldMaskHelpersUnavailableTests cover it.
    /// </summary>
    private static readonly string[] NotReportedInBuilds =
    [
        "PG0002", RuleIdentifiers.BaselineMissing, RuleIdentifiers.BaselineInvalid, RuleIdentifiers.GitRefUnreadable, RuleIdentifiers.FieldMaskHelpersUnavailable,
        .. BreakingRuleCatalog.All.Select(rule => rule.Id),
    ];

    [Fact]
    public void Gotchas_has_an_instance_of_every_rule_in_the_catalog()
    {
        var covered = ExpectedGotchas().Select(e => e[^6..]).ToHashSet(StringComparer.Ordinal);

        var missing = RuleCatalog.All.Select(rule => rule.Id).Where(id => !covered.Contains(id) && !NotReportedInBuilds.Contains(id)).ToArray();

        Assert.True(missing.Length == 0, "samples/Gotchas has no instance of: " + string.Join(", ", missing));
    }

    [Fact]
    public void UserService_builds_with_no_ProtoGuard_diagnostics_but_the_in_memory_generator_notes()
    {
        // The notes (Info) at [InMemoryService]: every rpc but Chat is generated; Chat is written by hand.
        var actual = Build("UserService")
            .Where(r => r.RuleId.StartsWith("PG", StringComparison.Ordinal))
            .Select(r => $"{r.RuleId} {r.Level} {r.FileName}: {r.Message}")
            .Order(StringComparer.Ordinal)
            .ToArray();

        string[] expected =
        [
            "PG4022 note InMemoryUserService.cs: [InMemoryService] implements 'BulkCreateUsers' as BulkCreate of 'User' (key 'id')",
            "PG4022 note InMemoryUserService.cs: [InMemoryService] implements 'CreateUser' as Create of 'User' (key 'id')",
            "PG4022 note InMemoryUserService.cs: [InMemoryService] implements 'DeleteUser' as Delete of 'User' (key 'id')",
            "PG4022 note InMemoryUserService.cs: [InMemoryService] implements 'GetUser' as Get of 'User' (key 'id')",
            "PG4022 note InMemoryUserService.cs: [InMemoryService] implements 'ListUsers' as List of 'User' (key 'id')",
            "PG4022 note InMemoryUserService.cs: [InMemoryService] implements 'UpdateUser' as Update of 'User' (key 'id')",
            "PG4022 note InMemoryUserService.cs: [InMemoryService] implements 'WatchUsers' as Watch of 'User' (key 'id')",
            "PG4023 note InMemoryUserService.cs: [InMemoryService] does not implement 'Chat': it is written in the partial class",
        ];
        Assert.Equal(expected, actual);
    }

    /// <summary>
    /// The shapes of real solutions: contracts in a shared Proto folder included as <c>..\Proto\greet\v1\greet.proto</c> by a
    /// server (with a client-factory client that propagates the call context) and a console client (a health Watch
    /// stream, a timeout token), and a test project (a Moq-mocked client, calls to an in-memory TestServer). Each builds
    /// under -warnaserror and reports exactly its 'expect' markers (none today).
    /// </summary>
    [Fact]
    public void Greeter_projects_build_under_warnaserror_with_only_their_marked_diagnostics()
    {
        // Tests references Server, and these builds do not build project references: Server first.
        var actual = new[] { "Greeter/Server", "Greeter/Client", "Greeter/Tests" }
            .SelectMany(project => Build(project, "-warnaserror"))
            .Where(r => r.RuleId.StartsWith("PG", StringComparison.Ordinal))
            .Select(r => $"{r.FileName}:{r.Line}: {r.RuleId}")
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(ExpectedMarkers("Greeter"), actual);
    }
}
