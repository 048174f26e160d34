using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using ProtoGuard.Rules.Breaking;
using ProtoGuard.Rules.Breaking.Baseline;
using ProtoGuard.Rules.Breaking.Model;
using ProtoGuard.Schema.Descriptors;

namespace ProtoGuard.Cli.Tests;

/// <summary>
/// <c>protoguard breaking --against IMAGE</c>, as buf's <c>--against image.binpb</c>: the accepted schema is a
/// FileDescriptorSet with its imports, binary (<c>protoguard build -o</c>, <c>protoc --descriptor_set_out
/// --include_imports</c>, <c>buf build -o x.binpb</c>) or buf's protobuf JSON (<c>buf build -o x.json</c>). The
/// report is the one the same schema gives as a directory of .proto files.
/// </summary>
public sealed class BreakingImageTests : IDisposable
{
    private static readonly string ImagesRoot = Path.Combine(RepositoryPaths.Root, "tests", "ProtoGuard.Cli.Tests", "testdata", "images");
    private static readonly string CasesRoot = Path.Combine(RepositoryPaths.Root, "tests", "ProtoGuard.Rules.Tests", "testdata", "breaking");

    private readonly string _directory = Directory.CreateTempSubdirectory("protoguard-cli-image-").FullName;
    private readonly string _previousDirectory = Directory.GetCurrentDirectory();

    public void Dispose()
    {
        Directory.SetCurrentDirectory(_previousDirectory);
        Directory.Delete(_directory, recursive: true);
    }

    public static TheoryData<string> Cases() => new(Directory.EnumerateDirectories(CasesRoot).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Against_the_include_imports_build_of_before_a_conformance_pair_reports_as_against_the_directory(string name)
    {
        var image = Path.Combine(_directory, "before.binpb");
        Directory.SetCurrentDirectory(Path.Combine(CasesRoot, name));
        var build = Run("build", "-I", "before", "before", "--include-imports", "-o", image);
        Assert.True(build.ExitCode == 0, build.Error);

        foreach (var category in BreakingCategory.All)
        {
            var expected = Run("breaking", "-I", "after", "after", "--against", "before", "--category", category, "--format", "json");
            var actual = Run("breaking", "-I", "after", "after", "--against", image, "--category", category, "--format", "json");

            Assert.Equal((expected.ExitCode, expected.Output, expected.Error), (actual.ExitCode, actual.Output, actual.Error));
        }
    }

    [Fact]
    public void Against_buf_and_protoc_images_the_report_is_exactly_the_directorys()
    {
        CopyBeforeAsAfter();
        Edit("after/acme/v1/user.proto", "  string email = 2;\n", string.Empty);
        Edit("after/acme/v1/legacy.proto", "default = \"none\"", "default = \"nil\"");
        Edit("after/acme/v1/legacy.proto", "option java_package = \"com.acme.v1\";\n", string.Empty);
        var protocImage = Path.Combine(_directory, "protoc.pb");
        RunProtoc(["-I" + Path.Combine(ImagesRoot, "before"), "-I" + Path.Combine(GrpcToolsPath, "build", "native", "include"), "--include_imports", "--descriptor_set_out=" + protocImage, "acme/v1/legacy.proto", "acme/v1/user.proto"]);

        var fromDirectory = Run("breaking", "-I", "after", "after", "--against", Path.Combine(ImagesRoot, "before"));
        var fromBufBinary = Run("breaking", "-I", "after", "after", "--against", Path.Combine(ImagesRoot, "before.binpb"));
        var fromBufJson = Run("breaking", "-I", "after", "after", "--against", Path.Combine(ImagesRoot, "before.json"));
        var fromProtoc = Run("breaking", "-I", "after", "after", "--against", protocImage);

        Assert.Equal(1, fromBufBinary.ExitCode);
        Assert.Equal(
            "after/acme/v1/legacy.proto:2:9: error PG2011: File option 'java_package' changed from 'com.acme.v1' to ''; generated Java classes move to another package, breaking every import; keep 'com.acme.v1', or accept the change into the baseline only when every consumer regenerates at once\n" +
            "after/acme/v1/user.proto:5:9: error PG2032: Field 2 'email' was deleted from message 'User'; old clients still send and read it, and its generated accessors disappear; keep the field and deprecate it, or delete it and reserve it: 'reserved 2; reserved \"email\";'\n" +
            "after/acme/v1/legacy.proto:6:29: error PG2044: Field 2 'name' of message 'Legacy' changed its default value from \"none\" to \"nil\"; an unset field now reads differently for old and new clients; keep the default\n" +
            "3 breaking changes (FILE).\n",
            fromBufBinary.Output);
        Assert.Equal(fromDirectory, fromBufBinary);
        Assert.Equal(fromDirectory, fromBufJson);
        Assert.Equal(fromDirectory, fromProtoc);
    }

    [Fact]
    public void Every_file_of_the_image_is_compared_imports_included_as_buf_does()
    {
        CopyBeforeAsAfter();
        Edit("after/acme/v1/user.proto", "import \"google/protobuf/timestamp.proto\";\n", string.Empty);
        Edit("after/acme/v1/user.proto", "  google.protobuf.Timestamp create_time = 7;\n", "  reserved 7;\n  reserved \"create_time\";\n");

        var fromImage = Run("breaking", "-I", "after", "after", "--against", Path.Combine(ImagesRoot, "before.json"));

        Assert.Equal(
            (1,
            "google/protobuf/timestamp.proto: error PG2001: The file 'google/protobuf/timestamp.proto' was deleted; code generated from it and imports of it break, and its types disappear for old clients; keep the file and deprecate its contents\n" +
            "after/acme/v1/user.proto:4:9: error PG2032: Field 7 'create_time' was deleted from message 'User'; old clients still send and read it, and its generated accessors disappear; keep the field and deprecate it, or delete it and reserve it: 'it is reserved already; accept the deletion into the baseline'\n" +
            "2 breaking changes (FILE).\n",
            string.Empty),
            fromImage);
        Assert.Equal(Run("breaking", "-I", "after", "after", "--against", Path.Combine(ImagesRoot, "before")), fromImage);
    }

    [Fact]
    public void A_json_image_is_the_same_schema_as_the_binary_image_language_features_included()
    {
        var binary = ReadShape(File.ReadAllBytes(Path.Combine(ImagesRoot, "features.binpb")));
        var json = ReadShape(DescriptorSetJson.ToBinary(File.ReadAllText(Path.Combine(ImagesRoot, "features.json")), out var problem)!);

        Assert.Null(problem);
        var baseline = BaselineWriter.Write(binary);
        Assert.Equal(baseline, BaselineWriter.Write(json));
        Assert.Contains("acme.v1.Outer#1 field name=name kind=string cardinality=implicit json_name=name cpp_string_type=CORD utf8_validation=NONE\n", baseline, StringComparison.Ordinal);
        Assert.Contains("acme.v1.Outer#2 field name=inner kind=group type=acme.v1.Inner cardinality=explicit json_name=inner\n", baseline, StringComparison.Ordinal);
        Assert.Contains("acme.v1.Outer#3 field name=count kind=int32 cardinality=required json_name=count\n", baseline, StringComparison.Ordinal);
        Assert.Contains("acme.v1.Outer message file=acme/v1/features.proto json_format=LEGACY_BEST_EFFORT\n", baseline, StringComparison.Ordinal);
        Assert.Contains("acme.v1.Kind enum file=acme/v1/features.proto closed=true\n", baseline, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("corrupt.binpb", new byte[] { 0x0a, 0x7f, 0x01 }, "the bytes are not a serialized FileDescriptorSet")]
    [InlineData("empty.pb", new byte[0], "it holds no files")]
    [InlineData("nameless.binpb", new byte[] { 0x0a, 0x02, 0x12, 0x00 }, "a file in it has no name")]
    public void A_corrupt_binary_image_exits_2_with_one_line(string fileName, byte[] content, string problem)
    {
        Directory.SetCurrentDirectory(_directory);
        File.WriteAllBytes(fileName, content);
        Directory.CreateDirectory("protos");
        File.WriteAllText(Path.Combine("protos", "a.proto"), "syntax = \"proto3\";\n");

        var (exitCode, output, error) = Run("breaking", "protos", "--against", fileName);

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Equal($"protoguard: --against '{fileName}' is not a usable image: {problem}\n", error);
    }

    [Theory]
    [InlineData("{\"file\": [", "not valid JSON")]
    [InlineData("[1, 2]", "the JSON is not an object")]
    [InlineData("{\"file\": [{\"name\": \"a.proto\", \"messageType\": [{\"field\": [{\"label\": \"LABEL_SOMETIMES\"}]}]}]}", "'LABEL_SOMETIMES' is not a value of google.protobuf.FieldDescriptorProto.Label ('label')")]
    [InlineData("{\"file\": {\"name\": \"a.proto\"}}", "'file' of google.protobuf.FileDescriptorSet must be a JSON array")]
    public void A_bad_json_image_exits_2_with_one_line(string json, string problem)
    {
        Directory.SetCurrentDirectory(_directory);
        File.WriteAllText("image.json", json);
        Directory.CreateDirectory("protos");
        File.WriteAllText(Path.Combine("protos", "a.proto"), "syntax = \"proto3\";\n");

        var (exitCode, _, error) = Run("breaking", "protos", "--against", "image.json");

        Assert.Equal(2, exitCode);
        Assert.StartsWith($"protoguard: --against 'image.json' is not a usable image: {problem}", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void An_image_built_without_its_imports_exits_2_saying_how_to_build_it()
    {
        Directory.SetCurrentDirectory(_directory);
        var image = Path.Combine(_directory, "no-imports.pb");
        RunProtoc(["-I" + Path.Combine(ImagesRoot, "before"), "-I" + Path.Combine(GrpcToolsPath, "build", "native", "include"), "--descriptor_set_out=" + image, "acme/v1/user.proto"]);
        CopyBeforeAsAfter();

        var (exitCode, _, error) = Run("breaking", "-I", "after", "after", "--against", image);

        Assert.Equal(2, exitCode);
        Assert.Equal(
            $"protoguard: --against '{image}' is not a usable image: 'google/protobuf/timestamp.proto', imported by 'acme/v1/user.proto', is not in the image; build it with its imports (protoguard build --include-imports, protoc --include_imports; buf build includes them)\n",
            error);
    }

    [Fact]
    public void An_unknown_file_type_exits_2_listing_what_is_accepted()
    {
        Directory.SetCurrentDirectory(_directory);
        File.WriteAllText("schema.yaml", "x: 1\n");
        Directory.CreateDirectory("protos");
        File.WriteAllText(Path.Combine("protos", "a.proto"), "syntax = \"proto3\";\n");

        var (exitCode, _, error) = Run("breaking", "protos", "--against", "schema.yaml");

        Assert.Equal(2, exitCode);
        Assert.Equal("protoguard: --against 'schema.yaml': unknown file type; use a directory, a baseline file (.txt), an image (.binpb, .pb, .json) or a git ref\n", error);
    }

    private static SchemaShape ReadShape(byte[] bytes)
    {
        var shape = DescriptorSetShapeBuilder.Build(DescriptorReader.ReadFileSet(bytes)!, out var problem);
        Assert.Null(problem);
        return shape!;
    }

    private void CopyBeforeAsAfter()
    {
        Directory.SetCurrentDirectory(_directory);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(ImagesRoot, "before"), "*.proto", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_directory, "after", Path.GetRelativePath(Path.Combine(ImagesRoot, "before"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private void Edit(string path, string oldText, string newText)
    {
        var full = Path.Combine(_directory, path);
        var text = File.ReadAllText(full);
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        File.WriteAllText(full, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = Program.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    private static string GrpcToolsPath => typeof(BreakingImageTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "GrpcToolsPath").Value!;

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
