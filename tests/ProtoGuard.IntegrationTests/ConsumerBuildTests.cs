namespace ProtoGuard.IntegrationTests;

[Collection(PackedPackageCollection.Name)]
public sealed class ConsumerBuildTests : IClassFixture<ConsumerBuildTests.Fixture>
{
    private readonly ConsumerBuild _build;

    public ConsumerBuildTests(Fixture fixture)
    {
        _build = fixture.Build;
    }

    /// <summary>Builds the consumer once for all tests of this class.</summary>
    public sealed class Fixture(PackedPackage package)
    {
        public ConsumerBuild Build { get; } = new(package);
    }

    [Fact]
    public void Consumer_builds_with_only_a_package_reference_to_ProtoGuard()
    {
        Assert.True(_build.Build.ExitCode == 0, _build.Build.ToString());
        Assert.True(File.Exists(_build.SarifPath), "no SARIF error log was written");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("false")]
    public void On_linux_x64_the_compiler_gets_the_ReadyToRun_images_unless_turned_off(string? readyToRun)
    {
        string[] arguments =
        [
            "msbuild", Path.Combine(_build.Directory, "Consumer.csproj"), "-nologo", "-t:ResolveLockFileAnalyzers;_ProtoGuardUseReadyToRunAnalyzers",
            "-getItem:Analyzer", "-p:ProtoGuardVersion=" + _build.Package.Version,
            .. readyToRun is null ? Array.Empty<string>() : ["-p:ProtoGuardReadyToRun=" + readyToRun],
        ];
        var result = ProcessRunner.Run("dotnet", arguments, _build.Directory, PackedPackage.CommandTimeout);
        Assert.True(result.ExitCode == 0, result.ToString());

        using var items = System.Text.Json.JsonDocument.Parse(result.Output[result.Output.IndexOf('{')..]);
        var protoGuard = items.RootElement.GetProperty("Items").GetProperty("Analyzer").EnumerateArray()
            .Select(item => item.GetProperty("FullPath").GetString()!.Replace('\\', '/'))
            .Where(path => Path.GetFileName(path).StartsWith("ProtoGuard.", StringComparison.Ordinal))
            .ToArray();
        var packageFolder = $"/protoguard/{_build.Package.Version}/";
        var expected = readyToRun is null && OperatingSystem.IsLinux()
            && System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture == System.Runtime.InteropServices.Architecture.X64
                ? "readytorun/linux-x64/"
                : "analyzers/dotnet/cs/";
        Assert.Equal(
            ["ProtoGuard.Analyzers.dll", "ProtoGuard.CodeFixes.dll", "ProtoGuard.Generators.dll", "ProtoGuard.Rules.dll", "ProtoGuard.Schema.dll"],
            protoGuard.Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.All(protoGuard, path => Assert.Contains(packageFolder + expected, path, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Proto_rule_is_reported_at_the_exact_file_line_and_column()
    {
        var (line, column) = Find(Path.Combine(_build.Directory, "Protos", "inventory.proto"), "STOCK_STATE_IN_STOCK = 0");

        var result = Assert.Single(_build.Results, r => r.RuleId == "PG1001");

        Assert.Equal(("inventory.proto", line, column), (result.FileName, result.Line, result.Column));
        Assert.Equal("Enum value 'STOCK_STATE_IN_STOCK' is 0; name the zero value 'STOCK_STATE_UNSPECIFIED'", result.Message);
    }

    [Fact]
    public void Editorconfig_severity_in_a_proto_folder_is_honored()
    {
        Assert.True(File.Exists(Path.Combine(_build.Directory, "Protos", "legacy", ".editorconfig")), "the template's .editorconfig was not copied");
        // The folder turns PG1001 off; buf's layout rules (package directory, version suffix) still apply there.
        Assert.DoesNotContain(_build.Results, r => r.FileName == "old.proto" && r.RuleId == "PG1001");
        Assert.Contains(_build.Results, r => r.FileName == "old.proto" && r.RuleId == "PG1031");
    }

    [Fact]
    public void CSharp_rule_is_reported_at_the_call_without_a_deadline_only()
    {
        var (line, column) = Find(Path.Combine(_build.Directory, "Program.cs"), "GetItemAsync(new GetItemRequest { Sku = \"A-1\" })");

        var result = Assert.Single(_build.Results, r => r.RuleId == "PG3001");

        Assert.Equal(("Program.cs", line, column), (result.FileName, result.Line, result.Column));
    }

    [Fact]
    public void No_analyzer_or_generator_crashed()
    {
        Assert.DoesNotContain(_build.Results, r => r.RuleId is "AD0001" or "CS8784" or "CS8785");
        Assert.DoesNotContain("AD0001", _build.Build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS8785", _build.Build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Warnaserror_turns_the_build_red_on_ProtoGuard_findings()
    {
        var directory = ConsumerBuild.CopyTemplate(_build.Package, "consumer-warnaserror");
        // Without the folder's .editorconfig, the legacy file is reported too: the silence above is the config's doing.
        File.Delete(Path.Combine(directory, "Protos", "legacy", ".editorconfig"));

        var strict = ConsumerBuild.Run(_build.Package, directory, "-warnaserror");

        Assert.NotEqual(0, strict.ExitCode);
        var (line, column) = Find(Path.Combine(directory, "Protos", "inventory.proto"), "STOCK_STATE_IN_STOCK = 0");
        Assert.Contains($"inventory.proto({line},{column}): error PG1001", strict.Output, StringComparison.Ordinal);
        (line, column) = Find(Path.Combine(directory, "Protos", "legacy", "old.proto"), "LEGACY_STATE_ON = 0");
        Assert.Contains($"old.proto({line},{column}): error PG1001", strict.Output, StringComparison.Ordinal);
        Assert.Contains("error PG3001", strict.Output, StringComparison.Ordinal);
    }

    /// <summary>1-based line and column of the first occurrence of <paramref name="text"/> in a file.</summary>
    private static (int Line, int Column) Find(string path, string text)
    {
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            var column = lines[i].IndexOf(text, StringComparison.Ordinal);
            if (column >= 0)
            {
                return (i + 1, column + 1);
            }
        }

        throw new InvalidOperationException($"'{text}' not found in {path}");
    }
}
