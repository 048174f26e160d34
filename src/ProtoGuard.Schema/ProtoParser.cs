using ProtoGuard.Schema.Parsing;
using ProtoGuard.Schema.Text;

namespace ProtoGuard.Schema;

/// <summary>Parses one .proto file (proto2, proto3 or editions). Never throws; every problem becomes a diagnostic.</summary>
public static class ProtoParser
{
    public static ParsedFile Parse(SourceText text)
    {
        var text1 = text ?? SourceText.From(string.Empty, string.Empty);
        return Parser.Parse(text1);
    }
}
