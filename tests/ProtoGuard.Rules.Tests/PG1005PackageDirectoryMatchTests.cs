namespace ProtoGuard.Rules.Tests;

public sealed class PG1005PackageDirectoryMatchTests
{
    private const string Id = "PG1005";

    [Fact]
    public void Fires_on_the_package_when_the_directory_does_not_spell_it()
    {
        RuleTestHarness.Verify(Id, """
            syntax = "proto3";
            [|package acme.v1;|]
            """,
            [["acme.v1", "acme/v1", "protos"]], null, "protos/user.proto");
    }

    [Fact]
    public void Silent_when_the_directory_spells_the_package()
    {
        Assert.Empty(RuleTestHarness.LintRule(Id, """
            syntax = "proto3";
            package acme.v1;
            """, null, "acme/v1/user.proto"));
    }
}
