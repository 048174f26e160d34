namespace ProtoGuard.Rules.Tests;

public sealed class PG1006PackageNoImportCycleTests
{
    private const string Id = "PG1006";

    [Fact]
    public void Fires_on_the_imports_that_close_a_package_cycle()
    {
        var findings = RuleTestHarness.LintFiles(new Dictionary<string, string>
        {
            ["a/v1/a.proto"] = "syntax = \"proto3\";\npackage a.v1;\nimport \"b/v1/b.proto\";\nmessage A { b.v1.B b = 1; }\n",
            ["b/v1/b.proto"] = "syntax = \"proto3\";\npackage b.v1;\nimport \"a/v1/c.proto\";\nmessage B { a.v1.C c = 1; }\n",
            ["a/v1/c.proto"] = "syntax = \"proto3\";\npackage a.v1;\nmessage C {}\n",
        });

        Assert.Equal(["This import is part of the package import cycle a.v1 -> b.v1 -> a.v1; break the cycle"], findings["a/v1/a.proto"].Where(f => f.Rule.Id == Id).Select(f => f.Message));
        Assert.Equal(["This import is part of the package import cycle b.v1 -> a.v1 -> b.v1; break the cycle"], findings["b/v1/b.proto"].Where(f => f.Rule.Id == Id).Select(f => f.Message));
        Assert.DoesNotContain(findings["a/v1/c.proto"], f => f.Rule.Id == Id);
    }

    [Fact]
    public void Silent_when_packages_import_in_one_direction()
    {
        var findings = RuleTestHarness.LintFiles(new Dictionary<string, string>
        {
            ["a/v1/a.proto"] = "syntax = \"proto3\";\npackage a.v1;\nimport \"b/v1/b.proto\";\nmessage A { b.v1.B b = 1; }\n",
            ["b/v1/b.proto"] = "syntax = \"proto3\";\npackage b.v1;\nmessage B {}\n",
        });

        Assert.DoesNotContain(findings.Values.SelectMany(list => list), f => f.Rule.Id == Id);
    }
}
