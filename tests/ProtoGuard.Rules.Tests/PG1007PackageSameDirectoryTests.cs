namespace ProtoGuard.Rules.Tests;

public sealed class PG1007PackageSameDirectoryTests
{
    private const string Id = "PG1007";

    [Fact]
    public void Fires_on_each_file_of_a_package_spread_over_directories()
    {
        var findings = RuleTestHarness.LintFiles(new Dictionary<string, string>
        {
            ["acme/v1/a.proto"] = "syntax = \"proto3\";\npackage acme.v1;\n",
            ["acme/v1/sub/b.proto"] = "syntax = \"proto3\";\npackage acme.v1;\n",
        });

        Assert.All(findings.Values, list => Assert.Equal(["Package 'acme.v1' has files in several directories (acme/v1, acme/v1/sub); keep a package in one directory"], list.Where(f => f.Rule.Id == Id).Select(f => f.Message)));
    }

    [Fact]
    public void Silent_when_a_package_is_in_one_directory()
    {
        var findings = RuleTestHarness.LintFiles(new Dictionary<string, string>
        {
            ["acme/v1/a.proto"] = "syntax = \"proto3\";\npackage acme.v1;\n",
            ["acme/v1/b.proto"] = "syntax = \"proto3\";\npackage acme.v1;\n",
        });

        Assert.DoesNotContain(findings.Values.SelectMany(list => list), f => f.Rule.Id == Id);
    }
}
