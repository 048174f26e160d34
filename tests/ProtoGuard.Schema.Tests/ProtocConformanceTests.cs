using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using Google.Protobuf.Reflection;
using ProtoGuard.Schema.Syntax;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Schema.Tests;

/// <summary>
/// Runs protoc (from the Grpc.Tools package) with <c>--include_source_info</c> and checks that our spans and attached
/// comments equal its SourceCodeInfo for every declaration we can map to a descriptor path: syntax, package, imports,
/// messages, fields (label, type, name, number), oneofs, enums, enum values, services and methods.
/// </summary>
public class ProtocConformanceTests
{
    private static readonly string GrpcToolsPath = typeof(ProtocConformanceTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "GrpcToolsPath").Value!;

    private static string IncludeDirectory => Path.Combine(GrpcToolsPath, "build", "native", "include");

    public static TheoryData<string> TestDataFiles() => new() { "comments.proto", "protoc_proto2.proto", "protoc_proto3.proto", "protoc_editions.proto" };

    public static TheoryData<string> WellKnownTypeFiles()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Path.Combine(IncludeDirectory, "google", "protobuf"), "*.proto").OrderBy(p => p, StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TestDataFiles))]
    public void SpansAndCommentsMatchProtocForTestData(string fileName) =>
        AssertMatchesProtoc(Path.Combine(TestSupport.TestDataDirectory(), "valid"), fileName);

    [Theory]
    [MemberData(nameof(WellKnownTypeFiles))]
    public void SpansAndCommentsMatchProtocForWellKnownTypes(string fileName) =>
        AssertMatchesProtoc(IncludeDirectory, "google/protobuf/" + fileName);

    private static void AssertMatchesProtoc(string root, string relativePath)
    {
        var descriptor = RunProtoc(root, relativePath);
        var fullPath = Path.Combine(root, relativePath);
        var parsed = ProtoParser.Parse(SourceText.From(File.ReadAllText(fullPath), fullPath));
        Assert.Empty(parsed.Diagnostics);

        var expected = new Dictionary<string, SourceCodeInfo.Types.Location>();
        foreach (var location in descriptor.SourceCodeInfo.Location)
        {
            expected.TryAdd(string.Join(" ", location.Path), location);
        }

        var actual = DescriptorPaths.Map(parsed);
        Assert.NotEmpty(actual);
        foreach (var entry in actual)
        {
            Assert.True(expected.TryGetValue(entry.Key, out var location), "protoc has no location " + entry.Key);
            var span = location!.Span.Count == 3 ? new[] { location.Span[0], location.Span[1], location.Span[0], location.Span[2] } : location.Span.ToArray();
            Assert.True(span.SequenceEqual(entry.Value.Span), $"span of {entry.Key}: protoc [{string.Join(",", span)}], ours [{string.Join(",", entry.Value.Span)}]");
            if (entry.Value.Comments is Comments comments)
            {
                Assert.True(location.HasLeadingComments ? location.LeadingComments == comments.Leading : comments.Leading == null, $"leading comment of {entry.Key}");
                Assert.True(location.HasTrailingComments ? location.TrailingComments == comments.Trailing : comments.Trailing == null, $"trailing comment of {entry.Key}");
                Assert.Equal(location.LeadingDetachedComments.ToArray(), comments.Detached.ToArray());
            }
        }
    }

    private static FileDescriptorProto RunProtoc(string root, string relativePath)
    {
        var os = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macosx" : "linux";
        var platform = os == "macosx" ? "macosx_universal" : os + "_" + (RuntimeInformation.OSArchitecture == Architecture.Arm64 ? "arm64" : "x64");
        var protoc = Path.Combine(GrpcToolsPath, "tools", platform, os == "windows" ? "protoc.exe" : "protoc");
        var output = Path.Combine(Path.GetTempPath(), "protoguard-" + Guid.NewGuid().ToString("N") + ".pb");
        try
        {
            var start = new ProcessStartInfo(protoc)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { "-I" + root, "-I" + IncludeDirectory, "--include_source_info", "--descriptor_set_out=" + output, relativePath })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, "protoc failed: " + errors);
            return FileDescriptorSet.Parser.ParseFrom(File.ReadAllBytes(output)).File.Single();
        }
        finally
        {
            File.Delete(output);
        }
    }

    /// <summary>Maps declarations to SourceCodeInfo paths (field numbers of descriptor.proto).</summary>
    private sealed class DescriptorPaths
    {
        private static readonly HashSet<string> ScalarTypes = new()
        {
            "double", "float", "int32", "int64", "uint32", "uint64", "sint32", "sint64", "fixed32", "fixed64", "sfixed32", "sfixed64", "bool", "string", "bytes",
        };

        private readonly ParsedFile _file;
        private readonly Dictionary<string, (int[] Span, Comments? Comments)> _map = new();

        private DescriptorPaths(ParsedFile file)
        {
            _file = file;
        }

        public static Dictionary<string, (int[] Span, Comments? Comments)> Map(ParsedFile file)
        {
            var paths = new DescriptorPaths(file);
            var root = file.Root;
            if (root.Syntax != null)
            {
                paths.Add("12", root.Syntax.Span, root.Syntax.Comments);
            }

            if (root.Package != null)
            {
                paths.Add("2", root.Package.Span, root.Package.Comments);
            }

            for (var i = 0; i < root.Imports.Count; i++)
            {
                paths.Add("3 " + i, root.Imports[i].Span, root.Imports[i].Comments);
            }

            for (var i = 0; i < root.Messages.Count; i++)
            {
                paths.Message("4 " + i, root.Messages[i]);
            }

            for (var i = 0; i < root.Enums.Count; i++)
            {
                paths.Enum("5 " + i, root.Enums[i]);
            }

            for (var i = 0; i < root.Services.Count; i++)
            {
                var service = root.Services[i];
                paths.Add("6 " + i, service.Span, service.Comments);
                paths.Add("6 " + i + " 1", service.Name.Span);
                for (var j = 0; j < service.Rpcs.Count; j++)
                {
                    var rpc = service.Rpcs[j];
                    var path = "6 " + i + " 2 " + j;
                    paths.Add(path, rpc.Span, rpc.Comments);
                    paths.Add(path + " 1", rpc.Name.Span);
                    paths.Add(path + " 2", rpc.InputType.Span);
                    paths.Add(path + " 3", rpc.OutputType.Span);
                    if (rpc.ClientStreaming)
                    {
                        paths.Add(path + " 5", rpc.ClientStreamingSpan);
                    }

                    if (rpc.ServerStreaming)
                    {
                        paths.Add(path + " 6", rpc.ServerStreamingSpan);
                    }
                }
            }

            return paths._map;
        }

        private void Add(string path, TextSpan span, Comments? comments = null)
        {
            var position = _file.Text.GetLinePositionSpan(span);
            _map[path] = (new[] { position.Start.Line, position.Start.Character, position.End.Line, position.End.Character }, comments);
        }

        private void Message(string path, MessageNode message)
        {
            Add(path, message.Span, message.Comments);
            Add(path + " 1", message.Name.Span);
            var field = 0;
            var nested = 0;
            var oneof = 0;
            var enums = 0;
            foreach (var declaration in message.Declarations)
            {
                switch (declaration)
                {
                    case FieldNode member:
                        Field(path + " 2 " + field++, member);
                        nested += member.IsMap || member.IsGroup ? 1 : 0;
                        break;
                    case OneofNode oneofNode:
                        Add(path + " 8 " + oneof, oneofNode.Span, oneofNode.Comments);
                        Add(path + " 8 " + oneof++ + " 1", oneofNode.Name.Span);
                        foreach (var member in oneofNode.Fields)
                        {
                            Field(path + " 2 " + field++, member);
                            nested += member.IsGroup ? 1 : 0;
                        }

                        break;
                    case MessageNode nestedMessage:
                        Message(path + " 3 " + nested++, nestedMessage);
                        break;
                    case EnumNode enumNode:
                        Enum(path + " 4 " + enums++, enumNode);
                        break;
                }
            }
        }

        // Groups are skipped: protoc records their type and body under the generated nested message.
        private void Field(string path, FieldNode field)
        {
            if (field.IsGroup)
            {
                return;
            }

            Add(path, field.Span, field.Comments);
            Add(path + " 1", field.Name.Span);
            Add(path + " 3", field.NumberSpan);
            if (field.Label != FieldLabel.None)
            {
                Add(path + " 4", field.LabelSpan);
            }

            if (field.MapType != null)
            {
                Add(path + " 6", field.MapType.Span);
            }
            else if (field.Type != null)
            {
                Add(path + (ScalarTypes.Contains(field.Type.Text) ? " 5" : " 6"), field.Type.Span);
            }
        }

        private void Enum(string path, EnumNode enumNode)
        {
            Add(path, enumNode.Span, enumNode.Comments);
            Add(path + " 1", enumNode.Name.Span);
            for (var i = 0; i < enumNode.Values.Count; i++)
            {
                var value = enumNode.Values[i];
                Add(path + " 2 " + i, value.Span, value.Comments);
                Add(path + " 2 " + i + " 1", value.Name.Span);
                Add(path + " 2 " + i + " 2", value.NumberSpan);
            }
        }
    }
}
