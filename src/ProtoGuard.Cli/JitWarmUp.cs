using ProtoGuard.Schema;
using ProtoGuard.Schema.Descriptors;
using ProtoGuard.Schema.Linking;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Cli;

/// <summary>
/// Compiles the parser, the linker and the descriptor writer ahead, on another thread, while the main thread starts up
/// and parses the command line. The tool runs without tiered compilation (bench/README.md), so each method is compiled,
/// optimized, the first time it runs: this thread runs the common ones first, on a small file with the usual
/// declarations (and descriptor.proto, which it imports), and the command then finds them compiled. The result is
/// thrown away; nothing the command does depends on it.
/// </summary>
internal static class JitWarmUp
{
    private const string Sample = """
        syntax = "proto3";

        // Comments, a package, imports, options, every kind of declaration.
        package protoguard.warm_up.v1;

        import "google/protobuf/descriptor.proto";
        import "google/protobuf/timestamp.proto";

        option java_package = "dev.protoguard.warmup";

        extend google.protobuf.FieldOptions {
          repeated string tags = 50000;
        }

        message Item {
          // The name.
          string name = 1 [(tags) = "a", deprecated = true];
          google.protobuf.Timestamp update_time = 2;
          map<string, int64> counts = 3;
          oneof choice {
            int32 number = 4;
            bytes data = 5;
          }
          optional double ratio = 6; // A ratio.
          repeated Kind kinds = 7;

          enum Kind {
            KIND_UNSPECIFIED = 0;
            KIND_FIRST = 1;
          }

          message Nested {
            reserved 1, 2 to 5;
            reserved "old_name";
          }
        }

        service Items {
          rpc GetItem(Item) returns (Item) {
            option deprecated = true;
          }
          rpc WatchItems(stream Item) returns (stream Item);
        }
        """;

    public static void Start()
    {
        var thread = new Thread(Run) { IsBackground = true, Name = "protoguard warm-up" };
        thread.Start();
    }

    /// <summary>The sample, parsed and linked through the same entry points as <c>build</c> (parsed ahead, linked on every core).</summary>
    internal static ProtoCompilation Compile()
    {
        const string path = "protoguard/warm_up.proto";
        var parsed = ProtoParser.Parse(SourceText.From(Sample, path));
        return ProtoCompilation.Create([path], importPath => importPath == path ? parsed : null, _ => null, Math.Max(2, Environment.ProcessorCount));
    }

    private static void Run() =>
        DescriptorWriter.WriteFileDescriptorSetChunks(Compile().AllFiles, includeSourceInfo: false, Environment.ProcessorCount);
}
