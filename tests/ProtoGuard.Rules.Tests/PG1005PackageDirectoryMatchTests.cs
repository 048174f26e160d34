namespace ProtoGuard.Rules.Tests;

public sealed class PG1005PackageDirectoryMatchTests
{
    private const string Id = "PG1005";

    private static readonly Dictionary<string, string> On = new() { ["dotnet_diagnostic.PG1005.severity"] = "warning" };

    [Fact]
    public void Fires_on_the_package_when_the_directory_does_not_spell_it()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            [|package acme.v1;|]
            """,
            [["acme.v1", "acme/v1", "protos"]], On, "protos/user.proto");
    }

    [Fact]
    public void Silent_when_the_directory_spells_the_package()
    {
        Assert.Empty(RuleTestHarness.LintRule(Id, """
            syntax = "proto3";
            package acme.v1;
            """, On, "acme/v1/user.proto"));
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
