namespace ProtoGuard.IntegrationTests;

/// <summary>
/// Breaking-change detection through the packed package: the baseline written by the package's own target, a build
/// that fails at the right .proto line when a field is deleted without reserving it, and one that passes once the
/// suggested 'reserved' lines are in and the change is accepted into the baseline.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class BreakingBuildTests(PackedPackage package)
{
    [Fact]
    public void A_deleted_field_fails_the_build_until_it_is_reserved_and_accepted()
    {
        var directory = ConsumerBuild.CopyTemplate(package, "breaking");
        var proto = Path.Combine(directory, "Protos", "inventory.proto");
        var baseline = Path.Combine(directory, "protoguard.baseline.txt");

        var write = UpdateBaseline(directory);
        Assert.True(write.ExitCode == 0, write.ToString());
        Assert.Contains("inventory.v1.Item#3 field name=color kind=enum type=inventory.v1.Color cardinality=implicit json_name=color", File.ReadAllText(baseline), StringComparison.Ordinal);

        File.WriteAllText(proto, File.ReadAllText(proto).Replace("  Color color = 3;\n", string.Empty, StringComparison.Ordinal));
        var broken = ConsumerBuild.Run(package, directory);
        Assert.NotEqual(0, broken.ExitCode);
        var line = File.ReadAllLines(proto).ToList().FindIndex(l => l.StartsWith("message Item", StringComparison.Ordinal)) + 1;
        Assert.Contains($"inventory.proto({line},9): error PG2032: Field 3 'color' was deleted from message 'Item'", broken.Output, StringComparison.Ordinal);
        Assert.Contains("reserved 3; reserved \"color\";", broken.Output, StringComparison.Ordinal);

        File.WriteAllText(proto, File.ReadAllText(proto).Replace("message Item {\n", "message Item {\n  reserved 3;\n  reserved \"color\";\n", StringComparison.Ordinal));
        var accept = UpdateBaseline(directory);
        Assert.True(accept.ExitCode == 0, accept.ToString());
        Assert.Contains("inventory.v1.Item message file=Protos/inventory.proto reserved=3 reserved_names=color", File.ReadAllText(baseline), StringComparison.Ordinal);

        var fixedBuild = ConsumerBuild.Run(package, directory);
        Assert.True(fixedBuild.ExitCode == 0, fixedBuild.ToString());
        Assert.DoesNotContain("PG20", fixedBuild.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void In_git_ref_mode_the_build_compares_with_the_files_at_the_ref_and_explains_an_unknown_ref()
    {
        var directory = ConsumerBuild.CopyTemplate(package, "breaking-git");
        var proto = Path.Combine(directory, "Protos", "inventory.proto");
        Git(directory, "init", "-q", "-b", "main");
        Git(directory, "add", "-A");
        Git(directory, "-c", "user.name=ProtoGuard Tests", "-c", "user.email=tests@protoguard.invalid", "commit", "-q", "-m", "accepted schema");
        File.WriteAllText(proto, File.ReadAllText(proto).Replace("  Color color = 3;\n", string.Empty, StringComparison.Ordinal));

        var broken = ConsumerBuild.Run(package, directory, "-p:ProtoGuardBreakingAgainst=HEAD");
        Assert.NotEqual(0, broken.ExitCode);
        var line = File.ReadAllLines(proto).ToList().FindIndex(l => l.StartsWith("message Item", StringComparison.Ordinal)) + 1;
        Assert.Contains($"inventory.proto({line},9): error PG2032: Field 3 'color' was deleted from message 'Item'", broken.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(directory, "protoguard.baseline.txt")), "git-ref mode must not need or write the baseline file");

        var unknown = ConsumerBuild.Run(package, directory, "-p:ProtoGuardBreakingAgainst=origin/main");
        Assert.NotEqual(0, unknown.ExitCode);
        Assert.Contains("error PG2067: Unknown git ref 'origin/main' (ProtoGuardBreakingAgainst); check the name, or fetch it first (for 'origin/main': 'git fetch origin main')", unknown.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("PG2032", unknown.Output, StringComparison.Ordinal);

        Git(directory, "-c", "user.name=ProtoGuard Tests", "-c", "user.email=tests@protoguard.invalid", "commit", "-q", "-a", "-m", "accept: color deleted");
        var accepted = ConsumerBuild.Run(package, directory, "-p:ProtoGuardBreakingAgainst=HEAD");
        Assert.True(accepted.ExitCode == 0, accepted.ToString());
        Assert.DoesNotContain("PG20", accepted.Output, StringComparison.Ordinal);
    }

    private static void Git(string directory, params string[] arguments)
    {
        var result = ProcessRunner.Run("git", arguments, directory, PackedPackage.CommandTimeout);
        Assert.True(result.ExitCode == 0, "git " + string.Join(' ', arguments) + ": " + result);
    }

    /// <summary>The package's target alone (ConsumerBuild.Run adds --no-incremental, which would rebuild first and fail).</summary>
    private ProcessRunner.Result UpdateBaseline(string directory) =>
        ProcessRunner.Run(
            "dotnet",
            ["build", Path.Combine(directory, "Consumer.csproj"), "-t:ProtoGuardUpdateBaseline", "-p:ProtoGuardVersion=" + package.Version],
            directory,
            PackedPackage.CommandTimeout);
}
