namespace ProtoGuard.Rules.Tests;

public sealed class PG1025PackageSameSwiftPrefixTests
{
    private const string Id = "PG1025";

    [Fact]
    public void Fires_on_each_file_when_the_package_has_two_values_or_a_file_lacks_the_option()
    {
        var findings = RuleTestHarness.LintFiles(new Dictionary<string, string>
        {
            ["acme/v1/a.proto"] = "syntax = \"proto3\";\npackage acme.v1;\noption swift_prefix = \"AV1\";\n",
            ["acme/v1/b.proto"] = "syntax = \"proto3\";\npackage acme.v1;\n",
        });

        var atOption = Assert.Single(findings["acme/v1/a.proto"], f => f.Rule.Id == Id);
        Assert.Equal(2, findings["acme/v1/a.proto"].Count(f => f.Rule.Id == Id) + findings["acme/v1/b.proto"].Count(f => f.Rule.Id == Id));
        Assert.Equal(2, atOption.Text.GetLinePosition(atOption.Span.Start).Line);
        Assert.Equal(0, Assert.Single(findings["acme/v1/b.proto"], f => f.Rule.Id == Id).Span.Start);
    }

    [Fact]
    public void Silent_when_every_file_of_the_package_has_the_same_value()
    {
        var findings = RuleTestHarness.LintFiles(new Dictionary<string, string>
        {
            ["acme/v1/a.proto"] = "syntax = \"proto3\";\npackage acme.v1;\noption swift_prefix = \"AV1\";\n",
            ["acme/v1/b.proto"] = "syntax = \"proto3\";\npackage acme.v1;\noption swift_prefix = \"AV1\";\n",
            ["other/v1/c.proto"] = "syntax = \"proto3\";\npackage other.v1;\noption swift_prefix = \"OV1\";\n",
        });

        Assert.DoesNotContain(findings.Values.SelectMany(list => list), f => f.Rule.Id == Id);
    }
}
