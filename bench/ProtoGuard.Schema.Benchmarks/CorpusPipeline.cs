using System.Collections.Generic;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Schema.Benchmarks;

/// <summary>
/// What ProtoGuard does with a whole tree of .proto files, measured by both the BenchmarkDotNet job and the
/// whole-process comparison with protoc (bench/schema-vs-protoc.sh). Every parsed file is kept, like protoc keeps
/// every descriptor, so peak memory is that of holding the whole corpus.
/// </summary>
public static class CorpusPipeline
{
    public static IReadOnlyList<ParsedFile> Run(IReadOnlyList<SourceText> sources)
    {
        var parsed = new List<ParsedFile>(sources.Count);
        foreach (SourceText source in sources)
        {
            parsed.Add(ProtoParser.Parse(source));
        }

        // EXTENSION POINT (linker): once src/ProtoGuard.Schema has its linker, link `parsed` here (imports, name
        // resolution, options) and return the linked files, so both the benchmark and the protoc comparison measure
        // parse + link against protoc's parse + link.
        return parsed;
    }
}
