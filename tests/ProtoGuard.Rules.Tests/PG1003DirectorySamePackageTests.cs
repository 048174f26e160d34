namespace ProtoGuard.Rules.Tests;

public sealed class PG1003DirectorySamePackageTests
{
    private const string Id = "PG1003";

    private static readonly Dictionary<string, string> On = new() { ["dotnet_diagnostic.PG1003.severity"] = "warning" };

    [Fact]
    public void Fires_on_each_file_of_a_directory_with_several_packages()
    {
        var findings = RuleTestHarness.LintFiles(new Dictionary<string, string>
        {
            ["acme/v1/a.proto"] = "syntax = \"proto3\";\npackage acme.v1;\n",
            ["acme/v1/b.proto"] = "syntax = \"proto3\";\npackage acme.v2;\n",
        }, On);

        Assert.All(findings.Values, list => Assert.Equal(["Directory 'acme/v1' holds files of several packages (acme.v1, acme.v2); keep one package per directory"], list.Where(f => f.Rule.Id == Id).Select(f => f.Message)));
    }

    [Fact]
    public void Silent_when_a_directory_has_one_package()
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
