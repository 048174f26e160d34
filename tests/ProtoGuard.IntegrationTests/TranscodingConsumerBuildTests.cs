namespace ProtoGuard.IntegrationTests;

/// <summary>
/// Issue 14, with the packed package: a JSON-transcoding solution in the shape of the ASP.NET Core samples: Server
/// (Microsoft.AspNetCore.Grpc.JsonTranscoding) and Client share ..\Proto\greet.proto, which imports
/// google/api/annotations.proto from Google.Api.CommonProtos' protos folder (IncludeGoogleApiCommonProtos=true) and
/// uses option (google.api.http). Built with warnings not as errors and a SARIF log.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class TranscodingConsumerBuildTests : IClassFixture<TranscodingConsumerBuildTests.Fixture>
{
    private const string Template = "TranscodingConsumer";

    private readonly Fixture _fixture;

    public TranscodingConsumerBuildTests(Fixture fixture)
    {
        this._fixture = fixture;
    }

    /// <summary>Builds Server and Client once for all tests of this class.</summary>
    public sealed class Fixture
    {
        public Fixture(PackedPackage package)
        {
            Package = package;
            Directory = ConsumerBuild.CopyTemplate(package, "transcoding", Template);
            Server = new ProjectBuild(package, Path.Combine(Directory, "Server", "Server.csproj"));
            Client = new ProjectBuild(package, Path.Combine(Directory, "Client", "Client.csproj"));
        }

        public PackedPackage Package { get; }

        public string Directory { get; }

        public ProjectBuild Server { get; }

        public ProjectBuild Client { get; }
    }

    /// <summary>One build of one project of the template, with its SARIF log read.</summary>
    public sealed class ProjectBuild
    {
        public ProjectBuild(PackedPackage package, string projectPath, params string[] extraArguments)
        {
            var sarifPath = Path.Combine(Path.GetDirectoryName(projectPath)!, "build.sarif");
            File.Delete(sarifPath);
            Build = ConsumerBuild.RunProject(package, projectPath, ["-p:ErrorLog=" + sarifPath + "%2Cversion%3D2.1", .. extraArguments]);
            Results = ConsumerBuild.ReadSarif(sarifPath);
            SarifExists = File.Exists(sarifPath);
        }

        public ProcessRunner.Result Build { get; }

        public IReadOnlyList<SarifResult> Results { get; }

        public bool SarifExists { get; }

        /// <summary>
        /// The findings this template is about: PG0xxx, PG1001 and the C# rules. buf's STANDARD lint set (PG1002 and
        /// up: package versions, directory layout, request/response names) has its own tests.
        /// </summary>
        public IEnumerable<string> ProtoGuardResults => Results
            .Where(r => r.RuleId.StartsWith("PG0", StringComparison.Ordinal) || r.RuleId == "PG1001" || r.RuleId.StartsWith("PG3", StringComparison.Ordinal))
            .Select(r => $"{r.Level} {r.RuleId} {r.FileName}({r.Line})");
    }

    [Fact]
    public void Transcoding_server_builds_with_zero_ProtoGuard_errors()
    {
        var server = _fixture.Server;

        Assert.True(server.Build.ExitCode == 0, server.Build.ToString());
        Assert.True(server.SarifExists, "no SARIF error log was written");
        Assert.DoesNotContain(server.Results, r => r.RuleId.StartsWith("PG", StringComparison.Ordinal) && r.Level == "error");
        Assert.DoesNotContain(server.Results, r => r.RuleId.StartsWith("PG0", StringComparison.Ordinal));
        Assert.DoesNotContain(server.Results, r => r.RuleId is "AD0001" or "CS8784" or "CS8785");
    }

    [Fact]
    public void The_files_protoc_read_from_the_import_directory_and_the_shared_proto_are_passed_to_ProtoGuard_as_import_only()
    {
        // Linked, not merely tolerated: the compiler's analyzer config marks exactly protoc's inputs import-only.
        var config = File.ReadAllText(Path.Combine(_fixture.Directory, "Server", "obj", "Debug", "net10.0", "Server.GeneratedMSBuildEditorConfig.editorconfig"));
        var importOnly = ImportOnlyFiles(config);

        // common.proto too: Shared's folder contains it, so Server links it without reporting it.
        Assert.Equal(
            ["/Shared/common.proto", "google/api/annotations.proto", "google/api/http.proto"],
            importOnly.Select(path => path.Contains("google/api/", StringComparison.Ordinal)
                ? path[path.IndexOf("google/api/", StringComparison.Ordinal)..]
                : path[path.LastIndexOf("/Shared/", StringComparison.Ordinal)..]).Order(StringComparer.Ordinal));
        Assert.Contains("google.api.commonprotos", Assert.Single(config.Split('\n'), line => line.StartsWith("build_property.ProtoGuardImportDirectories = ", StringComparison.Ordinal)), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_shared_proto_is_reported_once_by_the_project_that_implements_its_service()
    {
        var (line, _) = Find(Path.Combine(_fixture.Directory, "Proto", "greet.proto"), "HAPPY = 0");

        Assert.Equal([$"warning PG1001 greet.proto({line})"], _fixture.Server.ProtoGuardResults);
        Assert.True(_fixture.Client.Build.ExitCode == 0, _fixture.Client.Build.ToString());
        Assert.DoesNotContain(_fixture.Client.Results, r => r.FileName == "greet.proto");
    }

    [Fact]
    public void A_shared_proto_in_another_projects_folder_is_reported_by_that_project_only()
    {
        // Server includes ..\Shared\common.proto (GrpcServices Both, the default); Shared/Shared.csproj owns it.
        Assert.True(_fixture.Server.Build.ExitCode == 0, _fixture.Server.Build.ToString());
        Assert.DoesNotContain(_fixture.Server.Results, r => r.FileName == "common.proto");
    }

    [Fact]
    public void An_editorconfig_path_section_applies_to_a_proto_outside_the_project_folder()
    {
        // Server includes ..\Proto\legacy\old.proto; [Proto/legacy/*.proto] in the root .editorconfig silences it.
        Assert.True(_fixture.Server.Build.ExitCode == 0, _fixture.Server.Build.ToString());
        Assert.DoesNotContain(_fixture.Server.Results, r => r.FileName == "old.proto" && r.RuleId == "PG1001");
    }

    [Fact]
    public void The_client_reports_its_own_proto_and_its_CSharp_findings()
    {
        var (protoLine, _) = Find(Path.Combine(_fixture.Directory, "Client", "Protos", "settings.proto"), "THEME_DARK = 0");
        var (csLine, _) = Find(Path.Combine(_fixture.Directory, "Client", "Program.cs"), "SayHelloAsync");

        Assert.Equal(
            [$"warning PG1001 settings.proto({protoLine})", $"warning PG3001 Program.cs({csLine})"],
            _fixture.Client.ProtoGuardResults.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ProtoGuardWarningsNotAsErrors_keeps_proto_and_CSharp_findings_warnings_under_TreatWarningsAsErrors()
    {
        var directory = ConsumerBuild.CopyTemplate(_fixture.Package, "transcoding-not-as-errors", Template);
        var project = Path.Combine(directory, "Client", "Client.csproj");

        var strict = new ProjectBuild(_fixture.Package, project, "-p:TreatWarningsAsErrors=true");
        var adopting = new ProjectBuild(_fixture.Package, project, "-p:TreatWarningsAsErrors=true", "-p:ProtoGuardWarningsNotAsErrors=true");

        Assert.NotEqual(0, strict.Build.ExitCode);
        Assert.Equal(["error PG1001", "error PG3001"], strict.ProtoGuardResults.Select(Kind).Order(StringComparer.Ordinal));
        Assert.True(adopting.Build.ExitCode == 0, adopting.Build.ToString());
        Assert.Equal(["warning PG1001", "warning PG3001"], adopting.ProtoGuardResults.Select(Kind).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ProtoGuardWriteSuppressions_writes_a_baseline_that_lets_a_TreatWarningsAsErrors_build_pass()
    {
        var directory = ConsumerBuild.CopyTemplate(_fixture.Package, "transcoding-baseline", Template);
        var project = Path.Combine(directory, "Client", "Client.csproj");

        var write = ConsumerBuild.RunProject(_fixture.Package, project, "-t:ProtoGuardWriteSuppressions");
        var baseline = Path.Combine(directory, "Client", "ProtoGuard.Suppressions.txt");
        var strict = new ProjectBuild(_fixture.Package, project, "-p:TreatWarningsAsErrors=true");

        Assert.True(write.ExitCode == 0, write.ToString());
        var lines = File.ReadAllLines(baseline).Where(line => !line.StartsWith('#')).ToArray();
        Assert.Contains("PG1001 Protos/settings.proto", lines);
        Assert.Contains("PG3001 Program.cs", lines);
        Assert.DoesNotContain(lines, line => line.Contains("greet.proto", StringComparison.Ordinal));
        Assert.Equal(lines.Order(StringComparer.Ordinal), lines);
        Assert.True(strict.Build.ExitCode == 0, strict.Build.ToString());
        // Only the project-level note that no breaking-change baseline exists (PG2065, Info) may remain: it has no file to
        // baseline and never fails a build.
        Assert.DoesNotContain(strict.Results, r => r.RuleId.StartsWith("PG", StringComparison.Ordinal) && r.Level != "note");
    }

    private static string Kind(string result) => string.Join(' ', result.Split(' ').Take(2));

    private static IReadOnlyList<string> ImportOnlyFiles(string generatedConfig)
    {
        var files = new List<string>();
        string? section = null;
        foreach (var line in generatedConfig.Split('\n').Select(line => line.Trim()))
        {
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                section = line[1..^1];
            }
            else if (section is not null && line == "build_metadata.AdditionalFiles.ProtoGuardImportOnly = true")
            {
                files.Add(section);
            }
        }

        return files;
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
