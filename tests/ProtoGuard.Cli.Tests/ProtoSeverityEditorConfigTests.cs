using System.Text.Json;
using System.Text.RegularExpressions;
using ProtoGuard.Tests;

namespace ProtoGuard.Cli.Tests;

/// <summary>
/// <c>dotnet_diagnostic.PGxxxx.severity</c> in a <c>[*.proto]</c> section of an .editorconfig works for every .proto
/// rule (the compiler alone ignores it for additional files): over a copy of samples/Gotchas' .proto files (an
/// instance of every rule, marked 'expect: PGxxxx'), each rule set to <c>error</c> reports only errors, set to
/// <c>none</c> reports nothing, and left alone reports as the sample expects.
/// </summary>
public sealed partial class ProtoSeverityEditorConfigTests : IDisposable
{
    private static readonly string Source = Path.Combine(RepositoryPaths.Root, "samples", "Gotchas", "Protos");

    private readonly string _directory = Directory.CreateTempSubdirectory("protoguard-cli-severity-").FullName;
    private readonly string _previousDirectory = Directory.GetCurrentDirectory();

    public ProtoSeverityEditorConfigTests()
    {
        foreach (var file in Directory.EnumerateFiles(Source, "*.proto", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_directory, "Protos", Path.GetRelativePath(Source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        Directory.SetCurrentDirectory(_directory);
    }

    /// <summary>Every PG0xxx and PG1xxx rule with a marked instance in the sample's .proto files.</summary>
    public static TheoryData<string> MarkedRules()
    {
        var ids = Directory.EnumerateFiles(Source, "*.proto", SearchOption.AllDirectories)
            .SelectMany(file => ExpectMarker().Matches(File.ReadAllText(file)).Select(match => match.Groups[1].Value))
            .Where(id => id.StartsWith("PG0", StringComparison.Ordinal) || id.StartsWith("PG1", StringComparison.Ordinal))
            .Distinct()
            .Order(StringComparer.Ordinal);
        return new TheoryData<string>(ids);
    }

    public void Dispose()
    {
        Directory.SetCurrentDirectory(_previousDirectory);
        Directory.Delete(_directory, recursive: true);
    }

    [Theory]
    [MemberData(nameof(MarkedRules))]
    public void A_proto_section_severity_turns_each_rule_into_an_error_or_off(string id)
    {
        File.WriteAllText(".editorconfig", $"root = true\n\n[*.proto]\ndotnet_diagnostic.{id}.severity = error\n");
        var asErrors = Lint().Where(finding => finding.RuleId == id).ToArray();

        Assert.NotEmpty(asErrors);
        Assert.All(asErrors, finding => Assert.Equal("error", finding.Severity));

        File.WriteAllText(".editorconfig", $"root = true\n\n[*.proto]\ndotnet_diagnostic.{id}.severity = none\n");

        Assert.DoesNotContain(Lint(), finding => finding.RuleId == id);
    }

    [Fact]
    public void A_section_for_one_folder_changes_only_the_files_in_it()
    {
        File.WriteAllText(".editorconfig", "root = true\n\n[Protos/guide/*.proto]\ndotnet_diagnostic.PG1049.severity = none\n\n[*.proto]\ndotnet_diagnostic.PG1050.severity = error\n");

        var findings = Lint();

        Assert.DoesNotContain(findings, finding => finding.RuleId == "PG1049");
        Assert.Contains(findings, finding => finding.RuleId == "PG1050" && finding.Severity == "error" && finding.Path == "Protos/guide/guide.proto");
    }

    private static (string RuleId, string Severity, string Path)[] Lint()
    {
        var output = new StringWriter();
        Program.Run(["lint", "Protos", "-I", ".", "--no-buf-config", "--format", "json"], output, new StringWriter());
        return JsonDocument.Parse(output.ToString()).RootElement.GetProperty("findings").EnumerateArray()
            .Select(finding => (finding.GetProperty("ruleId").GetString()!, finding.GetProperty("severity").GetString()!, finding.GetProperty("path").GetString()!))
            .ToArray();
    }

    [GeneratedRegex(@"expect: (PG\d{4})")]
    private static partial Regex ExpectMarker();
}
