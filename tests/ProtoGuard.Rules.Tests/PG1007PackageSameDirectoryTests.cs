namespace ProtoGuard.Rules.Tests;

public sealed class PG1007PackageSameDirectoryTests
{
    private const string Id = "PG1007";

    private static readonly Dictionary<string, string> On = new() { ["dotnet_diagnostic.PG1007.severity"] = "warning" };

    [Fact]
    public void Fires_on_each_file_of_a_package_spread_over_directories()
    {
        var findings = RuleTestHarness.LintFiles(new Dictionary<string, string>
        {
            ["acme/v1/a.proto"] = "syntax = \"proto3\";\npackage acme.v1;\n",
            ["acme/v1/sub/b.proto"] = "syntax = \"proto3\";\npackage acme.v1;\n",
        }, On);

        Assert.All(findings.Values, list => Assert.Equal(["Package 'acme.v1' has files in several directories (acme/v1, acme/v1/sub); keep a package in one directory"], list.Where(f => f.Rule.Id == Id).Select(f => f.Message)));
    }

    [Fact]
    public void Silent_when_a_package_is_in_one_directory()
    {
        var findings = RuleTestHarness.LintFiles(new Dictionary<string, string>
        {
            ["acme/v1/a.proto"] = "syntax = \"proto3\";\npackage acme.v1;\n",
            ["acme/v1/b.proto"] = "syntax = \"proto3\";\npackage acme.v1;\n",
        }, On);

        Assert.DoesNotContain(findings.Values.SelectMany(list => list), f => f.Rule.Id == Id);
    }

    [Fact]
    public void Off_by_default_in_the_recommended_preset_and_on_in_strict()
    {
        // Off by default: it contradicts the .NET layout or the guide's AIP-style services (see the rule's page).
        Assert.False(Catalog.RuleCatalog.Find(Id)!.IsEnabledByDefault);
        Assert.Null(Engine.RuleOptions.Empty.GetSeverity(Catalog.RuleCatalog.Find(Id)!));
        Assert.Equal(Catalog.RuleSeverity.Warning, new Engine.RuleOptions(new Dictionary<string, string> { ["protoguard.preset"] = "strict" }).GetSeverity(Catalog.RuleCatalog.Find(Id)!));
    }
}
