namespace ProtoGuard.Rules.Tests;

public sealed class PG1031PackageVersionSuffixTests
{
    private const string Id = "PG1031";

    [Fact]
    public void Fires_on_a_package_without_a_version()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            [|package acme.user;|]
            """,
            [["acme.user"]]);
    }

    [Fact]
    public void Silent_on_versioned_packages_of_every_form()
    {
        Assert.Empty(RuleTestHarness.LintRule(Id, """
            syntax = "proto3";
            package acme.v1p1beta2;
            """, null));
    }

    [Fact]
    public void Fires_on_v0_and_one_component_packages()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            [|package v1;|]
            """,
            [["v1"]]);
    }
}
