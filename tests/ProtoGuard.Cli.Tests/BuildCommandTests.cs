using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;

namespace ProtoGuard.Cli.Tests;

/// <summary>Runs <c>protoguard build</c> in-process and compares its descriptor set with protoc's, byte for byte.</summary>
public sealed class BuildCommandTests : IDisposable
{
    private const string Shared = "syntax = \"proto3\";\npackage demo.v1;\nimport \"google/protobuf/descriptor.proto\";\nextend google.protobuf.FieldOptions { repeated string tags = 50001; }\nenum Kind { KIND_UNSPECIFIED = 0; KIND_USER = 1; }\n";
    private const string User = "syntax = \"proto3\";\npackage demo.v1;\nimport \"demo/shared.proto\";\nimport \"google/protobuf/timestamp.proto\";\n// A user.\nmessage User {\n  string id = 1 [(tags) = \"a\", (tags) = \"b\", json_name = \"ID\"];\n  optional Kind kind = 2;\n  map<string, google.protobuf.Timestamp> seen_at = 3;\n  oneof contact { string email = 4; string phone = 5; }\n  reserved 10 to 20;\n}\nservice Users { rpc Get(User) returns (User) {} }\n";

    private readonly string _directory = Directory.CreateTempSubdirectory("protoguard-build-").FullName;

    public BuildCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "protos", "demo"));
        File.WriteAllText(Path.Combine(_directory, "protos", "demo", "shared.proto"), Shared);
        File.WriteAllText(Path.Combine(_directory, "protos", "demo", "user.proto"), User);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void Output_is_byte_for_byte_what_protoc_writes(bool includeImports, bool includeSourceInfo)
    {
        // Without source info the files are parsed without their comments; with it, comments are in the output.
        var ours = Path.Combine(_directory, "ours.binpb");
        var theirs = Path.Combine(_directory, "protoc.binpb");
        var root = Path.Combine(_directory, "protos");
        var extra = (includeImports ? new[] { "--include-imports" } : []).Concat(includeSourceInfo ? new[] { "--include-source-info" } : []).ToArray();
        var protocExtra = (includeImports ? new[] { "--include_imports" } : []).Concat(includeSourceInfo ? new[] { "--include_source_info" } : []).ToArray();

        var (exitCode, _, error) = Run(["build", "-I", root, "demo/user.proto", "-o", ours, .. extra]);
        RunProtoc(["-I" + root, "-I" + Path.Combine(GrpcToolsPath, "build", "native", "include"), "--descriptor_set_out=" + theirs, "demo/user.proto", .. protocExtra]);

        Assert.True(exitCode == 0, error);
        Assert.Equal(File.ReadAllBytes(theirs), File.ReadAllBytes(ours));
    }

    [Fact]
    public void A_path_on_disk_under_a_root_is_named_relative_to_the_root()
    {
        var fromDisk = Path.Combine(_directory, "disk.binpb");
        var fromImportPath = Path.Combine(_directory, "import.binpb");
        var root = Path.Combine(_directory, "protos");

        var (exitCode, _, _) = Run("build", "-I", root, Path.Combine(root, "demo", "shared.proto"), "-o", fromDisk);
        Run("build", "-I", root, "demo/shared.proto", "-o", fromImportPath);

        Assert.Equal(0, exitCode);
        Assert.Equal(File.ReadAllBytes(fromImportPath), File.ReadAllBytes(fromDisk));
    }

    [Fact]
    public void Link_errors_are_printed_protoc_style_and_exit_with_1()
    {
        File.WriteAllText(Path.Combine(_directory, "protos", "bad.proto"), "syntax = \"proto3\";\nmessage M {\n\tMissing m = 1;\n}\n");
        var ours = Path.Combine(_directory, "ours.binpb");

        var (exitCode, _, error) = Run("build", "-I", Path.Combine(_directory, "protos"), "bad.proto", "-o", ours);

        Assert.Equal(1, exitCode);
        Assert.Equal("bad.proto:3:9: Type \"Missing\" is not defined; check the spelling and the imports\n", error.Replace("\r\n", "\n"));
        Assert.False(File.Exists(ours));
    }

    [Fact]
    public void Any_error_writes_nothing_like_protoc()
    {
        File.WriteAllText(Path.Combine(_directory, "protos", "bad.proto"), "syntax = \"proto3\";\nmessage M {\n  Missing m = 1;\n}\n");
        var ours = Path.Combine(_directory, "ours.binpb");

        var (exitCode, _, _) = Run("build", "-I", Path.Combine(_directory, "protos"), "demo/user.proto", "bad.proto", "-o", ours);

        Assert.Equal(1, exitCode);
        Assert.False(File.Exists(ours));
    }

    [Fact]
    public void Keep_going_writes_the_files_that_compile_byte_for_byte_and_still_exits_with_1()
    {
        var root = Path.Combine(_directory, "protos");
        File.WriteAllText(Path.Combine(root, "bad.proto"), "syntax = \"proto3\";\nmessage M {\n  Missing m = 1;\n}\n");
        File.WriteAllText(Path.Combine(root, "uses_bad.proto"), "syntax = \"proto3\";\nimport \"bad.proto\";\nmessage N {\n  M m = 1;\n}\n");
        var ours = Path.Combine(_directory, "ours.binpb");
        var theirs = Path.Combine(_directory, "protoc.binpb");

        var (exitCode, _, error) = Run("build", "-I", root, "bad.proto", "demo/user.proto", "uses_bad.proto", "--include-imports", "--keep-going", "-o", ours);
        RunProtoc(["-I" + root, "-I" + Path.Combine(GrpcToolsPath, "build", "native", "include"), "--include_imports", "--descriptor_set_out=" + theirs, "demo/user.proto"]);

        Assert.Equal(1, exitCode);
        Assert.Equal(
            "bad.proto:3:3: Type \"Missing\" is not defined; check the spelling and the imports\n"
            + "protoguard: --keep-going: writing 1 of 3 file(s); the others have errors or import files with errors\n",
            error.Replace("\r\n", "\n"));
        Assert.Equal(File.ReadAllBytes(theirs), File.ReadAllBytes(ours));
    }

    [Fact]
    public void Option_imports_link_and_are_written_with_include_imports_like_protoc()
    {
        var root = Path.Combine(_directory, "protos");
        File.WriteAllText(Path.Combine(root, "opts.proto"), "edition = \"2024\";\npackage x;\nimport \"google/protobuf/descriptor.proto\";\nextend google.protobuf.MessageOptions {\n  double ratio = 50001;\n  float scale = 50002;\n}\n");
        File.WriteAllText(Path.Combine(root, "uses.proto"), "edition = \"2024\";\nimport option \"opts.proto\";\nmessage M {\n  option (x.ratio) = nan;\n  option (x.scale) = -nan;\n}\n");
        var ours = Path.Combine(_directory, "ours.binpb");
        var theirs = Path.Combine(_directory, "protoc.binpb");

        var (exitCode, _, error) = Run("build", "-I", root, "uses.proto", "--include-imports", "-o", ours);
        RunProtoc(["-I" + root, "-I" + Path.Combine(GrpcToolsPath, "build", "native", "include"), "--include_imports", "--descriptor_set_out=" + theirs, "uses.proto"]);

        Assert.True(exitCode == 0, error);
        Assert.Equal(File.ReadAllBytes(theirs), File.ReadAllBytes(ours));
    }

    [Fact]
    public void Protoc_warnings_are_printed_and_do_not_fail_the_build()
    {
        var root = Path.Combine(_directory, "protos");
        File.WriteAllText(Path.Combine(root, "warn.proto"), "syntax = \"proto2\";\nimport \"google/protobuf/empty.proto\";\nmessage M {\n  optional int32 foo_bar = 1;\n  optional int32 fooBar = 2;\n}\n");
        var ours = Path.Combine(_directory, "ours.binpb");

        var (exitCode, _, error) = Run("build", "-I", root, "warn.proto", "-o", ours);

        Assert.Equal(0, exitCode);
        Assert.Equal(
            "warn.proto:5:18: warning: The default JSON name of field \"fooBar\" (\"fooBar\") conflicts with the default JSON name of field \"foo_bar\"; rename one of the fields or give it another json_name\n"
            + "warn.proto:2:1: warning: Import \"google/protobuf/empty.proto\" is unused; remove it\n",
            error.Replace("\r\n", "\n"));
        Assert.True(File.Exists(ours));
    }

    [Fact]
    public void Warnaserror_fails_on_a_warning_and_writes_nothing_like_protoc_fatal_warnings()
    {
        var root = Path.Combine(_directory, "protos");
        File.WriteAllText(Path.Combine(root, "warn.proto"), "syntax = \"proto3\";\nimport \"google/protobuf/empty.proto\";\nmessage M {}\n");
        File.WriteAllText(Path.Combine(root, "clean.proto"), "syntax = \"proto3\";\nmessage C {}\n");
        var ours = Path.Combine(_directory, "ours.binpb");

        var (exitCode, _, error) = Run("build", "-I", root, "warn.proto", "clean.proto", "--warnaserror", "-o", ours);
        var (fatalExitCode, _, _) = Run("build", "-I", root, "warn.proto", "--fatal_warnings", "-o", ours);

        Assert.Equal(1, exitCode);
        Assert.Equal(1, fatalExitCode);
        Assert.Equal("warn.proto:2:1: warning: Import \"google/protobuf/empty.proto\" is unused; remove it\n", error.Replace("\r\n", "\n"));
        Assert.False(File.Exists(ours));

        // With --keep-going the file without warnings is written, the one with a warning is not.
        var (keepGoingExitCode, _, keepGoingError) = Run("build", "-I", root, "warn.proto", "clean.proto", "--warnaserror", "--keep-going", "-o", ours);
        Assert.Equal(1, keepGoingExitCode);
        Assert.Contains("writing 1 of 2 file(s)", keepGoingError, StringComparison.Ordinal);
        var theirs = Path.Combine(_directory, "protoc.binpb");
        RunProtoc(["-I" + root, "--descriptor_set_out=" + theirs, "clean.proto"]);
        Assert.Equal(File.ReadAllBytes(theirs), File.ReadAllBytes(ours));
    }

    [Fact]
    public void A_file_in_no_root_is_reported_as_not_found()
    {
        var (exitCode, _, error) = Run("build", "-I", Path.Combine(_directory, "protos"), "nope.proto", "-o", Path.Combine(_directory, "x.binpb"));

        Assert.Equal(1, exitCode);
        Assert.Equal("nope.proto: File not found.\n", error.Replace("\r\n", "\n"));
    }

    private static string GrpcToolsPath => typeof(BuildCommandTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "GrpcToolsPath").Value!;

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = Program.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    private static void RunProtoc(string[] arguments)
    {
        var os = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macosx" : "linux";
        var platform = os == "macosx" ? "macosx_universal" : os + "_" + (RuntimeInformation.OSArchitecture == Architecture.Arm64 ? "arm64" : "x64");
        var start = new ProcessStartInfo(Path.Combine(GrpcToolsPath, "tools", platform, os == "windows" ? "protoc.exe" : "protoc"))
        {
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, "protoc failed: " + errors);
    }
}
