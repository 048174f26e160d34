namespace ProtoGuard.Rules.Tests;

public sealed class PG1045StablePackageNoImportUnstableTests
{
    private const string Id = "PG1045";

    [Fact]
    public void Fires_when_a_stable_package_imports_an_unstable_one_when_enabled()
    {
        var options = new Dictionary<string, string> { ["dotnet_diagnostic.PG1045.severity"] = "warning" };
        var findings = RuleTestHarness.LintFiles(
            new Dictionary<string, string>
            {
                ["acme/v1/a.proto"] = "syntax = \"proto3\";\npackage acme.v1;\nimport \"acme/v1beta1/b.proto\";\nmessage A { acme.v1beta1.B b = 1; }\n",
                ["acme/v1beta1/b.proto"] = "syntax = \"proto3\";\npackage acme.v1beta1;\nimport \"acme/v2/c.proto\";\nmessage B { acme.v2.C c = 1; }\n",
                ["acme/v2/c.proto"] = "syntax = \"proto3\";\npackage acme.v2;\nmessage C {}\n",
            },
            options);

        Assert.Equal(["Stable package 'acme.v1' imports 'acme/v1beta1/b.proto' from unstable package 'acme.v1beta1'; do not depend on alpha, beta or test packages"], findings["acme/v1/a.proto"].Where(f => f.Rule.Id == Id).Select(f => f.Message));
        Assert.DoesNotContain(findings["acme/v1beta1/b.proto"], f => f.Rule.Id == Id);
    }

    [Fact]
    public void Off_by_default()
    {
        var findings = RuleTestHarness.LintFiles(new Dictionary<string, string>
        {
            ["acme/v1/a.proto"] = "syntax = \"proto3\";\npackage acme.v1;\nimport \"acme/v1beta1/b.proto\";\nmessage A { acme.v1beta1.B b = 1; }\n",
            ["acme/v1beta1/b.proto"] = "syntax = \"proto3\";\npackage acme.v1beta1;\nmessage B {}\n",
        });

        Assert.DoesNotContain(findings.Values.SelectMany(list => list), f => f.Rule.Id == Id);
    }
}
